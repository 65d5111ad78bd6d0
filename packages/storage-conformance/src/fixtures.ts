import { readdirSync, readFileSync } from 'node:fs';
import type { Micros, Span, TraceId } from '@spanstream/model';
import { micros } from '@spanstream/model';
import type { TraceQuery } from '@spanstream/storage-api';
import { decodeFixture, type FixtureForm } from './decode.ts';

export type { FixtureForm };
export const FIXTURE_FORMS: readonly FixtureForm[] = ['otlp', 'jaeger-model'];

export type QueryFile = 'queries.json' | 'queries_es.json';

export interface FixtureTrace {
  /** File name without `.json`, as `ExpectedFixtures` names it. */
  readonly name: string;
  readonly traceId: TraceId;
  readonly spans: readonly Span[];
}

export interface FixtureQuery {
  readonly file: QueryFile;
  readonly caption: string;
  readonly query: TraceQuery;
  readonly expectedFixtures: readonly string[];
}

export interface FixtureOptions {
  /**
   * Move the fixtures' dates the way Jaeger's suite does (`correctTime`): 2017-01-26 becomes
   * yesterday and 2017-01-25 the day before, keeping the time of day, so backends that only
   * look at recent data (ES `max-span-age`, daily indices) find them. Default true.
   */
  readonly shift?: boolean;
  /** "Today" for the shift; pass the same value to both loaders. Default: when this module loaded. */
  readonly now?: Date;
}

const ROOT = new URL('../../../fixtures/jaeger-storage/', import.meta.url);
const FIXTURE_DAY_MS = Date.UTC(2017, 0, 26);
const DAY_MS = 86_400_000;
const LOADED_AT = new Date();

/** Microseconds to add to fixture times (a whole number of days). */
export function fixtureTimeShift(options: FixtureOptions = {}): Micros {
  if (options.shift === false) return micros(0);
  const now = options.now ?? LOADED_AT;
  const yesterday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DAY_MS;
  return micros((yesterday - FIXTURE_DAY_MS) * 1000);
}

/** Every trace file of one form, by fixture name, decoded with @spanstream/codec and time-shifted. */
export function loadFixtureTraces(
  form: FixtureForm,
  options: FixtureOptions = {},
): Map<string, FixtureTrace> {
  const dir = new URL(`${form}/traces/`, ROOT);
  const shift = fixtureTimeShift(options);
  const traces = new Map<string, FixtureTrace>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = file.slice(0, -'.json'.length);
    const spans = decodeFixture(form, readFileSync(new URL(file, dir), 'utf8'), name).map((span) =>
      shiftSpan(span, shift),
    );
    const ids = new Set(spans.map((span) => span.traceId));
    const [traceId] = ids;
    if (ids.size !== 1 || traceId === undefined) {
      throw new Error(`fixture ${form}/${name} must hold exactly one trace, found ${ids.size}`);
    }
    traces.set(name, { name, traceId, spans });
  }
  return traces;
}

/** The queries of `queries.json` (and `queries_es.json`) of one form, as TraceQuery values. */
export function loadFixtureQueries(
  form: FixtureForm,
  options: FixtureOptions & { readonly files?: readonly QueryFile[] } = {},
): FixtureQuery[] {
  const shift = fixtureTimeShift(options);
  const files = options.files ?? ['queries.json', 'queries_es.json'];
  return files.flatMap((file) => {
    const raw = JSON.parse(readFileSync(new URL(`${form}/${file}`, ROOT), 'utf8')) as RawQuery[];
    return raw.map((entry) => ({
      file,
      caption: entry.Caption,
      query: toTraceQuery(entry.Query, shift),
      expectedFixtures: entry.ExpectedFixtures,
    }));
  });
}

interface RawQuery {
  readonly Caption: string;
  readonly Query: {
    readonly ServiceName: string;
    readonly OperationName: string;
    readonly Tags: Readonly<Record<string, string | number | boolean>> | null;
    readonly StartTimeMin: string;
    readonly StartTimeMax: string;
    readonly DurationMin: number;
    readonly DurationMax: number;
    readonly NumTraces: number;
  };
  readonly ExpectedFixtures: readonly string[];
}

function toTraceQuery(raw: RawQuery['Query'], shift: Micros): TraceQuery {
  // v2 (OTLP) queries carry typed values; TraceQuery tags are the v1 string form.
  const tags = Object.fromEntries(Object.entries(raw.Tags ?? {}).map(([k, v]) => [k, String(v)]));
  return {
    serviceName: raw.ServiceName,
    ...(raw.OperationName ? { operationName: raw.OperationName } : {}),
    tags,
    startTimeMin: micros(parseRfc3339Micros(raw.StartTimeMin) + shift),
    startTimeMax: micros(parseRfc3339Micros(raw.StartTimeMax) + shift),
    // Go durations are nanoseconds; rounding inwards keeps the same set of whole-µs durations.
    ...(raw.DurationMin ? { durationMin: micros(Math.ceil(raw.DurationMin / 1000)) } : {}),
    ...(raw.DurationMax ? { durationMax: micros(Math.floor(raw.DurationMax / 1000)) } : {}),
    numTraces: raw.NumTraces,
  };
}

/** RFC 3339 with up to nanosecond fraction → µs since the epoch (Date.parse keeps only ms). */
export function parseRfc3339Micros(text: string): number {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) throw new Error(`not an RFC 3339 time: ${text}`);
  const seconds = Date.parse(`${match[1]!}${match[3]!}`);
  const fraction = (match[2] ?? '').padEnd(6, '0').slice(0, 6);
  return seconds * 1000 + Number(fraction);
}

function shiftSpan(span: Span, shift: Micros): Span {
  if (shift === 0) return span;
  return {
    ...span,
    startTime: micros(span.startTime + shift),
    logs: span.logs.map((log) => ({ ...log, timestamp: micros(log.timestamp + shift) })),
  };
}
