import type { DdgDirection } from './ddg.ts';

const WEEK_MS = 7 * 86_400_000;
const DEFAULT_HOPS = 2;

/**
 * Everything the deep dependency view shows, as its URL holds it, so a link shows the same graph:
 * `/deep-dependencies?service=api&operation=GET&up=2&down=3&dir=both&hide=db&lookback=604800000`, or
 * with `search=<the search page's query string>` for the operation-level graph of a search's traces.
 */
export interface DdgState {
  readonly service: string;
  readonly operation: string | undefined;
  readonly upstream: number;
  readonly downstream: number;
  readonly direction: DdgDirection;
  readonly hidden: readonly string[];
  /** Lookback of `/api/dependencies` in ms (service-level source). */
  readonly lookback: number;
  /** The search page's query string whose traces are the source; undefined = `/api/dependencies`. */
  readonly search: string | undefined;
}

function hops(p: URLSearchParams, name: string): number {
  const v = p.get(name);
  return v !== null && /^\d{1,2}$/.test(v) ? Number(v) : DEFAULT_HOPS;
}

function direction(v: string | null): DdgDirection {
  return v === 'upstream' || v === 'downstream' ? v : 'both';
}

export function ddgFromUrl(p: URLSearchParams): DdgState {
  const lookback = Number(p.get('lookback'));
  return {
    service: p.get('service') ?? '',
    operation: p.get('operation') ?? undefined,
    upstream: hops(p, 'up'),
    downstream: hops(p, 'down'),
    direction: direction(p.get('dir')),
    hidden: p.getAll('hide').filter((s) => s !== ''),
    lookback: Number.isFinite(lookback) && lookback > 0 ? lookback : WEEK_MS,
    search: p.get('search') ?? undefined,
  };
}

export function ddgToUrl(s: DdgState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.service !== '') p.set('service', s.service);
  if (s.operation !== undefined) p.set('operation', s.operation);
  p.set('up', String(s.upstream));
  p.set('down', String(s.downstream));
  p.set('dir', s.direction);
  for (const h of s.hidden) p.append('hide', h);
  if (s.search === undefined) p.set('lookback', String(s.lookback));
  else p.set('search', s.search);
  return p;
}

/** Link to the deep dependency graph of a service (service level, default hops). */
export function ddgHref(service: string, extra: Partial<DdgState> = {}): string {
  const state = { ...ddgFromUrl(new URLSearchParams()), service, ...extra };
  return `/deep-dependencies?${ddgToUrl(state).toString()}`;
}

/** Link to the search page for a service (and operation), with a lookback the search form offers. */
export function tracesHref(service: string, operation: string | undefined, lookbackMs: number): string {
  const p = new URLSearchParams({ service });
  if (operation !== undefined) p.set('operation', operation);
  p.set('lookback', searchLookback(lookbackMs));
  return `/search?${p.toString()}`;
}

/** The shortest search-form lookback covering `ms` (the search form offers up to 3 weeks). */
function searchLookback(ms: number): string {
  const choices: [string, number][] = [
    ['1h', 3_600_000],
    ['6h', 6 * 3_600_000],
    ['24h', 86_400_000],
    ['2d', 2 * 86_400_000],
    ['7d', WEEK_MS],
    ['2w', 2 * WEEK_MS],
  ];
  return choices.find(([, c]) => c >= ms)?.[0] ?? '3w';
}
