import { useMemo, type ReactNode } from 'react';
import type { DdgEntity, DdgView } from '../model/ddg.ts';
import { layeredLayout } from '../model/layout.ts';
import { serviceColor } from './colors.ts';
import { GraphEdges, nodeBoxes } from './GraphEdges.tsx';
import { ZoomPan } from './ZoomPan.tsx';

const NODE_W = 210;
const NODE_H = 48;
const MAX_CHARS = 30;

function clip(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

function hopLabel(distance: number): string {
  if (distance === 0) return 'focus';
  return distance < 0 ? `${-distance} up` : `${distance} down`;
}

/**
 * The deep dependency graph, left to right in call direction (upstream callers on the left, the focal
 * node highlighted, downstream callees on the right); a click on a node makes it the focus.
 */
export function DdgGraph(props: { view: DdgView; onFocus: (e: DdgEntity) => void }): ReactNode {
  const { view, onFocus } = props;
  const layout = useMemo(
    () =>
      layeredLayout(
        {
          nodes: view.nodes.map((n) => ({ id: n.key, width: NODE_W, height: NODE_H })),
          edges: view.edges.map((e) => ({ from: e.from, to: e.to })),
        },
        'LR',
      ),
    [view],
  );
  const edges = useMemo(() => {
    const counts = new Map(view.edges.map((e) => [`${e.from}->${e.to}`, e.count]));
    return layout.edges.map((e) => ({
      key: `${e.from}->${e.to}`,
      points: e.points,
      label: String(counts.get(`${e.from}->${e.to}`) ?? ''),
    }));
  }, [view, layout]);
  const boxes = useMemo(() => nodeBoxes(layout.nodes.values()), [layout]);
  return (
    <ZoomPan width={layout.width} height={layout.height} label="Deep dependency graph">
      <GraphEdges edges={edges} nodes={boxes} />
      {view.nodes.map((n) => {
        const p = layout.nodes.get(n.key)!;
        const name = n.operation === undefined ? n.service : `${n.service} ${n.operation}`;
        return (
          <g
            key={n.key}
            className={`graph-node ddg-node${n.distance === 0 ? ' ddg-focal' : ''}`}
            data-service={n.service}
            data-operation={n.operation}
            data-distance={n.distance}
            transform={`translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})`}
            role="button"
            tabIndex={0}
            aria-label={`Focus on ${name}`}
            // No drag from a node: ZoomPan's pointer capture would turn the click into one on the SVG.
            onPointerDown={(e) => e.stopPropagation()}
            onClick={() => onFocus(n)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onFocus(n);
            }}
          >
            <title>{name}</title>
            <rect width={NODE_W} height={NODE_H} rx={8} style={{ stroke: serviceColor(n.service) }} />
            <text x={10} y={18} className="node-service">
              {clip(n.service)}
            </text>
            <text x={10} y={35} className="node-op">
              {n.operation === undefined ? '' : clip(n.operation)}
            </text>
            <text x={NODE_W - 8} y={18} textAnchor="end" className="node-meta">
              {hopLabel(n.distance)}
            </text>
          </g>
        );
      })}
    </ZoomPan>
  );
}
