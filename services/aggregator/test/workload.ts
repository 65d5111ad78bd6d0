import {
  boolTag,
  deriveDependencies,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type DependencyLink,
  type Span,
  type SpanRef,
} from '@spanstream/model';

/** Spans of a 4-service workload and what the aggregator must find in them. */
export interface Workload {
  readonly spans: Span[];
  /** Cross-service calls, parent → child (spark-dependencies' derivation without same-service calls). */
  readonly edges: DependencyLink[];
}

interface Node {
  readonly id: number;
  readonly service: string;
  readonly operation: string;
  readonly kind: string;
  readonly parent?: number;
  readonly follows?: number;
  readonly durationMs: number;
  readonly error?: boolean;
}

/**
 * `traces` traces of frontend → api → {auth, db}, plus a db flush that FOLLOWS_FROM the auth check in
 * every fourth trace (a link edge). Durations vary per trace; every tenth db query fails.
 */
export function workload(traces: number, startMs: number, seed = 1): Workload {
  const spans: Span[] = [];
  for (let t = 0; t < traces; t++) {
    const spread = ((t * 7919 + seed * 104_729) % 97) + 1;
    const nodes: Node[] = [
      { id: 1, service: 'frontend', operation: 'GET /', kind: 'server', durationMs: 40 + spread },
      {
        id: 2,
        service: 'frontend',
        operation: 'call api',
        kind: 'client',
        parent: 1,
        durationMs: 30 + spread,
      },
      {
        id: 3,
        service: 'api',
        operation: 'GET /items',
        kind: 'server',
        parent: 2,
        durationMs: 25 + spread / 2,
      },
      { id: 4, service: 'auth', operation: 'check', kind: 'server', parent: 3, durationMs: 2 + (spread % 9) },
      {
        id: 5,
        service: 'db',
        operation: 'SELECT',
        kind: 'server',
        parent: 3,
        durationMs: 5 + (spread % 40),
        error: t % 10 === 3,
      },
    ];
    if (t % 4 === 0)
      nodes.push({
        id: 6,
        service: 'db',
        operation: 'flush',
        kind: 'server',
        follows: 4,
        durationMs: 1 + (spread % 5),
      });
    for (const node of nodes) spans.push(toSpan(t, seed, node, startMs + (t % 50) * 100));
  }
  const edges = deriveDependencies(spans, { rule: 'spark' }).filter((l) => l.parent !== l.child);
  return { spans, edges };
}

function toSpan(trace: number, seed: number, node: Node, startMs: number): Span {
  const traceId = parseTraceId(
    `${seed.toString(16).padStart(8, '0')}${trace.toString(16).padStart(24, '0')}`,
  )!;
  const id = (n: number) => parseSpanId(`${(trace + 1).toString(16)}${n.toString(16).padStart(4, '0')}`)!;
  const references: SpanRef[] = [];
  if (node.parent !== undefined) references.push({ refType: 'CHILD_OF', traceId, spanId: id(node.parent) });
  if (node.follows !== undefined)
    references.push({ refType: 'FOLLOWS_FROM', traceId, spanId: id(node.follows) });
  return {
    traceId,
    spanId: id(node.id),
    operationName: node.operation,
    references,
    flags: 1,
    startTime: micros(startMs * 1000),
    duration: micros(node.durationMs * 1000),
    tags: [stringTag('span.kind', node.kind), ...(node.error ? [boolTag('error', true)] : [])],
    logs: [],
    process: { serviceName: node.service, tags: [] },
    warnings: [],
  };
}

/** Edges sorted for comparison. */
export function sortedEdges(
  links: readonly DependencyLink[],
): { parent: string; child: string; callCount: number }[] {
  return links
    .map(({ parent, child, callCount }) => ({ parent, child, callCount }))
    .sort((a, b) => `${a.parent}>${a.child}`.localeCompare(`${b.parent}>${b.child}`));
}
