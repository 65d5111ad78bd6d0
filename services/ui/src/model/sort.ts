import type { Trace } from './trace.ts';

export const SORTS = {
  mostRecent: { label: 'Most Recent', cmp: (a: Trace, b: Trace) => b.startTime - a.startTime },
  longest: { label: 'Longest First', cmp: (a: Trace, b: Trace) => b.duration - a.duration },
  shortest: { label: 'Shortest First', cmp: (a: Trace, b: Trace) => a.duration - b.duration },
  mostSpans: { label: 'Most Spans', cmp: (a: Trace, b: Trace) => b.spans.length - a.spans.length },
  leastSpans: { label: 'Least Spans', cmp: (a: Trace, b: Trace) => a.spans.length - b.spans.length },
} as const;

export type SortKey = keyof typeof SORTS;

export function isSortKey(s: string): s is SortKey {
  return Object.hasOwn(SORTS, s);
}

/** Stable sort (ties keep trace ID order) so the list does not jump between renders. */
export function sortTraces(traces: readonly Trace[], key: SortKey): Trace[] {
  const cmp = SORTS[key].cmp;
  return [...traces].sort((a, b) => cmp(a, b) || a.traceID.localeCompare(b.traceID));
}
