import type { Trace } from './trace.ts';

export type DiffState = 'both' | 'onlyA' | 'onlyB';

export interface DiffNode {
  /** Root-to-node chain of `service::operation`, joined with ` > `. */
  key: string;
  service: string;
  operation: string;
  depth: number;
  countA: number;
  countB: number;
  state: DiffState;
}

export interface TraceDiff {
  nodes: DiffNode[];
  summary: Record<DiffState, { nodes: number; spans: number }>;
}

function countPaths(
  trace: Trace,
): Map<string, { service: string; operation: string; depth: number; count: number }> {
  const pathOf = new Map<string, string>();
  const out = new Map<string, { service: string; operation: string; depth: number; count: number }>();
  // `ordered` is depth-first, so a parent's path is known before its children's.
  for (const span of trace.ordered) {
    const label = `${span.serviceName}::${span.operationName}`;
    const parentPath = span.parentID === null ? undefined : pathOf.get(span.parentID);
    const path = parentPath === undefined ? label : `${parentPath} > ${label}`;
    pathOf.set(span.spanID, path);
    const entry = out.get(path);
    if (entry) entry.count++;
    else
      out.set(path, {
        service: span.serviceName,
        operation: span.operationName,
        depth: span.depth,
        count: 1,
      });
  }
  return out;
}

/**
 * Structural diff of two traces, as Jaeger UI's Trace Compare: spans are matched by their call path
 * (service/operation chain from the root), not by ID, so two runs of the same request line up.
 */
export function diffTraces(a: Trace, b: Trace): TraceDiff {
  const pa = countPaths(a);
  const pb = countPaths(b);
  const keys = [...new Set([...pa.keys(), ...pb.keys()])].sort();
  const summary: TraceDiff['summary'] = {
    both: { nodes: 0, spans: 0 },
    onlyA: { nodes: 0, spans: 0 },
    onlyB: { nodes: 0, spans: 0 },
  };
  const nodes = keys.map((key): DiffNode => {
    const ea = pa.get(key);
    const eb = pb.get(key);
    const base = (ea ?? eb)!;
    const countA = ea?.count ?? 0;
    const countB = eb?.count ?? 0;
    const state: DiffState = countA > 0 && countB > 0 ? 'both' : countA > 0 ? 'onlyA' : 'onlyB';
    summary[state].nodes++;
    summary[state].spans += countA + countB;
    return {
      key,
      service: base.service,
      operation: base.operation,
      depth: base.depth,
      countA,
      countB,
      state,
    };
  });
  return { nodes, summary };
}
