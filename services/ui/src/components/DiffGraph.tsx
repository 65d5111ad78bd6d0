import { useMemo, type ReactNode } from 'react';
import { DIFF_CLASSES, diffGraph, type DiffClass, type DiffGraphNode } from '../model/diff-graph.ts';
import { layeredLayout } from '../model/layout.ts';
import type { Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';
import { GraphEdges, nodeBoxes } from './GraphEdges.tsx';
import { NODE_H, NODE_W } from './GraphNodeBox.tsx';
import { ZoomPan } from './ZoomPan.tsx';

const DIFF_LABEL: Record<DiffClass, string> = {
  onlyA: 'Only in A',
  fewer: 'Fewer in B',
  same: 'Same count',
  more: 'More in B',
  onlyB: 'Only in B',
};

/** Past this many call paths the rest are folded (model/diff-graph.ts): readable, laid out in about a second. */
const PATH_LIMIT = 300;

/** Red for what B lost, green for what it gained, stronger for a bigger change. */
function diffFill(n: Pick<DiffGraphNode, 'diffClass' | 'intensity'>): string {
  const alpha = (0.2 + 0.5 * n.intensity).toFixed(3);
  switch (n.diffClass) {
    case 'onlyA':
      return 'rgb(224, 49, 49)';
    case 'onlyB':
      return 'rgb(47, 158, 68)';
    case 'fewer':
      return `rgba(224, 49, 49, ${alpha})`;
    case 'more':
      return `rgba(47, 158, 68, ${alpha})`;
    case 'same':
      return 'var(--node-bg)';
  }
}

function delta(n: DiffGraphNode): string {
  const d = n.countB - n.countA;
  return d > 0 ? `+${d}` : String(d);
}

function Legend(): ReactNode {
  return (
    <ul className="diff-legend" aria-label="Diff legend">
      {DIFF_CLASSES.map((c) => (
        <li key={c} data-class={c}>
          <span className="diff-swatch" style={{ background: diffFill({ diffClass: c, intensity: 1 }) }} />
          {DIFF_LABEL[c]}
        </li>
      ))}
    </ul>
  );
}

/** Jaeger UI's trace diff graph: both traces' call paths in one tree, coloured by how their span count changed. */
export function DiffGraph(props: { a: Trace; b: Trace }): ReactNode {
  const { graph, layout } = useMemo(() => {
    const g = diffGraph(props.a, props.b, PATH_LIMIT);
    const l = layeredLayout({
      nodes: g.nodes.map((n) => ({ id: n.id, width: NODE_W, height: NODE_H })),
      edges: g.edges,
    });
    return { graph: g, layout: l };
  }, [props.a, props.b]);
  const edges = useMemo(
    () => layout.edges.map((e) => ({ key: `${e.from}->${e.to}`, points: e.points, label: '' })),
    [layout],
  );
  const boxes = useMemo(() => nodeBoxes(layout.nodes.values()), [layout]);
  return (
    <div className="diff-graph">
      <div className="row">
        <Legend />
        {graph.shown < graph.total && (
          <span className="muted graph-summary">
            {graph.shown} of {graph.total} call paths, the others folded into dashed nodes
          </span>
        )}
      </div>
      <ZoomPan width={layout.width} height={layout.height} label="Trace diff graph">
        <GraphEdges edges={edges} nodes={boxes} />
        {graph.nodes.map((n) => {
          const p = layout.nodes.get(n.id)!;
          const strong = n.diffClass === 'onlyA' || n.diffClass === 'onlyB';
          return (
            <g
              key={n.id}
              className={`graph-node diff-node${strong ? ' diff-strong' : ''}`}
              data-class={n.diffClass}
              data-folded={n.folded}
              transform={`translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})`}
            >
              <title>{`${n.service}: ${n.operation}\n${DIFF_LABEL[n.diffClass]}: A ${n.countA}, B ${n.countB}`}</title>
              <rect
                width={NODE_W}
                height={NODE_H}
                rx={4}
                strokeDasharray={n.folded === undefined ? undefined : '4 3'}
                style={{ stroke: serviceColor(n.service), fill: diffFill(n) }}
              />
              <text x={8} y={16} className="node-service">
                {n.service}
              </text>
              <text x={8} y={31} className="node-op">
                {n.folded !== undefined
                  ? `+${n.folded} more call paths`
                  : n.operation.length > 28
                    ? `${n.operation.slice(0, 27)}…`
                    : n.operation}
              </text>
              <text x={8} y={42} className="node-meta diff-counts">
                A {n.countA} · B {n.countB} · Δ {delta(n)}
              </text>
            </g>
          );
        })}
      </ZoomPan>
    </div>
  );
}
