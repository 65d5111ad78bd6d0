import { readdirSync, readFileSync } from 'node:fs';
import { fromOtlpJson } from '@spanstream/codec';
import type { Span } from '@spanstream/model';
import { fixtureTimeShift, loadFixtureQueries, type FixtureQuery } from '@spanstream/storage-conformance';
import { normalTraceId } from './compare.ts';

/** One trace both sides write: as OTLP/JSON (for Jaeger's receiver and our collector) and as decoded spans (for our writer). */
export interface InteropTrace {
  readonly name: string;
  readonly traceId: string;
  readonly otlpJson: string;
  readonly spans: readonly Span[];
  readonly spanIds: readonly string[];
}

/** A fixture search, with its durations as the fixture gives them (ns): APIs take Go durations. */
export interface InteropQuery extends FixtureQuery {
  readonly durationNanos: { readonly min: number; readonly max: number };
}

export interface InteropFixtures {
  readonly traces: readonly InteropTrace[];
  readonly queries: readonly InteropQuery[];
}

const FORM_DIR = new URL('../../../fixtures/jaeger-storage/otlp/', import.meta.url);
const TRACES_DIR = new URL('traces/', FORM_DIR);
const TIME_KEYS = new Set(['startTimeUnixNano', 'endTimeUnixNano', 'timeUnixNano']);

/** The largest int64 that a double cannot hold: 2^53 + 1. */
export const INT64_VALUE = '9007199254740993';
export const INT64_TRACE_NAME = 'interop_int64';
const INT64_SERVICE = 'interop-int64-service';

/**
 * Jaeger's OTLP storage fixtures (32 traces, 27 searches), moved to yesterday as Jaeger's own suite does,
 * plus one trace with an int64 attribute above 2^53. `now` must be the same for traces and queries.
 */
export function loadInteropFixtures(now: Date): InteropFixtures {
  const shiftNanos = BigInt(fixtureTimeShift({ now })) * 1000n;
  const traces = readdirSync(TRACES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) =>
      interopTrace(
        file.slice(0, -'.json'.length),
        shiftOtlpTimes(readFileSync(new URL(file, TRACES_DIR), 'utf8'), shiftNanos),
      ),
    );
  traces.push(interopTrace(INT64_TRACE_NAME, int64TraceJson(now)));
  return { traces, queries: withNanos(loadFixtureQueries('otlp', { now })) };
}

interface RawDurations {
  readonly Caption: string;
  readonly Query: { readonly DurationMin: number; readonly DurationMax: number };
}

function withNanos(queries: readonly FixtureQuery[]): InteropQuery[] {
  const raw = new Map<string, RawDurations['Query']>();
  for (const file of new Set(queries.map((q) => q.file))) {
    const entries = JSON.parse(readFileSync(new URL(file, FORM_DIR), 'utf8')) as RawDurations[];
    for (const entry of entries) raw.set(`${file}:${entry.Caption}`, entry.Query);
  }
  return queries.map((q) => {
    const durations = raw.get(`${q.file}:${q.caption}`);
    return { ...q, durationNanos: { min: durations?.DurationMin ?? 0, max: durations?.DurationMax ?? 0 } };
  });
}

/** Adds `shiftNanos` to every OTLP time field (span start/end, event time) of an OTLP/JSON request, exactly. */
export function shiftOtlpTimes(json: string, shiftNanos: bigint): string {
  const shifted = JSON.parse(json, function (this: unknown, key, value: unknown) {
    if (TIME_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number')) {
      return (BigInt(value) + shiftNanos).toString();
    }
    return value;
  }) as unknown;
  return JSON.stringify(shifted);
}

/** A one-span trace whose attribute `big` is the int64 2^53 + 1, an hour before `now`. */
export function int64TraceJson(now: Date): string {
  const start = BigInt(now.getTime() - 3_600_000) * 1_000_000n;
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: INT64_SERVICE } }] },
        scopeSpans: [
          {
            scope: {},
            spans: [
              {
                traceId: '696e7465726f70000000000000000001',
                spanId: '696e743634000001',
                name: 'int64-operation',
                kind: 2,
                startTimeUnixNano: start.toString(),
                endTimeUnixNano: (start + 2_000_000n).toString(),
                attributes: [{ key: 'big', value: { intValue: INT64_VALUE } }],
              },
            ],
          },
        ],
      },
    ],
  });
}

function interopTrace(name: string, otlpJson: string): InteropTrace {
  const decoded = fromOtlpJson(otlpJson);
  if (decoded.rejected.length > 0) throw new Error(`fixture ${name}: the codec rejected spans`);
  const spans = [...decoded.spans];
  const ids = new Set(spans.map((span) => span.traceId));
  const [traceId] = ids;
  if (ids.size !== 1 || traceId === undefined) throw new Error(`fixture ${name} must hold one trace`);
  return {
    name,
    traceId: normalTraceId(traceId),
    otlpJson,
    spans,
    spanIds: spans.map((span) => span.spanId).sort(),
  };
}
