import { memo, type ReactNode } from 'react';
import type { Segment } from '../model/critical-path.ts';
import { formatDuration } from '../model/format.ts';
import type { Span } from '../model/trace.ts';
import { serviceBarColor, serviceColor } from './colors.ts';

export interface SpanRowProps {
  span: Span;
  traceStart: number;
  /** The visible time window, µs relative to the trace start (the whole trace unless zoomed). */
  viewStart: number;
  viewEnd: number;
  collapsed: boolean;
  detailOpen: boolean;
  match: boolean;
  focused: boolean;
  critical: readonly Segment[] | undefined;
  onToggleCollapse: (id: string) => void;
  onToggleDetail: (id: string) => void;
}

const pct = (v: number, total: number): string => `${total > 0 ? (v / total) * 100 : 0}%`;

/** [start, end) clipped to the view, as CSS left/width; undefined when entirely outside it. */
function place(
  start: number,
  end: number,
  viewStart: number,
  viewEnd: number,
): { left: string; width: string } | undefined {
  const s = Math.max(start, viewStart);
  const e = Math.min(end, viewEnd);
  if (e < s || (e === s && end !== start)) return undefined;
  const span = viewEnd - viewStart;
  return { left: pct(s - viewStart, span), width: pct(e - s, span) };
}

/** One timeline row; memoized so scrolling and focus changes re-render only the rows that changed. */
export const SpanRow = memo(function SpanRow(p: SpanRowProps): ReactNode {
  const { span, viewStart, viewEnd } = p;
  const bar = place(span.relativeStart, span.relativeStart + span.duration, viewStart, viewEnd);
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
        {bar && (
          <div
            className="span-bar"
            style={{
              left: bar.left,
              width: `max(1px, ${bar.width})`,
              background: serviceBarColor(span.serviceName),
            }}
          />
        )}
        {p.critical?.map((seg, i) => {
          const at = place(seg.start - p.traceStart, seg.end - p.traceStart, viewStart, viewEnd);
          return at && <div key={i} className="critical-seg" style={at} />;
        })}
        {bar && (
          <span className="span-bar-label" style={{ left: `calc(${bar.left} + ${bar.width})` }}>
            {formatDuration(span.duration)}
          </span>
        )}
      </div>
    </div>
  );
});
