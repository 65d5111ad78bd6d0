import { selfTime } from './stats.ts';
import type { Trace } from './trace.ts';

export interface GraphNode {
  id: string;
  service: string;
  operation: string;
  count: number;
  errors: number;
  selfTime: number;
  /** Sum of the spans' durations. */
  totalTime: number;
  /** Set on a node that stands for this many call paths left out of the drawing (model/path-graph.ts). */
  folded?: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  count: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Aggregated call DAG of a trace: one node per service+operation, edges parent → child with counts. */
export function traceGraph(trace: Trace): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const nodeOf = (serviceName: string, operation: string): string => `${serviceName}\u0000${operation}`;
  for (const span of trace.spans) {
    const id = nodeOf(span.serviceName, span.operationName);
    let node = nodes.get(id);
    if (!node) {
      node = {
        id,
        service: span.serviceName,
        operation: span.operationName,
        count: 0,
        errors: 0,
        selfTime: 0,
        totalTime: 0,
      };
      nodes.set(id, node);
    }
    node.count++;
    node.selfTime += selfTime(span, trace);
    node.totalTime += span.duration;
    if (span.hasError) node.errors++;
    const parent = span.parentID === null ? undefined : trace.byID.get(span.parentID);
    if (!parent) continue;
    const from = nodeOf(parent.serviceName, parent.operationName);
    const key = `${from}\u0001${id}`;
    const edge = edges.get(key);
    if (edge) edge.count++;
    else edges.set(key, { from, to: id, count: 1 });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
