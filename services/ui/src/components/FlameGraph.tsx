import { useMemo, useState, type ReactNode } from 'react';
import { formatDuration } from '../model/format.ts';
import type { Span, Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';

const ROW = 20;
const WIDTH = 1200;

/**
 * Icicle chart: x = time within the trace (or the zoomed span), y = depth. Spans narrower than
 * half a pixel are not drawn, which keeps 10,000-span traces to a few hundred SVG nodes.
 */
export function FlameGraph(props: { trace: Trace }): ReactNode {
  const { trace } = props;
  const [focus, setFocus] = useState<Span | null>(null);
  const start = focus?.startTime ?? trace.startTime;
  const duration = Math.max(1, focus?.duration ?? trace.duration);
  const baseDepth = focus?.depth ?? 0;
  const boxes = useMemo(() => {
    const scale = WIDTH / duration;
    return trace.ordered
      .filter((s) => s.depth >= baseDepth)
      .map((s) => ({ span: s, x: (s.startTime - start) * scale, w: s.duration * scale }))
      .filter((b) => b.w >= 0.5 && b.x + b.w > 0 && b.x < WIDTH);
  }, [trace, start, duration, baseDepth]);
  const height = (trace.maxDepth - baseDepth + 1) * ROW;
  return (
    <div className="flame">
      <div className="row">
        <span className="muted">Click a span to zoom into it.</span>
        {focus && (
          <button type="button" onClick={() => setFocus(null)}>
            Reset zoom
          </button>
        )}
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label="Flame graph">
        {boxes.map(({ span, x, w }) => (
          <g
            key={span.spanID}
            transform={`translate(${Math.max(0, x)},${(span.depth - baseDepth) * ROW})`}
            onClick={() => setFocus(span)}
            className="flame-box"
          >
            <rect
              width={Math.max(0.5, Math.min(w, WIDTH - x))}
              height={ROW - 1}
              fill={serviceColor(span.serviceName)}
            />
            <title>{`${span.serviceName}: ${span.operationName} (${formatDuration(span.duration)})`}</title>
            {w > 60 && (
              <text x={3} y={14} className="flame-label">
                {`${span.serviceName}: ${span.operationName}`.slice(0, Math.floor(w / 7))}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
