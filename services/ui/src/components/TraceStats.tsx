import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDuration } from '../model/format.ts';
import {
  groupStats,
  isStatsDimension,
  tagKeys,
  type StatGroup,
  type StatsDimension,
} from '../model/grouped-stats.ts';
import type { Trace } from '../model/trace.ts';
import { SortableTable, type Column } from './SortableTable.tsx';

const dur = (pick: (r: StatGroup) => number): Pick<Column<StatGroup>, 'value' | 'render' | 'numeric'> => ({
  value: pick,
  render: (r) => formatDuration(pick(r)),
  numeric: true,
});

const DIMENSION_LABEL = { operation: 'Service + Operation', service: 'Service' } as const;

function dimensionLabel(d: StatsDimension): string {
  return d === 'service' || d === 'operation' ? DIMENSION_LABEL[d] : `Tag ${d.slice(4)}`;
}

function columns(primary: StatsDimension, secondary: StatsDimension | null): Column<StatGroup>[] {
  const name =
    secondary === null
      ? dimensionLabel(primary)
      : `${dimensionLabel(primary)} › ${dimensionLabel(secondary)}`;
  return [
    { key: 'label', label: name, value: (r) => r.label },
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
}

function DimensionOptions(props: { tags: readonly string[]; skip?: StatsDimension }): ReactNode {
  return (
    <>
      {(['operation', 'service'] as const)
        .filter((d) => d !== props.skip)
        .map((d) => (
          <option key={d} value={d}>
            {DIMENSION_LABEL[d]}
          </option>
        ))}
      {props.tags.length > 0 && (
        <optgroup label="Tag">
          {props.tags
            .filter((k) => `tag:${k}` !== props.skip)
            .map((k) => (
              <option key={k} value={`tag:${k}`}>
                {k}
              </option>
            ))}
        </optgroup>
      )}
    </>
  );
}

/**
 * Jaeger UI's Trace Statistics: spans grouped by service + operation, service or a tag's value
 * (`?groupBy=`), optionally split again (`?subgroup=`); every column sorts, sub-groups within their group.
 */
export function TraceStats(props: { trace: Trace }): ReactNode {
  const [params, setParams] = useSearchParams();
  const tags = useMemo(() => tagKeys(props.trace), [props.trace]);
  const groupParam = params.get('groupBy') ?? '';
  const primary: StatsDimension = isStatsDimension(groupParam) ? groupParam : 'operation';
  const subParam = params.get('subgroup') ?? '';
  const secondary = isStatsDimension(subParam) && subParam !== primary ? subParam : null;
  const rows = useMemo(() => groupStats(props.trace, primary, secondary), [props.trace, primary, secondary]);
  const cols = useMemo(() => columns(primary, secondary), [primary, secondary]);
  const set = (key: string, value: string): void => {
    if (value === '') params.delete(key);
    else params.set(key, value);
    setParams(params, { replace: true });
  };
  return (
    <div className="trace-stats">
      <div className="row">
        <label>
          Group by{' '}
          <select aria-label="Group by" value={primary} onChange={(e) => set('groupBy', e.target.value)}>
            <DimensionOptions tags={tags} />
          </select>
        </label>
        <label>
          Then by{' '}
          <select
            aria-label="Then by"
            value={secondary ?? ''}
            onChange={(e) => set('subgroup', e.target.value)}
          >
            <option value="">—</option>
            <DimensionOptions tags={tags} skip={primary} />
          </select>
        </label>
      </div>
      <SortableTable
        label="Trace statistics"
        rows={rows}
        columns={cols}
        initialSort="selfTotal"
        rowKey={(r) => r.key}
        subRows={(r) => r.children}
      />
    </div>
  );
}
