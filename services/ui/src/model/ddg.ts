import type { DependencyLink, RawSpan, RawTrace } from '../api/types.ts';

/** A service, or one of its operations where the source knows them (traces of a search). */
export interface DdgEntity {
  readonly service: string;
  readonly operation?: string;
}

/** A call between two entities, with how many calls were seen. */
export interface DdgEdge {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** The graph the deep dependency view walks: entities by key, directed edges between keys. */
export interface DdgSource {
  readonly entities: ReadonlyMap<string, DdgEntity>;
  readonly edges: readonly DdgEdge[];
}

export type DdgDirection = 'both' | 'upstream' | 'downstream';

export interface DdgFocus {
  readonly service: string;
  /** Only this operation of the service is focal; every operation of it when undefined. */
  readonly operation?: string | undefined;
  /** Hops to walk against the call direction (callers of callers …). */
  readonly upstream: number;
  /** Hops to walk with the call direction (callees of callees …). */
  readonly downstream: number;
  readonly direction: DdgDirection;
  /** Services left out: the walk does not pass through them. */
  readonly hidden: ReadonlySet<string>;
}

export interface DdgNode extends DdgEntity {
  readonly key: string;
  /** 0 for focal nodes, -n n hops upstream, +n n hops downstream (the nearer side wins). */
  readonly distance: number;
}

export interface DdgView {
  readonly nodes: readonly DdgNode[];
  readonly edges: readonly DdgEdge[];
  /** How far the walk could go each way with no hop limit: the choices of the hop selectors. */
  readonly maxUpstream: number;
  readonly maxDownstream: number;
}

const SEP = '\u0000';

function entityKey(e: DdgEntity): string {
  return e.operation === undefined ? e.service : `${e.service}${SEP}${e.operation}`;
}

/** Service-level source from `/api/dependencies`: one entity per service. */
export function ddgFromDependencies(links: readonly DependencyLink[]): DdgSource {
  const entities = new Map<string, DdgEntity>();
  for (const l of links) {
    entities.set(l.parent, { service: l.parent });
    entities.set(l.child, { service: l.child });
  }
  return { entities, edges: links.map((l) => ({ from: l.parent, to: l.child, count: l.callCount })) };
}

/**
 * Operation-level source from traces (Jaeger UI builds its DDG from search results the same way). A hop
 * is a span whose parent belongs to another service: from the caller's *entry* operation (the span
 * by which the request entered the caller's service) to the callee span's operation. In-process child
 * spans are not hops, so a service's client spans do not split it into several unconnected nodes.
 */
export function ddgFromTraces(traces: readonly RawTrace[]): DdgSource {
  const entities = new Map<string, DdgEntity>();
  const counts = new Map<string, number>();
  for (const trace of traces) {
    const byId = new Map(trace.spans.map((s) => [s.spanID, s]));
    const serviceOf = (processID: string): string => trace.processes[processID]?.serviceName ?? processID;
    const parentOf = (spanID: string): RawSpan | undefined => {
      const span = byId.get(spanID)!;
      const ref = span.references?.find((r) => r.refType === 'CHILD_OF') ?? span.references?.[0];
      const parentID = ref?.spanID ?? span.parentSpanID;
      return parentID === undefined ? undefined : byId.get(parentID);
    };
    // Entry span of each span's service on its path, memoized (traces may be deep).
    const entry = new Map<string, string>();
    const entryOf = (spanID: string): string => {
      const chain: string[] = [];
      let id: string | undefined = spanID;
      while (id !== undefined && !entry.has(id)) {
        chain.push(id);
        const span: RawSpan = byId.get(id)!;
        const parent = parentOf(id);
        id =
          parent !== undefined && serviceOf(parent.processID) === serviceOf(span.processID)
            ? parent.spanID
            : undefined;
      }
      const top = id === undefined ? chain[chain.length - 1]! : entry.get(id)!;
      for (const c of chain) entry.set(c, top);
      return top;
    };
    for (const span of trace.spans) {
      const parent = parentOf(span.spanID);
      if (parent === undefined) continue;
      const callee = serviceOf(span.processID);
      const caller = serviceOf(parent.processID);
      if (callee === caller) continue;
      const from: DdgEntity = { service: caller, operation: byId.get(entryOf(parent.spanID))!.operationName };
      const to: DdgEntity = { service: callee, operation: span.operationName };
      entities.set(entityKey(from), from);
      entities.set(entityKey(to), to);
      const edge = `${entityKey(from)}${SEP}${SEP}${entityKey(to)}`;
      counts.set(edge, (counts.get(edge) ?? 0) + 1);
    }
  }
  const edges = [...counts].map(([k, count]) => {
    const [from, to] = k.split(`${SEP}${SEP}`) as [string, string];
    return { from, to, count };
  });
  return { entities, edges };
}

/** Breadth-first walk from `start` along `next`, at most `limit` hops: distances and the edges used. */
function walk(
  start: readonly string[],
  next: (key: string) => readonly DdgEdge[],
  target: (e: DdgEdge) => string,
  limit: number,
): { distance: Map<string, number>; edges: DdgEdge[] } {
  const distance = new Map(start.map((k) => [k, 0]));
  const edges: DdgEdge[] = [];
  let frontier = [...start];
  for (let hop = 1; hop <= limit && frontier.length > 0; hop++) {
    const reached: string[] = [];
    for (const key of frontier) {
      for (const e of next(key)) {
        edges.push(e);
        const t = target(e);
        if (distance.has(t)) continue;
        distance.set(t, hop);
        reached.push(t);
      }
    }
    frontier = reached;
  }
  return { distance, edges };
}

/** The focal entities, their upstream and downstream neighbourhoods within the hop limits. */
export function deepDependencies(source: DdgSource, focus: DdgFocus): DdgView {
  const visible = (key: string): boolean => !focus.hidden.has(source.entities.get(key)?.service ?? '');
  const edges = source.edges.filter((e) => e.from !== e.to && visible(e.from) && visible(e.to));
  const out = new Map<string, DdgEdge[]>();
  const into = new Map<string, DdgEdge[]>();
  for (const e of edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e]);
    into.set(e.to, [...(into.get(e.to) ?? []), e]);
  }
  const focal = [...source.entities]
    .filter(([, e]) => e.service === focus.service)
    .filter(([, e]) => focus.operation === undefined || e.operation === focus.operation)
    .map(([k]) => k);
  const downNext = (k: string): readonly DdgEdge[] => out.get(k) ?? [];
  const upNext = (k: string): readonly DdgEdge[] => into.get(k) ?? [];
  const depth = (d: Map<string, number>): number => Math.max(0, ...d.values());
  const maxDownstream = depth(walk(focal, downNext, (e) => e.to, Infinity).distance);
  const maxUpstream = depth(walk(focal, upNext, (e) => e.from, Infinity).distance);
  const downLimit = focus.direction === 'upstream' ? 0 : focus.downstream;
  const upLimit = focus.direction === 'downstream' ? 0 : focus.upstream;
  const down = walk(focal, downNext, (e) => e.to, downLimit);
  const up = walk(focal, upNext, (e) => e.from, upLimit);
  const distance = new Map<string, number>();
  for (const [k, d] of up.distance) distance.set(k, d === 0 ? 0 : -d);
  for (const [k, d] of down.distance) if (!distance.has(k) || d < -distance.get(k)!) distance.set(k, d);
  const nodes = [...distance].map(([key, d]) => ({ key, distance: d, ...source.entities.get(key)! }));
  const used = [...new Set([...down.edges, ...up.edges])].filter(
    (e) => distance.has(e.from) && distance.has(e.to),
  );
  return { nodes, edges: used, maxUpstream, maxDownstream };
}
