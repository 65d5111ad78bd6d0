import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDuration } from '../model/format.ts';
import { layeredLayout } from '../model/layout.ts';
import { pathGraph } from '../model/path-graph.ts';
import { traceGraph, type Graph, type GraphNode } from '../model/trace-graph.ts';
import type { Trace } from '../model/trace.ts';
import { GraphEdges, nodeBoxes } from './GraphEdges.tsx';
import { GraphNodeBox, NODE_H, NODE_W } from './GraphNodeBox.tsx';
import { ZoomPan } from './ZoomPan.tsx';

type Mode = 'service' | 'time' | 'selftime';

/** `?graph=`: one node per service+operation (default), or one per call path as Jaeger UI draws it. */
type Grouping = 'operations' | 'paths';

/** Past this many call paths, the rest are folded (model/path-graph.ts): still readable, laid out in ~1 s. */
const PATH_LIMITS = [50, 150, 500] as const;
const DEFAULT_PATH_LIMIT = 150;

/** Node fill: white with the service colour (service mode), else red by share of the largest value. */
function nodeFill(mode: Mode, n: GraphNode, max: number): string {
  if (mode === 'service' || max <= 0) return 'var(--node-bg)';
  const value = mode === 'time' ? n.totalTime : n.selfTime;
  return `rgba(214, 51, 108, ${(0.08 + 0.6 * (value / max)).toFixed(3)})`;
}

function useGraphParams(): { grouping: Grouping; limit: number; set: (key: string, value: string) => void } {
  const [params, setParams] = useSearchParams();
  const grouping: Grouping = params.get('graph') === 'paths' ? 'paths' : 'operations';
  const limitParam = Number(params.get('paths'));
  const limit = PATH_LIMITS.find((l) => l === limitParam) ?? DEFAULT_PATH_LIMIT;
  const set = (key: string, value: string): void => {
    params.set(key, value);
    setParams(params, { replace: true });
  };
  return { grouping, limit, set };
}

function Controls(props: {
  graph: Graph & { shown?: number; total?: number };
  mode: Mode;
  setMode: (m: Mode) => void;
}): ReactNode {
  const { grouping, limit, set } = useGraphParams();
  const { graph } = props;
  return (
    <div className="row">
      <label>
        Nodes{' '}
        <select aria-label="Graph nodes" value={grouping} onChange={(e) => set('graph', e.target.value)}>
          <option value="operations">One per service + operation</option>
          <option value="paths">One per call path</option>
        </select>
      </label>
      {grouping === 'paths' && (
        <label>
          Show{' '}
          <select aria-label="Call paths shown" value={limit} onChange={(e) => set('paths', e.target.value)}>
            {PATH_LIMITS.map((l) => (
              <option key={l} value={l}>
                {l} busiest paths
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Colour by{' '}
        <select
          aria-label="Colour nodes by"
          value={props.mode}
          onChange={(e) => props.setMode(e.target.value as Mode)}
        >
          <option value="service">Service</option>
          <option value="time">Time</option>
          <option value="selftime">Self time</option>
        </select>
      </label>
      <span className="muted graph-summary">
        {graph.nodes.length} nodes · {graph.edges.length} edges
        {graph.total !== undefined && graph.shown !== graph.total
          ? ` · ${graph.shown} of ${graph.total} call paths, the others folded into dashed nodes`
          : ''}
      </span>
    </div>
  );
}

/**
 * DAG of the trace's calls laid out top-down by dagre: one node per service/operation, or one per call
 * path (Jaeger UI's trace graph); call counts on the edges, coloured by service, time or self time.
 */
export function TraceGraph(props: { trace: Trace }): ReactNode {
  const { trace } = props;
  const [mode, setMode] = useState<Mode>('service');
  const { grouping, limit } = useGraphParams();
  const { graph, layout } = useMemo(() => {
    const g = grouping === 'paths' ? pathGraph(trace, limit) : traceGraph(trace);
    const l = layeredLayout({
      nodes: g.nodes.map((n) => ({ id: n.id, width: NODE_W, height: NODE_H })),
      edges: g.edges,
    });
    return { graph: g, layout: l };
  }, [trace, grouping, limit]);
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
    <div className="trace-graph" data-grouping={grouping}>
      <Controls graph={graph} mode={mode} setMode={setMode} />
      <ZoomPan width={layout.width} height={layout.height} label="Trace graph">
        <GraphEdges edges={edges} nodes={boxes} />
        {graph.nodes.map((n) => {
          const p = layout.nodes.get(n.id)!;
          return (
            <GraphNodeBox
              key={n.id}
              node={n}
              x={p.x}
              y={p.y}
              fill={nodeFill(mode, n, max)}
              title={`${n.folded === undefined ? `${n.service}: ${n.operation}` : `${n.folded} call paths folded`}\n${n.count} spans · total ${formatDuration(n.totalTime)} · self ${formatDuration(n.selfTime)}`}
            />
          );
        })}
      </ZoomPan>
    </div>
  );
}
