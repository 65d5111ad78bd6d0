import { useMemo, useState, type ReactNode } from 'react';
import { formatDuration } from '../model/format.ts';
import { layeredLayout } from '../model/layout.ts';
import { traceGraph, type GraphNode } from '../model/trace-graph.ts';
import type { Trace } from '../model/trace.ts';
import { serviceColor } from './colors.ts';
import { GraphEdges, nodeBoxes } from './GraphEdges.tsx';
import { ZoomPan } from './ZoomPan.tsx';

const NODE_W = 200;
const NODE_H = 46;

type Mode = 'service' | 'time' | 'selftime';

/** Node fill: white with the service colour (service mode), else red by share of the largest value. */
function nodeFill(mode: Mode, n: GraphNode, max: number): string {
  if (mode === 'service' || max <= 0) return 'var(--node-bg)';
  const value = mode === 'time' ? n.totalTime : n.selfTime;
  return `rgba(214, 51, 108, ${(0.08 + 0.6 * (value / max)).toFixed(3)})`;
}

/** DAG of service/operation nodes with call counts, laid out top-down by dagre; coloured by service or time. */
export function TraceGraph(props: { trace: Trace }): ReactNode {
  const { trace } = props;
  const [mode, setMode] = useState<Mode>('service');
  const { graph, layout } = useMemo(() => {
    const g = traceGraph(trace);
    const l = layeredLayout({
      nodes: g.nodes.map((n) => ({ id: n.id, width: NODE_W, height: NODE_H })),
      edges: g.edges,
    });
    return { graph: g, layout: l };
  }, [trace]);
  const edges = useMemo(() => {
    const counts = new Map(graph.edges.map((e) => [`${e.from}\u0001${e.to}`, e.count]));
    return layout.edges.map((e) => {
      const count = counts.get(`${e.from}\u0001${e.to}`) ?? 0;
      return { key: `${e.from}->${e.to}`, points: e.points, label: count > 1 ? `×${count}` : '' };
    });
  }, [graph, layout]);
  const boxes = useMemo(() => nodeBoxes(layout.nodes.values()), [layout]);
  const max = Math.max(0, ...graph.nodes.map((n) => (mode === 'time' ? n.totalTime : n.selfTime)));
  return (
    <div className="trace-graph">
      <div className="row">
        <span className="muted">
          {graph.nodes.length} nodes · {graph.edges.length} edges (service / operation, span count, self time)
        </span>
        <label>
          Colour by{' '}
          <select aria-label="Colour nodes by" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
            <option value="service">Service</option>
            <option value="time">Time</option>
            <option value="selftime">Self time</option>
          </select>
        </label>
      </div>
      <ZoomPan width={layout.width} height={layout.height} label="Trace graph">
        <GraphEdges edges={edges} nodes={boxes} />
        {graph.nodes.map((n) => {
          const p = layout.nodes.get(n.id)!;
          return (
            <g
              key={n.id}
              className="graph-node"
              transform={`translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})`}
            >
              <rect
                width={NODE_W}
                height={NODE_H}
                rx={4}
                style={{ stroke: serviceColor(n.service), fill: nodeFill(mode, n, max) }}
              />
              <rect width={6} height={NODE_H} style={{ fill: serviceColor(n.service) }} />
              <text x={12} y={16} className="node-service">
                {n.service}
              </text>
              <text x={12} y={31} className="node-op">
                {n.operation.length > 28 ? `${n.operation.slice(0, 27)}…` : n.operation}
              </text>
              <text x={12} y={42} className={n.errors > 0 ? 'node-meta node-error' : 'node-meta'}>
                {n.count}× · self {formatDuration(n.selfTime)}
                {n.errors > 0 ? ` · ${n.errors} err` : ''}
              </text>
            </g>
          );
        })}
      </ZoomPan>
    </div>
  );
}
