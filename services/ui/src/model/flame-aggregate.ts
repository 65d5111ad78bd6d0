import type { CallPath, CallPathTree } from './call-paths.ts';

/**
 * What a box's width stands for: the path's total time (sum of its spans' durations), or its
 * inclusive self time (its spans' self time plus that of every path below it).
 */
export type FlameMeasure = 'total' | 'self';

export interface FlameBox {
  readonly path: CallPath;
  /** Left edge and width in the measure's unit (µs), from 0 to `FlameLayout.extent`. */
  readonly x: number;
  readonly width: number;
  /** The path's depth: 0 = top row. */
  readonly row: number;
  /** The measured value; larger than `width` when concurrent callees were squeezed into their caller. */
  readonly value: number;
}

export interface FlameLayout {
  /** Parents before children. */
  readonly boxes: FlameBox[];
  /** Sum of the roots' values: the full width. */
  readonly extent: number;
  readonly rows: number;
}

function values(tree: CallPathTree, measure: FlameMeasure): number[] {
  const out: number[] = tree.paths.map((p) => (measure === 'total' ? p.totalTime : p.selfTime));
  // Inclusive self time: children come after their parent, so a reverse pass sums bottom-up.
  if (measure === 'self')
    for (let i = tree.paths.length - 1; i >= 0; i--) {
      const p = tree.paths[i]!;
      if (p.parent !== null) out[p.parent]! += out[i]!;
    }
  return out;
}

/**
 * Flame graph (icicle) of merged call paths: each path once, as wide as its measure, callees inside
 * their caller from the widest. With the total-time measure, callees that ran concurrently can add up
 * to more than their caller: they are then scaled down together to fit (their `value` keeps the real
 * figure), so a box never sticks out of its caller. Linear after one sort of each path's callees.
 */
export function layoutAggregatedFlame(tree: CallPathTree, measure: FlameMeasure): FlameLayout {
  const value = values(tree, measure);
  const boxes: FlameBox[] = [];
  let rows = 0;
  const place = (ids: readonly number[], x0: number, room: number | null): void => {
    const sorted = [...ids].sort((a, b) => value[b]! - value[a]! || a - b);
    const sum = sorted.reduce((n, id) => n + value[id]!, 0);
    const scale = room !== null && sum > room && sum > 0 ? room / sum : 1;
    let x = x0;
    for (const id of sorted) {
      const path = tree.paths[id]!;
      const width = value[id]! * scale;
      boxes.push({ path, x, width, row: path.depth, value: value[id]! });
      rows = Math.max(rows, path.depth + 1);
      x += width;
    }
  };
  place(tree.roots, 0, null);
  // Boxes grow while we walk them: each placed box places its callees.
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    if (box.path.children.length > 0) place(box.path.children, box.x, box.width);
  }
  const extent = tree.roots.reduce((n, id) => n + value[id]!, 0);
  return { boxes, extent, rows };
}
