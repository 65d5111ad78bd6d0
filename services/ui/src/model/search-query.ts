import { formatLogfmt, parseLogfmt } from './logfmt.ts';

/** The search form state; also what the page URL holds (Jaeger UI's parameter names). */
export interface SearchQuery {
  service: string;
  operation: string;
  tags: string;
  lookback: string;
  /** µs since epoch, only with lookback `custom`. */
  start: number | undefined;
  end: number | undefined;
  minDuration: string;
  maxDuration: string;
  limit: number;
  traceIDs: string[];
}

export const LOOKBACKS = [
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '3h',
  '6h',
  '12h',
  '24h',
  '2d',
  '3d',
  '5d',
  '7d',
  '2w',
  '3w',
];
const DEFAULT_LIMIT = 20;

export const EMPTY_QUERY: SearchQuery = {
  service: '',
  operation: '',
  tags: '',
  lookback: '1h',
  start: undefined,
  end: undefined,
  minDuration: '',
  maxDuration: '',
  limit: DEFAULT_LIMIT,
  traceIDs: [],
};

const UNIT_MICROS: Record<string, number> = { m: 60e6, h: 3600e6, d: 86400e6, w: 7 * 86400e6 };

/** `1h`, `2d`, `3w` → µs; undefined when not a lookback. */
export function lookbackMicros(lookback: string): number | undefined {
  const m = /^(\d+)([mhdw])$/.exec(lookback);
  return m ? Number(m[1]) * UNIT_MICROS[m[2]!]! : undefined;
}

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

export function isGoDuration(s: string): boolean {
  return GO_DURATION.test(s.trim());
}

function intParam(p: URLSearchParams, name: string): number | undefined {
  const v = p.get(name);
  if (v === null || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}

/** Jaeger UI's own links carry `tags` as JSON (`{"error":"true"}`); ours carry logfmt. Accept both. */
function tagsFromUrl(value: string): string {
  if (!value.trimStart().startsWith('{')) return value;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return value;
    return formatLogfmt(Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])));
  } catch {
    return value;
  }
}

export function queryFromUrl(p: URLSearchParams): SearchQuery {
  const limit = intParam(p, 'limit');
  return {
    service: p.get('service') ?? '',
    operation: p.get('operation') ?? '',
    tags: tagsFromUrl(p.get('tags') ?? ''),
    lookback: p.get('lookback') ?? EMPTY_QUERY.lookback,
    start: intParam(p, 'start'),
    end: intParam(p, 'end'),
    minDuration: p.get('minDuration') ?? '',
    maxDuration: p.get('maxDuration') ?? '',
    limit: limit !== undefined && limit > 0 ? limit : DEFAULT_LIMIT,
    traceIDs: p.getAll('traceID').filter((id) => id !== ''),
  };
}

export function queryToUrl(q: SearchQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const id of q.traceIDs) p.append('traceID', id);
  if (q.service) p.set('service', q.service);
  if (q.operation) p.set('operation', q.operation);
  if (q.tags) p.set('tags', q.tags);
  p.set('lookback', q.lookback);
  if (q.lookback === 'custom') {
    if (q.start !== undefined) p.set('start', String(q.start));
    if (q.end !== undefined) p.set('end', String(q.end));
  }
  if (q.minDuration) p.set('minDuration', q.minDuration);
  if (q.maxDuration) p.set('maxDuration', q.maxDuration);
  p.set('limit', String(q.limit));
  return p;
}

export type ApiQuery = { ok: true; params: URLSearchParams } | { ok: false; error: string };

/** Form state → `/api/traces` parameters (start/end in µs computed from the lookback). */
export function toApiParams(q: SearchQuery, nowMicros: number): ApiQuery {
  const p = new URLSearchParams();
  if (q.traceIDs.length > 0) {
    for (const id of q.traceIDs) p.append('traceID', id);
    return { ok: true, params: p };
  }
  if (!q.service) return { ok: false, error: 'Choose a service' };
  p.set('service', q.service);
  if (q.operation) p.set('operation', q.operation);
  const tags = parseLogfmt(q.tags);
  if (!tags.ok) return { ok: false, error: `Tags: ${tags.error}` };
  if (Object.keys(tags.tags).length > 0) p.set('tags', JSON.stringify(tags.tags));
  const range = timeRange(q, nowMicros);
  if (typeof range === 'string') return { ok: false, error: range };
  p.set('start', String(range.start));
  p.set('end', String(range.end));
  for (const [name, value] of [
    ['minDuration', q.minDuration],
    ['maxDuration', q.maxDuration],
  ] as const) {
    if (!value) continue;
    if (!isGoDuration(value)) return { ok: false, error: `${name}: expected e.g. 1.2s, 100ms, 500us` };
    p.set(name, value.trim());
  }
  p.set('limit', String(q.limit));
  p.set('lookback', q.lookback);
  return { ok: true, params: p };
}

function timeRange(q: SearchQuery, now: number): { start: number; end: number } | string {
  if (q.lookback === 'custom') {
    if (q.start === undefined || q.end === undefined) return 'Custom range needs a start and an end';
    if (q.end < q.start) return 'Custom range ends before it starts';
    return { start: q.start, end: q.end };
  }
  const back = lookbackMicros(q.lookback);
  if (back === undefined) return `Unknown lookback "${q.lookback}"`;
  return { start: now - back, end: now };
}
