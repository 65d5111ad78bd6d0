import { memo, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { formatDuration, formatTimestamp } from '../model/format.ts';
import type { Trace } from '../model/trace.ts';

const DEFAULT_WIDTH = 800;
const H = 180;
const PAD = { left: 64, right: 24, top: 14, bottom: 24 };
/** Keeps dots off the axes. */
const INSET = 12;

/** The element's width in px, followed as it resizes (the plot draws in real pixels, not stretched). */
function useWidth(fallback: number): [RefObject<SVGSVGElement | null>, number] {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

/** Duration over start time, one dot per trace (radius by span count, red with errors); click opens. */
export const ScatterPlot = memo(function ScatterPlot(props: {
  traces: readonly Trace[];
  onOpen: (traceID: string) => void;
}): ReactNode {
  const { traces, onOpen } = props;
  const [ref, W] = useWidth(DEFAULT_WIDTH);
  const scale = useMemo(() => {
    const xs = traces.map((t) => t.startTime);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const maxY = Math.max(1, ...traces.map((t) => t.duration));
    const maxSpans = Math.max(1, ...traces.map((t) => t.spans.length));
    return {
      x: (v: number) =>
        PAD.left +
        INSET +
        (maxX === minX ? 0.5 : (v - minX) / (maxX - minX)) * (W - PAD.left - PAD.right - 2 * INSET),
      y: (v: number) => H - PAD.bottom - INSET - (v / maxY) * (H - PAD.top - PAD.bottom - 2 * INSET),
      minX,
      maxX,
      r: (n: number) => 3 + (7 * n) / maxSpans,
      maxY,
    };
  }, [traces, W]);
  if (traces.length === 0) return null;
  return (
    <svg
      ref={ref}
      className="scatter"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Trace durations over time"
    >
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} className="axis" />
      <text x={PAD.left - 6} y={scale.y(scale.maxY) + 4} textAnchor="end" className="axis-label">
        {formatDuration(scale.maxY)}
      </text>
      <text x={PAD.left - 6} y={scale.y(0) + 4} textAnchor="end" className="axis-label">
        0
      </text>
      <text x={scale.x(scale.minX)} y={H - 6} textAnchor="start" className="axis-label">
        {formatTimestamp(scale.minX).slice(11, 19)}
      </text>
      {scale.maxX !== scale.minX && (
        <text x={scale.x(scale.maxX)} y={H - 6} textAnchor="end" className="axis-label">
          {formatTimestamp(scale.maxX).slice(11, 19)}
        </text>
      )}
      {traces.map((t) => (
        <circle
          key={t.traceID}
          data-trace-id={t.traceID}
          cx={scale.x(t.startTime)}
          cy={scale.y(t.duration)}
          r={scale.r(t.spans.length)}
          className={t.errorCount > 0 ? 'dot dot-error' : 'dot'}
          onClick={() => {
            onOpen(t.traceID);
          }}
        >
          <title>{`${t.rootService}: ${t.rootOperation} — ${formatDuration(t.duration)}, ${t.spans.length} spans`}</title>
        </circle>
      ))}
    </svg>
  );
});
