import { groupStats, type Aggregate } from './grouped-stats.ts';
import type { Trace } from './trace.ts';

export { selfTime } from './self-time.ts';

export interface StatRow extends Aggregate {
  service: string;
  operation: string;
}

export type StatsGroup = 'service' | 'operation';

/** Per service (or per service+operation) aggregates, like Jaeger UI's Trace Statistics view. */
export function computeStats(trace: Trace, group: StatsGroup = 'operation'): StatRow[] {
  return groupStats(trace, group)
    .map(({ key, label: _label, children: _children, ...aggregate }) => {
      const [service = '', operation = ''] = key.split('\u0000');
      return { service, operation, ...aggregate };
    })
    .sort((a, b) => b.selfTotal - a.selfTotal);
}
