import type { DependencyLink } from '../api/types.ts';

/**
 * Filters of the System Architecture page, kept in its URL: `q` (service name substring), `hide`
 * (repeated: services left out), `minCalls` (links with fewer calls left out) and `focus` (only the
 * selected service and its direct callers and callees).
 */
export interface DependencyFilters {
  readonly query: string;
  readonly hidden: readonly string[];
  readonly minCalls: number;
  readonly focus: string;
}

export function filtersFromUrl(p: URLSearchParams): DependencyFilters {
  const minCalls = Number(p.get('minCalls'));
  return {
    query: p.get('q') ?? '',
    hidden: p.getAll('hide').filter((s) => s !== ''),
    minCalls: Number.isInteger(minCalls) && minCalls > 0 ? minCalls : 0,
    focus: p.get('focus') ?? '',
  };
}

/** Writes the filters into `p` (other parameters, such as layout and lookback, are kept). */
export function filtersToUrl(f: DependencyFilters, p: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(p);
  for (const key of ['q', 'hide', 'minCalls', 'focus']) next.delete(key);
  if (f.query !== '') next.set('q', f.query);
  for (const h of f.hidden) next.append('hide', h);
  if (f.minCalls > 0) next.set('minCalls', String(f.minCalls));
  if (f.focus !== '') next.set('focus', f.focus);
  return next;
}

/**
 * The links left after hiding services, dropping links under `minCalls`, keeping the focus's
 * neighbourhood, and keeping links with an end whose name contains the query (case-insensitive), so
 * a matching service keeps its callers and callees.
 */
export function filterLinks(links: readonly DependencyLink[], f: DependencyFilters): DependencyLink[] {
  const hidden = new Set(f.hidden);
  const q = f.query.toLowerCase();
  const matches = (s: string): boolean => s.toLowerCase().includes(q);
  return links.filter(
    (l) =>
      !hidden.has(l.parent) &&
      !hidden.has(l.child) &&
      l.callCount >= f.minCalls &&
      (f.focus === '' || l.parent === f.focus || l.child === f.focus) &&
      (q === '' || matches(l.parent) || matches(l.child)),
  );
}

/** Every service named by the links, sorted. */
export function servicesOf(links: readonly DependencyLink[]): string[] {
  return [...new Set(links.flatMap((l) => [l.parent, l.child]))].sort();
}
