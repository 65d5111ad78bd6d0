import { memo, useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';

const HEIGHT = 48;

export interface ViewWindow {
  start: number;
  end: number;
}

/** Spans drawn one thin line each (in timeline order) on a canvas: 10,000 spans cost a few ms. */
function draw(canvas: HTMLCanvasElement, trace: Trace): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = HEIGHT * ratio;
  ctx.scale(ratio, ratio);
  ctx.clearRect(0, 0, width, HEIGHT);
  const rows = trace.ordered.length;
  const rowH = Math.max(HEIGHT / Math.max(rows, 1), 0.5);
  const scale = trace.duration > 0 ? width / trace.duration : 0;
  trace.ordered.forEach((span, i) => {
    ctx.fillStyle = serviceColor(span.serviceName);
    ctx.fillRect(
      span.relativeStart * scale,
      (i * HEIGHT) / Math.max(rows, 1),
      Math.max(1, span.duration * scale),
      rowH,
    );
  });
}

/**
 * Mini-map of the whole trace above the timeline (as Jaeger UI's span graph): the shaded box is the
 * zoomed window; drag across it to zoom to a time range, double-click to see the whole trace again.
 */
export const TimelineOverview = memo(function TimelineOverview(props: {
  trace: Trace;
  view: ViewWindow;
  onZoom: (view: ViewWindow | null) => void;
}): ReactNode {
  const { trace, view, onZoom } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  useEffect(() => {
    if (canvasRef.current) draw(canvasRef.current, trace);
  }, [trace]);
  const fraction = (e: PointerEvent<HTMLDivElement>): number => {
    const rect = e.currentTarget.getBoundingClientRect();
    return rect.width > 0 ? Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width)) : 0;
  };
  const pct = (v: number): string => `${trace.duration > 0 ? (v / trace.duration) * 100 : 0}%`;
  const shade = drag
    ? { left: `${Math.min(drag.from, drag.to) * 100}%`, width: `${Math.abs(drag.to - drag.from) * 100}%` }
    : { left: pct(view.start), width: pct(view.end - view.start) };
  return (
    <div
      className="overview"
      aria-label="Trace overview"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const f = fraction(e);
        setDrag({ from: f, to: f });
      }}
      onPointerMove={(e) => {
        if (drag) setDrag({ ...drag, to: fraction(e) });
      }}
      onPointerUp={() => {
        if (drag && Math.abs(drag.to - drag.from) > 0.002) {
          const [a, b] = drag.from < drag.to ? [drag.from, drag.to] : [drag.to, drag.from];
          onZoom({ start: a * trace.duration, end: b * trace.duration });
        }
        setDrag(null);
      }}
      onDoubleClick={() => onZoom(null)}
    >
      <canvas ref={canvasRef} style={{ width: '100%', height: HEIGHT }} />
      <div className="overview-window" style={shade} />
    </div>
  );
});
