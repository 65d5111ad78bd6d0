import { memo, type ReactNode } from 'react';
import type { Segment } from '../model/critical-path.ts';
import { formatDuration } from '../model/format.ts';
import type { Span } from '../model/trace.ts';
import { serviceColor } from './colors.ts';

export interface SpanRowProps {
  span: Span;
  traceStart: number;
  traceDuration: number;
  collapsed: boolean;
  detailOpen: boolean;
  match: boolean;
  focused: boolean;
  critical: readonly Segment[] | undefined;
  onToggleCollapse: (id: string) => void;
  onToggleDetail: (id: string) => void;
}

const pct = (v: number, total: number): string => `${total > 0 ? (v / total) * 100 : 0}%`;

/** One timeline row; memoized so scrolling and focus changes re-render only the rows that changed. */
export const SpanRow = memo(function SpanRow(p: SpanRowProps): ReactNode {
  const { span, traceDuration } = p;
  const hasChildren = span.childIDs.length > 0;
  const classes = [
    'span-row',
    p.match ? 'match' : '',
    p.focused ? 'focused' : '',
    p.detailOpen ? 'open' : '',
  ];
  return (
    <div
      className={classes.join(' ')}
      data-span-id={span.spanID}
      role="row"
      aria-expanded={hasChildren ? !p.collapsed : undefined}
    >
      <div className="span-name" style={{ paddingLeft: 4 + Math.min(span.depth, 40) * 12 }}>
        {hasChildren ? (
          <button
            type="button"
            className="toggle"
            aria-label={p.collapsed ? 'Expand children' : 'Collapse children'}
            onClick={() => {
              p.onToggleCollapse(span.spanID);
            }}
          >
            {p.collapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span className="toggle" />
        )}
        <span className="svc-swatch" style={{ background: serviceColor(span.serviceName) }} />
        <button
          type="button"
          className="span-label"
          onClick={() => {
            p.onToggleDetail(span.spanID);
          }}
          title={`${span.serviceName}: ${span.operationName}`}
        >
          {span.hasError && <span className="error-icon">!</span>}
          <span className="svc">{span.serviceName}</span> {span.operationName}
        </button>
      </div>
      <div
        className="span-bar-cell"
        onClick={() => {
          p.onToggleDetail(span.spanID);
        }}
      >
        <div
          className="span-bar"
          style={{
            left: pct(span.relativeStart, traceDuration),
            width: `max(1px, ${pct(span.duration, traceDuration)})`,
            background: serviceColor(span.serviceName),
          }}
        />
        {p.critical?.map((seg, i) => (
          <div
            key={i}
            className="critical-seg"
            style={{
              left: pct(seg.start - p.traceStart, traceDuration),
              width: pct(seg.end - seg.start, traceDuration),
            }}
          />
        ))}
        <span
          className="span-bar-label"
          style={{ left: pct(span.relativeStart + span.duration, traceDuration) }}
        >
          {formatDuration(span.duration)}
        </span>
      </div>
    </div>
  );
});
