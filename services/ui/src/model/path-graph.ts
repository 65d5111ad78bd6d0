import { callPaths, type CallPath, type CallPathTree } from './call-paths.ts';
import type { Trace } from './trace.ts';
import type { Graph, GraphNode } from './trace-graph.ts';

/** Graph node ID of a call path, and of the node standing for the folded callees of a path. */
export const pathNodeId = (id: number): string => `path-${id}`;
const foldedNodeId = (parent: number): string => `more-${parent}`;

export interface PathGraph extends Graph {
  /** Call paths drawn as nodes of their own. */
  shown: number;
  /** Call paths in the trace. */
  total: number;
}

/**
 * The paths to draw when at most `limit` fit: best first by total time, a path never before its
 * caller. A path's rank is the smallest total time on its chain from the root, which never grows
 * downwards, so sorting by it (then by depth) keeps every kept path's callers kept.
 */
export function keptPaths(tree: CallPathTree, limit: number): Set<number> {
  if (tree.paths.length <= limit) return new Set(tree.paths.map((p) => p.id));
  const rank: number[] = [];
  for (const p of tree.paths)
    rank[p.id] = Math.min(p.totalTime, p.parent === null ? Infinity : rank[p.parent]!);
  const order = tree.paths.map((p) => p.id);
  order.sort((a, b) => rank[b]! - rank[a]! || tree.paths[a]!.depth - tree.paths[b]!.depth || a - b);
  return new Set(order.slice(0, limit));
}

function subtreeStats(tree: CallPathTree, root: CallPath): { paths: number; spans: number; self: number } {
  const out = { paths: 0, spans: 0, self: 0 };
  const stack = [root];
  while (stack.length > 0) {
    const p = stack.pop()!;
    out.paths++;
    out.spans += p.count;
    out.self += p.selfTime;
    for (const c of p.children) stack.push(tree.paths[c]!);
  }
  return out;
}

/** One node for the hidden callees of `parent` (and everything below them). */
function foldedNode(tree: CallPathTree, parent: CallPath, hidden: CallPath[]): GraphNode {
  const stats = hidden.map((h) => subtreeStats(tree, h));
  return {
    id: foldedNodeId(parent.id),
    service: parent.service,
    operation: '',
    count: hidden.reduce((n, h) => n + h.count, 0),
    errors: hidden.reduce((n, h) => n + h.errors, 0),
    totalTime: hidden.reduce((n, h) => n + h.totalTime, 0),
    selfTime: stats.reduce((n, s) => n + s.self, 0),
    folded: stats.reduce((n, s) => n + s.paths, 0),
  };
}

/**
 * The call-path tree as a graph: one node per path, an edge from each path to its callees with the
 * callee's span count. Past `limit` paths, the callees left out of a drawn path share one folded
 * node, so a trace with thousands of distinct paths stays a readable (and quickly laid out) graph.
 */
function callPathGraph(tree: CallPathTree, limit = Infinity): PathGraph {
  const kept = keptPaths(tree, limit);
  const nodes: GraphNode[] = [];
  const edges: Graph['edges'] = [];
  for (const p of tree.paths) {
    if (!kept.has(p.id)) continue;
    nodes.push({
      id: pathNodeId(p.id),
      service: p.service,
      operation: p.operation,
      count: p.count,
      errors: p.errors,
      selfTime: p.selfTime,
      totalTime: p.totalTime,
    });
    if (p.parent !== null) edges.push({ from: pathNodeId(p.parent), to: pathNodeId(p.id), count: p.count });
    const hidden = p.children.filter((c) => !kept.has(c)).map((c) => tree.paths[c]!);
    if (hidden.length === 0) continue;
    const folded = foldedNode(tree, p, hidden);
    nodes.push(folded);
    edges.push({ from: pathNodeId(p.id), to: folded.id, count: folded.count });
  }
  return { nodes, edges, shown: kept.size, total: tree.paths.length };
}

/**
 * Jaeger UI's trace graph: one node per unique call path (service+operation chain from the root), so
 * the same operation reached from two callers is two nodes; an edge's count is the callee's spans.
 */
export function pathGraph(trace: Trace, limit = Infinity): PathGraph {
  return callPathGraph(callPaths([trace]), limit);
}
