import { opentelemetry } from '@spanstream/proto';
import { DEFAULT_SANITIZER_OPTIONS, type SanitizerOptions } from '@spanstream/model';
import fc from 'fast-check';
import Long from 'long';
import { describe, expect, it } from 'vitest';
import { decodeOtlpTraces } from './decode.ts';
import { scanForwardableOtlp } from './forwardable.ts';
import { arbCorrupted, arbOtlpRequest } from '../testing/arbitraries.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
type Request = Parameters<typeof ExportTraceServiceRequest.encode>[0];

const NOW_MICROS = 1_700_000_000_000_000;
/** Limits that let most generated requests through, so that the split is exercised often. */
const loose: SanitizerOptions = {
  ...DEFAULT_SANITIZER_OPTIONS,
  now: () => NOW_MICROS,
  maxDurationMicros: 0,
  maxClockSkewMicros: 0,
  startTimeWindow: { maxAgeMicros: 0, maxFutureMicros: 0 },
};

const encode = (request: Request): Uint8Array => ExportTraceServiceRequest.encode(request).finish();
const toObject = (bytes: Uint8Array) =>
  ExportTraceServiceRequest.toObject(ExportTraceServiceRequest.decode(bytes), {
    longs: String,
    bytes: String,
  });
const hex = (base64: unknown): string => Buffer.from(base64 as string, 'base64').toString('hex');

interface Spans {
  spans?: { traceId?: unknown }[];
}
interface Scopes {
  scopeSpans?: Spans[];
}

/** Decode → keep one trace's spans, their scopes and resources (the reference the split is held to). */
function onlyTrace(request: { resourceSpans?: Scopes[] }, traceId: string) {
  const resourceSpans = (request.resourceSpans ?? [])
    .map((rs) => ({
      ...rs,
      scopeSpans: (rs.scopeSpans ?? [])
        .map((ss) => ({ ...ss, spans: (ss.spans ?? []).filter((span) => hex(span.traceId) === traceId) }))
        .filter((ss) => ss.spans.length > 0),
    }))
    .filter((rs) => rs.scopeSpans.length > 0);
  return { resourceSpans };
}

/** Every part decodes to exactly its trace's spans with their resource and scope, in the traces' first-seen order. */
function expectSplitOk(bytes: Uint8Array, options: SanitizerOptions): boolean {
  const scan = scanForwardableOtlp(bytes, options);
  if (scan === undefined) return false;
  const whole = toObject(bytes);
  const spans = decodeOtlpTraces(bytes).spans;
  expect(scan.traceIds).toEqual([...new Set(spans.map((s) => s.traceId))]);
  const parts = scan.byTrace();
  expect(parts).toHaveLength(scan.traceIds.length);
  scan.traceIds.forEach((traceId, i) => {
    const part = parts[i]!;
    expect(toObject(part)).toEqual(onlyTrace(whole, traceId));
    expect(decodeOtlpTraces(part)).toEqual({
      spans: spans.filter((s) => s.traceId === traceId),
      rejected: [],
    });
    // Each part is itself a clean request of one trace.
    expect(scanForwardableOtlp(part, options)?.traceIds).toEqual([traceId]);
  });
  return true;
}

const arbTraceId = fc
  .uint8Array({ minLength: 16, maxLength: 16 })
  .filter((bytes) => bytes.some((b) => b !== 0));

/** Generated requests (1–3 resources, 1–2 scopes each, 1–3 spans each) whose spans are of 1–4 traces, interleaved. */
const arbMultiTraceRequest = () =>
  fc
    .tuple(
      arbOtlpRequest(),
      fc.uniqueArray(arbTraceId, {
        minLength: 1,
        maxLength: 4,
        selector: (b) => Buffer.from(b).toString('hex'),
      }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 18 }),
    )
    .map(([request, pool, picks]) => {
      let k = 0;
      const traceId = () => pool[picks[k++ % picks.length]! % pool.length]!;
      return {
        resourceSpans: request.resourceSpans.map((rs) => ({
          ...rs,
          scopeSpans: (rs.scopeSpans ?? []).map((ss) => ({
            ...ss,
            spans: (ss.spans ?? []).map((span) => ({ ...span, traceId: traceId() })),
          })),
        })),
      };
    });

/** A clean request of `traces` traces over two resources and three scopes, spans interleaved across traces. */
function interleaved(traces: number, spansPerTrace: number): Request {
  const start = Long.fromNumber(NOW_MICROS, true).multiply(1000);
  const span = (n: number) => ({
    traceId: Uint8Array.from({ length: 16 }, (_, b) => (b === 15 ? 1 + (n % traces) : 0xa0)),
    spanId: Uint8Array.from({ length: 8 }, (_, b) => (b === 7 ? n + 1 : 0xb0)),
    name: `op-${n}`,
    kind: 2,
    startTimeUnixNano: start,
    endTimeUnixNano: start.add(1000),
    attributes: [{ key: 'n', value: { intValue: Long.fromNumber(n) } }],
  });
  const spans = Array.from({ length: traces * spansPerTrace }, (_, n) => span(n));
  const third = Math.ceil(spans.length / 3);
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'front' } }] },
        schemaUrl: 'https://opentelemetry.io/schemas/1.26.0',
        scopeSpans: [
          { scope: { name: 'http', version: '1' }, spans: spans.slice(0, third) },
          { schemaUrl: 'https://opentelemetry.io/schemas/1.21.0', spans: spans.slice(third, 2 * third) },
        ],
      },
      // No resource: the conversion names the service itself.
      { scopeSpans: [{ scope: { name: 'db' }, spans: spans.slice(2 * third) }] },
    ],
  };
}

describe('ForwardableOtlp.byTrace (the wire-level split by trace)', () => {
  it('splits interleaved traces across resources and scopes, one request per trace, first-seen order', () => {
    const bytes = encode(interleaved(3, 6));
    expect(expectSplitOk(bytes, loose)).toBe(true);
    const scan = scanForwardableOtlp(bytes, loose)!;
    const parts = scan.byTrace();
    expect(parts.map((part) => decodeOtlpTraces(part).spans.length)).toEqual([6, 6, 6]);
    // Envelopes are repeated per part, spans are not: the parts add up to little more than the request.
    const total = parts.reduce((n, part) => n + part.length, 0);
    expect(total).toBeGreaterThan(bytes.length);
    expect(total).toBeLessThan(bytes.length + 3 * 200);
  });

  it('splits a request of many traces (looked up by map past the first few)', () => {
    const bytes = encode(interleaved(40, 3));
    expect(expectSplitOk(bytes, loose)).toBe(true);
    expect(scanForwardableOtlp(bytes, loose)?.traceIds).toHaveLength(40);
  });

  it('holds for generated requests of several traces', () => {
    let proven = 0;
    fc.assert(
      fc.property(arbMultiTraceRequest(), (request) => {
        if (expectSplitOk(encode(request), loose)) proven++;
      }),
      { numRuns: 300 },
    );
    expect(proven).toBeGreaterThan(30);
  }, 60_000);

  it('holds for corrupted bytes the scan still proves clean', () => {
    const base = encode(interleaved(4, 3));
    let proven = 0;
    fc.assert(
      fc.property(arbCorrupted(base), (bytes) => {
        if (expectSplitOk(bytes, loose)) proven++;
      }),
      { numRuns: 1000 },
    );
    expect(proven).toBeGreaterThan(10);
  }, 60_000);
});
