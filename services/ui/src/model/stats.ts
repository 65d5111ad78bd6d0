import type { Span, Trace } from './trace.ts';

export interface StatRow {
  service: string;
  operation: string;
  count: number;
  total: number;
  avg: number;
  min: number;
  max: number;
  selfTotal: number;
  selfAvg: number;
  selfMin: number;
  selfMax: number;
  /** Self time as a share of the trace duration, 0..100. */
  selfPercent: number;
}

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

export type StatsGroup = 'service' | 'operation';

/** Per service (or per service+operation) aggregates, like Jaeger UI's Trace Statistics view. */
export function computeStats(trace: Trace, group: StatsGroup = 'operation'): StatRow[] {
  const rows = new Map<string, StatRow>();
  for (const span of trace.spans) {
    const op = group === 'operation' ? span.operationName : '';
    const key = `${span.serviceName}\u0000${op}`;
    const self = selfTime(span, trace);
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        service: span.serviceName,
        operation: op,
        count: 1,
        total: span.duration,
        avg: 0,
        min: span.duration,
        max: span.duration,
        selfTotal: self,
        selfAvg: 0,
        selfMin: self,
        selfMax: self,
        selfPercent: 0,
      });
      continue;
    }
    row.count++;
    row.total += span.duration;
    row.min = Math.min(row.min, span.duration);
    row.max = Math.max(row.max, span.duration);
    row.selfTotal += self;
    row.selfMin = Math.min(row.selfMin, self);
    row.selfMax = Math.max(row.selfMax, self);
  }
  for (const row of rows.values()) {
    row.avg = row.total / row.count;
    row.selfAvg = row.selfTotal / row.count;
    row.selfPercent = trace.duration > 0 ? (row.selfTotal / trace.duration) * 100 : 0;
  }
  return [...rows.values()].sort((a, b) => b.selfTotal - a.selfTotal);
}
