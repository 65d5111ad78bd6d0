import { selfTime } from './stats.ts';
import type { Trace } from './trace.ts';

/**
 * One unique call path: the chain of service+operation pairs from a root span down to here (Jaeger
 * UI's trace graph node). Spans on the same path, in one trace or in several, are merged.
 */
export interface CallPath {
  readonly id: number;
  /** The calling path; null for a root. */
  readonly parent: number | null;
  readonly service: string;
  readonly operation: string;
  /** 0 for a root path. */
  readonly depth: number;
  readonly children: number[];
  /** Spans on this path, over all inputs. */
  count: number;
  errors: number;
  /** Sum of the spans' durations (µs). */
  totalTime: number;
  /** Sum of the spans' self times: duration minus the time covered by children (µs). */
  selfTime: number;
  /** Spans on this path per input trace (same order as the input). */
  readonly counts: number[];
}

export interface CallPathTree {
  /** Indexed by CallPath.id; a parent always comes before its children. */
  readonly paths: CallPath[];
  readonly roots: number[];
  /** How many traces were merged. */
  readonly traces: number;
}

/**
 * Merges identical call paths of one or more traces. Paths are interned by (parent path, service,
 * operation), never as root-to-node strings, so a 10,000-deep chain stays linear in time and memory.
 */
export function callPaths(traces: readonly Trace[]): CallPathTree {
  const paths: CallPath[] = [];
  const roots: number[] = [];
  const index = new Map<string, number>();
  const intern = (parent: number | null, service: string, operation: string): CallPath => {
    const key = `${parent ?? ''}\u0000${service}\u0000${operation}`;
    const found = index.get(key);
    if (found !== undefined) return paths[found]!;
    const path: CallPath = {
      id: paths.length,
      parent,
      service,
      operation,
      depth: parent === null ? 0 : paths[parent]!.depth + 1,
      children: [],
      count: 0,
      errors: 0,
      totalTime: 0,
      selfTime: 0,
      counts: traces.map(() => 0),
    };
    paths.push(path);
    index.set(key, path.id);
    if (parent === null) roots.push(path.id);
    else paths[parent]!.children.push(path.id);
    return path;
  };
  traces.forEach((trace, t) => {
    const pathOf = new Map<string, number>();
    // `ordered` is depth-first: a parent's path is known before its children's.
    for (const span of trace.ordered) {
      const parent = span.parentID === null ? undefined : pathOf.get(span.parentID);
      const path = intern(parent ?? null, span.serviceName, span.operationName);
      pathOf.set(span.spanID, path.id);
      path.count++;
      path.counts[t]!++;
      if (span.hasError) path.errors++;
      path.totalTime += span.duration;
      path.selfTime += selfTime(span, trace);
    }
  });
  return { paths, roots, traces: traces.length };
}

/** The call path as `service: operation` steps from the root, for titles and tooltips. */
export function pathLabel(tree: CallPathTree, id: number): string {
  const steps: string[] = [];
  for (
    let p: CallPath | undefined = tree.paths[id];
    p;
    p = p.parent === null ? undefined : tree.paths[p.parent]
  )
    steps.push(`${p.service}: ${p.operation}`);
  return steps.reverse().join(' → ');
}
