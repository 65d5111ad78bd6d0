import type { Micros, TraceId } from '@spanstream/model';
import { micros, parseTraceId } from '@spanstream/model';
import type { GetTraceOptions, TraceQuery } from '@spanstream/storage-api';
import type { GoParsed } from './go-parse.ts';
import { goQuote, parseGoDuration, parseGoInt } from './go-parse.ts';
import type { QueryValues } from './query-params.ts';
import { all, first } from './query-params.ts';

/** Jaeger's defaults (`cmd/query/app/query_parser.go`): 100 traces, 48 h back from now. */
export const DEFAULT_SEARCH_LIMIT = 100;
export const DEFAULT_SEARCH_LOOKBACK = micros(48 * 3600 * 1_000_000);

export type TraceSearch =
  | { readonly kind: 'query'; readonly query: TraceQuery }
  | {
      readonly kind: 'ids';
      readonly traceIds: readonly TraceId[];
      /** Only what the caller sent: the 48 h default window must not hide older traces looked up by ID. */
      readonly hints: GetTraceOptions;
    };

type Result<T> = GoParsed<T>;
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

/**
 * Parses `GET /api/traces` parameters the way Jaeger does, in the same order
 * (so the first error reported is the same one). Jaeger ignores `lookback` (its
 * UI always sends start/end); Spanstream uses it for `start` when `start` is absent.
 */
export function parseTraceSearch(query: QueryValues, now: Micros): Result<TraceSearch> {
  const explicitStart = parseTime(query, 'start', micros(Number.NaN));
  if (!explicitStart.ok) return explicitStart;
  const end = parseTime(query, 'end', now);
  if (!end.ok) return end;
  const lookback = parseLookback(first(query, 'lookback'));
  if (!lookback.ok) return lookback;
  const start = Number.isNaN(explicitStart.value)
    ? { ok: true as const, value: micros(end.value - (lookback.value ?? DEFAULT_SEARCH_LOOKBACK)) }
    : explicitStart;
  const tags = parseTags(all(query, 'tag'), all(query, 'tags'));
  if (!tags.ok) return tags;
  const limit = parseLimit(first(query, 'limit'));
  if (!limit.ok) return limit;
  const minDuration = parseDurationParam(query, 'minDuration');
  if (!minDuration.ok) return minDuration;
  const maxDuration = parseDurationParam(query, 'maxDuration');
  if (!maxDuration.ok) return maxDuration;
  const traceIds = parseTraceIds(all(query, 'traceID'));
  if (!traceIds.ok) return traceIds;

  const serviceName = first(query, 'service');
  if (traceIds.value.length === 0 && serviceName === '') return fail("parameter 'service' is required");
  if (minDuration.value !== 0 && maxDuration.value !== 0 && maxDuration.value < minDuration.value) {
    return fail("'maxDuration' should be greater than 'minDuration'");
  }
  if (traceIds.value.length > 0) {
    return {
      ok: true,
      value: {
        kind: 'ids',
        traceIds: traceIds.value,
        hints: {
          ...(first(query, 'start') === '' ? {} : { startTime: start.value }),
          ...(first(query, 'end') === '' ? {} : { endTime: end.value }),
        },
      },
    };
  }
  // Spanstream addition: Jaeger silently searches an empty window.
  if (end.value < start.value) return fail("'start' should be before 'end'");
  const operationName = first(query, 'operation');
  return {
    ok: true,
    value: {
      kind: 'query',
      query: {
        serviceName,
        ...(operationName === '' ? {} : { operationName }),
        tags: tags.value,
        startTimeMin: start.value,
        startTimeMax: end.value,
        ...(minDuration.value === 0 ? {} : { durationMin: micros(minDuration.value) }),
        ...(maxDuration.value === 0 ? {} : { durationMax: micros(maxDuration.value) }),
        numTraces: limit.value,
      },
    },
  };
}

const LOOKBACK_UNITS: Readonly<Record<string, number>> = { m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Jaeger UI's lookback values (`5m`, `1h`, `2d`, `2w`; `custom` = use start/end) or a Go
 * duration; undefined when absent or custom.
 */
function parseLookback(text: string): Result<Micros | undefined> {
  if (text === '' || text === 'custom') return { ok: true, value: undefined };
  const ui = /^(\d+)([mhdw])$/.exec(text);
  if (ui !== null) return { ok: true, value: micros(Number(ui[1]) * LOOKBACK_UNITS[ui[2]!]! * 1_000_000) };
  const parsed = parseGoDuration(text);
  if (!parsed.ok) return fail(`unable to parse param 'lookback': ${parsed.error}`);
  return { ok: true, value: micros(Number(parsed.value / 1000n)) };
}

/** An integer count of µs (or ms for dependencies) since the epoch; the fallback when absent. */
export function parseTime(query: QueryValues, name: string, fallback: Micros): Result<Micros> {
  const text = first(query, name);
  if (text === '') return { ok: true, value: fallback };
  const parsed = parseGoInt(text, 64);
  if (!parsed.ok) return fail(`unable to parse param '${name}': ${parsed.error}`);
  return { ok: true, value: micros(Number(parsed.value)) };
}

function parseLimit(text: string): Result<number> {
  if (text === '') return { ok: true, value: DEFAULT_SEARCH_LIMIT };
  const parsed = parseGoInt(text, 32);
  if (!parsed.ok) return fail(`unable to parse param 'limit': ${parsed.error}`);
  if (parsed.value < 0n) return fail(`unable to parse param 'limit': must not be negative, got ${text}`);
  // Jaeger's backends read 0 as "the default".
  return { ok: true, value: parsed.value === 0n ? DEFAULT_SEARCH_LIMIT : Number(parsed.value) };
}

/** A Go duration, as fractional µs (span durations are whole µs; the bound may not be). */
function parseDurationParam(query: QueryValues, name: string): Result<number> {
  const text = first(query, name);
  if (text === '') return { ok: true, value: 0 };
  const parsed = parseGoDuration(text);
  if (!parsed.ok) return fail(`unable to parse param '${name}': ${parsed.error}`);
  return { ok: true, value: Number(parsed.value) / 1000 };
}

export function parseTags(
  simple: readonly string[],
  json: readonly string[],
): Result<Record<string, string>> {
  const tags: Record<string, string> = {};
  for (const tag of simple) {
    const colon = tag.indexOf(':');
    if (colon < 0) return fail(`malformed 'tag' parameter, expecting key:value, received: ${tag}`);
    tags[tag.slice(0, colon)] = tag.slice(colon + 1);
  }
  for (const text of json) {
    const parsed = parseJsonStringMap(text);
    if (!parsed.ok) return fail(`malformed 'tags' parameter, cannot unmarshal JSON: ${parsed.error}`);
    Object.assign(tags, parsed.value);
  }
  return { ok: true, value: tags };
}

function parseJsonStringMap(text: string): Result<Record<string, string>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  // Worded as Go's encoding/json errors for a map[string]string target.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`json: cannot unmarshal ${jsonKind(value)} into Go value of type map[string]string`);
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      return fail(`json: cannot unmarshal ${jsonKind(v)} into Go value of type string (key ${goQuote(key)})`);
    }
    out[key] = v;
  }
  return { ok: true, value: out };
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function parseTraceIds(texts: readonly string[]): Result<TraceId[]> {
  const ids: TraceId[] = [];
  for (const text of texts) {
    const id = parseTraceIdParam(text);
    if (!id.ok) return fail(`cannot parse traceID param: ${id.error}`);
    ids.push(id.value);
  }
  return { ok: true, value: ids };
}

/** A trace ID as in a URL path; errors worded as Jaeger's model.TraceIDFromString. */
export function parseTraceIdParam(text: string): Result<TraceId> {
  if (text.length > 32) return fail(`TraceID cannot be longer than 32 hex characters: ${text}`);
  const id = parseTraceId(text);
  if (id !== undefined) return { ok: true, value: id };
  if (text === '' || !/^[0-9a-fA-F]+$/.test(text)) {
    return fail(`strconv.ParseUint: parsing ${goQuote(text)}: invalid syntax`);
  }
  return fail('trace ID must not be zero');
}
