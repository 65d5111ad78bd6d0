import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
  type WheelEvent,
} from 'react';

/**
 * The smallest scale a graph opens at: a big graph is not shrunk to fit (12 services used to get
 * 5 px labels); it opens readable, centred on its top-left part, and the user pans or zooms out.
 */
const MIN_FIT = 0.85;

type View = { x: number; y: number; k: number };

/** Fits `width` × `height` into the viewport, never below MIN_FIT nor above 1, centred when it fits. */
function initialView(viewport: { width: number; height: number }, width: number, height: number): View {
  const k = Math.min(1, Math.max(MIN_FIT, Math.min(viewport.width / width, viewport.height / height)));
  const x = Math.max(0, (viewport.width - width * k) / 2);
  const y = Math.max(0, (viewport.height - height * k) / 2);
  return { x, y, k };
}

/** SVG viewport in CSS pixels with wheel zoom (around the cursor) and drag to pan. */
export function ZoomPan(props: {
  width: number;
  height: number;
  label: string;
  children: ReactNode;
}): ReactNode {
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const { width, height } = props;
  const fit = useCallback((): void => {
    const rect = svg.current?.getBoundingClientRect();
    if (rect && rect.width > 0) setView(initialView(rect, width, height));
  }, [width, height]);
  useLayoutEffect(fit, [fit]);
  const onWheel = (e: WheelEvent<SVGSVGElement>): void => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    setView((v) => {
      const k = Math.min(8, Math.max(0.1, v.k * (e.deltaY < 0 ? 1.15 : 1 / 1.15)));
      return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
    });
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>): void => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>): void => {
    const start = drag.current;
    if (!start) return;
    drag.current = { x: e.clientX, y: e.clientY };
    setView((v) => ({ ...v, x: v.x + e.clientX - start.x, y: v.y + e.clientY - start.y }));
  };
  const zoomBy = (f: number): void => {
    setView((v) => ({ ...v, k: Math.min(8, Math.max(0.1, v.k * f)) }));
  };
  return (
    <div className="zoom-pan">
      <div className="zoom-controls">
        <button type="button" aria-label="Zoom in" onClick={() => zoomBy(1.25)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoomBy(0.8)}>
          −
        </button>
        <button type="button" onClick={fit}>
          Reset
        </button>
      </div>
      <svg
        ref={svg}
        role="img"
        aria-label={props.label}
        className="graph-svg"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" style={{ fill: 'var(--edge)' }} />
          </marker>
        </defs>
        <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>{props.children}</g>
      </svg>
    </div>
  );
}

export function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}
