import { callPaths } from './call-paths.ts';
import { pathNodeId } from './path-graph.ts';
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
}

export interface DiffGraph {
  readonly nodes: DiffGraphNode[];
  readonly edges: { from: string; to: string }[];
}

function classOf(countA: number, countB: number): DiffClass {
  if (countB === 0) return 'onlyA';
  if (countA === 0) return 'onlyB';
  return countB > countA ? 'more' : countB < countA ? 'fewer' : 'same';
}

/** Both traces' call paths merged into one tree, each node classed and shaded by how its count changed. */
export function diffGraph(a: Trace, b: Trace): DiffGraph {
  const tree = callPaths([a, b]);
  let maxChange = 0;
  for (const p of tree.paths)
    if (p.counts[0]! > 0 && p.counts[1]! > 0)
      maxChange = Math.max(maxChange, Math.abs(p.counts[1]! - p.counts[0]!));
  const nodes = tree.paths.map((p): DiffGraphNode => {
    const [countA = 0, countB = 0] = p.counts;
    const diffClass = classOf(countA, countB);
    const change = Math.abs(countB - countA);
    const intensity =
      diffClass === 'onlyA' || diffClass === 'onlyB' ? 1 : maxChange === 0 ? 0 : change / maxChange;
    return {
      id: pathNodeId(p.id),
      service: p.service,
      operation: p.operation,
      countA,
      countB,
      diffClass,
      intensity,
    };
  });
  const edges = tree.paths.flatMap((p) =>
    p.parent === null ? [] : [{ from: pathNodeId(p.parent), to: pathNodeId(p.id) }],
  );
  return { nodes, edges };
}
