import { useMemo, useState, type ReactNode } from 'react';
import { flameRows } from '../model/flame-layout.ts';
import { formatDuration } from '../model/format.ts';
import type { Span, Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';
import { clip, FLAME_CHAR_W } from './flame-label.ts';

const ROW = 20;
const WIDTH = 1200;

/** The span and everything below it. */
function subtree(trace: Trace, root: Span): Set<string> {
  const ids = new Set<string>();
  const stack = [root.spanID];
  while (stack.length > 0) {
    const id = stack.pop()!;
    ids.add(id);
    stack.push(...(trace.byID.get(id)?.childIDs ?? []));
  }
  return ids;
}

/**
 * Icicle chart: x = time within the trace (or the zoomed span), y = rows below the parent, with
 * concurrent siblings on rows of their own (model/flame-layout.ts), so boxes never cover each other
 * and a label is cut to its box. Spans narrower than half a pixel are not drawn, which keeps
 * 10,000-span traces to a few hundred SVG nodes.
 */
export function FlameGraph(props: { trace: Trace }): ReactNode {
  const { trace } = props;
  const [focus, setFocus] = useState<Span | null>(null);
  const start = focus?.startTime ?? trace.startTime;
  const duration = Math.max(1, focus?.duration ?? trace.duration);
  const rows = useMemo(() => flameRows(trace), [trace]);
  const baseRow = focus ? rows.get(focus.spanID)! : 0;
  const { boxes, height } = useMemo(() => {
    const scale = WIDTH / duration;
    const shown = focus ? subtree(trace, focus) : undefined;
    const spans = shown ? trace.ordered.filter((s) => shown.has(s.spanID)) : trace.ordered;
    const maxRow = Math.max(0, ...spans.map((s) => rows.get(s.spanID)! - baseRow));
    return {
      boxes: spans
        .map((s) => ({
          span: s,
          row: rows.get(s.spanID)! - baseRow,
          x: (s.startTime - start) * scale,
          w: s.duration * scale,
        }))
        .map((b) => ({ ...b, visible: Math.min(b.x + b.w, WIDTH) - Math.max(0, b.x) }))
        .filter((b) => b.visible >= 0.5),
      height: (maxRow + 1) * ROW,
    };
  }, [trace, rows, focus, start, duration, baseRow]);
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
        {boxes.map(({ span, row, x, visible }) => (
          <g
            key={span.spanID}
            transform={`translate(${Math.max(0, x)},${row * ROW})`}
            onClick={() => setFocus(span)}
            className="flame-box"
          >
            <rect width={visible} height={ROW - 1} fill={serviceColor(span.serviceName)} />
            <title>{`${span.serviceName}: ${span.operationName} (${formatDuration(span.duration)})`}</title>
            {visible > 40 && (
              <text x={3} y={14} className="flame-label">
                {clip(`${span.serviceName}: ${span.operationName}`, Math.floor((visible - 6) / FLAME_CHAR_W))}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
