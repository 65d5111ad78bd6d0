import { useMemo, useState, type ReactNode } from 'react';
import { formatDuration } from '../model/format.ts';
import { computeStats, type StatRow, type StatsGroup } from '../model/stats.ts';
import type { Trace } from '../model/trace.ts';
import { SortableTable, type Column } from './SortableTable.tsx';

const dur = (pick: (r: StatRow) => number): Pick<Column<StatRow>, 'value' | 'render' | 'numeric'> => ({
  value: pick,
  render: (r) => formatDuration(pick(r)),
  numeric: true,
});

const COLUMNS: Column<StatRow>[] = [
  { key: 'service', label: 'Service', value: (r) => r.service },
  { key: 'operation', label: 'Operation', value: (r) => r.operation },
  { key: 'count', label: 'Count', value: (r) => r.count, numeric: true },
  { key: 'total', label: 'Total', ...dur((r) => r.total) },
  { key: 'avg', label: 'Avg', ...dur((r) => r.avg) },
  { key: 'min', label: 'Min', ...dur((r) => r.min) },
  { key: 'max', label: 'Max', ...dur((r) => r.max) },
  { key: 'selfTotal', label: 'ST Total', ...dur((r) => r.selfTotal) },
  { key: 'selfAvg', label: 'ST Avg', ...dur((r) => r.selfAvg) },
  { key: 'selfMin', label: 'ST Min', ...dur((r) => r.selfMin) },
  { key: 'selfMax', label: 'ST Max', ...dur((r) => r.selfMax) },
  {
    key: 'selfPercent',
    label: 'ST in Duration',
    value: (r) => r.selfPercent,
    render: (r) => `${r.selfPercent.toFixed(2)}%`,
    numeric: true,
  },
];

export function TraceStats(props: { trace: Trace }): ReactNode {
  const [group, setGroup] = useState<StatsGroup>('operation');
  const rows = useMemo(() => computeStats(props.trace, group), [props.trace, group]);
  const columns = group === 'service' ? COLUMNS.filter((c) => c.key !== 'operation') : COLUMNS;
  return (
    <div className="trace-stats">
      <label>
        Group by{' '}
        <select value={group} onChange={(e) => setGroup(e.target.value as StatsGroup)}>
          <option value="operation">Service + Operation</option>
          <option value="service">Service</option>
        </select>
      </label>
      <SortableTable
        label="Trace statistics"
        rows={rows}
        columns={columns}
        initialSort="selfTotal"
        rowKey={(r) => `${r.service}/${r.operation}`}
      />
    </div>
  );
}
