import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDuration } from '../model/format.ts';
import type { Span, Trace } from '../model/trace.ts';
import { useSorted, type Column } from './SortableTable.tsx';

const COLUMNS: Column<Span>[] = [
  { key: 'service', label: 'Service Name', value: (s) => s.serviceName },
  { key: 'operation', label: 'Operation', value: (s) => s.operationName },
  { key: 'id', label: 'ID', value: (s) => s.spanID },
  { key: 'duration', label: 'Duration', value: (s) => s.duration, numeric: true },
  { key: 'start', label: 'Start Time', value: (s) => s.relativeStart, numeric: true },
];

/** Flat, sortable, filterable span list; virtualized like the timeline. */
export function SpanTable(props: { trace: Trace }): ReactNode {
  const { trace } = props;
  const [service, setService] = useState('');
  const [operation, setOperation] = useState('');
  const filtered = useMemo(
    () =>
      trace.spans.filter(
        (s) => (!service || s.serviceName === service) && (!operation || s.operationName === operation),
      ),
    [trace, service, operation],
  );
  const { sorted, header } = useSorted(filtered, COLUMNS, 'start', false);
  const ops = useMemo(() => [...new Set(trace.spans.map((s) => s.operationName))].sort(), [trace]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's methods are read fresh on every render; nothing memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 28,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="span-table">
      <div className="row">
        <select aria-label="Filter service" value={service} onChange={(e) => setService(e.target.value)}>
          <option value="">All services</option>
          {trace.services.map((s) => (
            <option key={s.name}>{s.name}</option>
          ))}
        </select>
        <select
          aria-label="Filter operation"
          value={operation}
          onChange={(e) => setOperation(e.target.value)}
        >
          <option value="">All operations</option>
          {ops.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <span className="muted">{sorted.length} spans</span>
      </div>
      <div ref={scrollRef} className="table-scroll">
        <table className="data-table" aria-label="Spans">
          <thead>
            <tr>{COLUMNS.map(header)}</tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} />}
            {items.map((v) => {
              const s = sorted[v.index]!;
              return (
                <tr key={s.spanID} style={{ height: 28 }}>
                  <td>{s.serviceName}</td>
                  <td>{s.operationName}</td>
                  <td>
                    <Link to={`/trace/${trace.traceID}?uiFind=${s.spanID}`}>{s.spanID}</Link>
                  </td>
                  <td className="num">{formatDuration(s.duration)}</td>
                  <td className="num">+{formatDuration(s.relativeStart)}</td>
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
