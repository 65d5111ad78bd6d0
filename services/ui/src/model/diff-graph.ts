import { callPaths, type CallPath, type CallPathTree } from './call-paths.ts';
import { keptPaths, pathNodeId } from './path-graph.ts';
import type { Trace } from './trace.ts';

/**
 * How a call path differs between trace A and trace B, as Jaeger UI's trace diff graph colours it:
 * only in A (removed), only in B (added), in both with fewer / more / the same number of spans in B.
 */
export type DiffClass = 'onlyA' | 'onlyB' | 'fewer' | 'more' | 'same';

export const DIFF_CLASSES: readonly DiffClass[] = ['onlyA', 'fewer', 'same', 'more', 'onlyB'];

export interface DiffGraphNode {
  readonly id: string;
  readonly service: string;
  readonly operation: string;
  readonly countA: number;
  readonly countB: number;
  readonly diffClass: DiffClass;
  /** |countB − countA| relative to the largest change among paths in both traces (0…1); 1 for only-A/B. */
  readonly intensity: number;
  /** Set on a node standing for this many call paths left out of the drawing (their spans summed). */
  readonly folded?: number;
}

export interface DiffGraph {
  readonly nodes: DiffGraphNode[];
  readonly edges: { from: string; to: string }[];
  /** Call paths drawn as nodes of their own, and in both traces together. */
  readonly shown: number;
  readonly total: number;
}

/** Spans per trace in the subtrees of `roots`, and how many paths they hold. */
function subtreeCounts(
  tree: CallPathTree,
  roots: readonly CallPath[],
): { a: number; b: number; paths: number } {
  const out = { a: 0, b: 0, paths: 0 };
  const stack = [...roots];
  while (stack.length > 0) {
    const p = stack.pop()!;
    out.paths++;
    out.a += p.counts[0]!;
    out.b += p.counts[1]!;
    for (const c of p.children) stack.push(tree.paths[c]!);
  }
  return out;
}

function classOf(countA: number, countB: number): DiffClass {
  if (countB === 0) return 'onlyA';
  if (countA === 0) return 'onlyB';
  return countB > countA ? 'more' : countB < countA ? 'fewer' : 'same';
}

/**
 * Both traces' call paths merged into one tree, each node classed and shaded by how its count changed.
 * Past `limit` paths (busiest first, never one without its caller, as the path graph), the callees left
 * out of a drawn path share one folded node, classed by their summed span counts.
 */
export function diffGraph(a: Trace, b: Trace, limit = Infinity): DiffGraph {
  const tree = callPaths([a, b]);
  const kept = keptPaths(tree, limit);
  const rows: {
    id: string;
    parent: number | null;
    service: string;
    operation: string;
    countA: number;
    countB: number;
    folded?: number;
  }[] = [];
  for (const p of tree.paths) {
    if (!kept.has(p.id)) continue;
    rows.push({
      id: pathNodeId(p.id),
      parent: p.parent,
      service: p.service,
      operation: p.operation,
      countA: p.counts[0]!,
      countB: p.counts[1]!,
    });
    const hidden = p.children.filter((c) => !kept.has(c)).map((c) => tree.paths[c]!);
    if (hidden.length === 0) continue;
    const sum = subtreeCounts(tree, hidden);
    rows.push({
      id: `more-${p.id}`,
      parent: p.id,
      service: p.service,
      operation: '',
      countA: sum.a,
      countB: sum.b,
      folded: sum.paths,
    });
  }
  let maxChange = 0;
  for (const r of rows)
    if (r.countA > 0 && r.countB > 0) maxChange = Math.max(maxChange, Math.abs(r.countB - r.countA));
  const nodes = rows.map((r): DiffGraphNode => {
    const diffClass = classOf(r.countA, r.countB);
    const change = Math.abs(r.countB - r.countA);
    const intensity =
      diffClass === 'onlyA' || diffClass === 'onlyB' ? 1 : maxChange === 0 ? 0 : change / maxChange;
    const { parent: _parent, ...node } = r;
    return { ...node, diffClass, intensity };
  });
  const edges = rows.flatMap((r) => (r.parent === null ? [] : [{ from: pathNodeId(r.parent), to: r.id }]));
  return { nodes, edges, shown: kept.size, total: tree.paths.length };
}
