import type { Span, Trace } from './trace.ts';

/** Span duration minus the union of its children's intervals (clipped to the span). */
export function selfTime(span: Span, trace: Trace): number {
  const start = span.startTime;
  const end = span.startTime + span.duration;
  const intervals = span.childIDs
    .map((id) => trace.byID.get(id)!)
    .map((c) => [Math.max(start, c.startTime), Math.min(end, c.startTime + c.duration)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const [s, e] of intervals) {
    if (s > curEnd) {
      covered += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else curEnd = Math.max(curEnd, e);
  }
  covered += curEnd - curStart;
  return span.duration - covered;
}
