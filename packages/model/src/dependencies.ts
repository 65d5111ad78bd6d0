import type { DependencyLink } from './dependency.ts';
import { findTag, tagValueAsString } from './key-value.ts';
import type { Span, Trace } from './span.ts';
import { parentSpanId } from './span.ts';

/**
 * Which of Jaeger's two derivations to follow.
 * - `memory`: Jaeger's memory store (`plugin/storage/memory`, computed on demand). After the
 *   Zipkin span-ID dedupe, each span whose parent span (first same-trace CHILD_OF, else
 *   FOLLOWS_FROM reference) is in the trace counts one call parent.service → span.service;
 *   calls within one service are left out.
 * - `spark`: jaegertracing/spark-dependencies (the batch job behind ES/Cassandra). Every
 *   reference of a span to a span present in the trace counts, whatever its type, and calls
 *   within one service are kept; Zipkin shared spans link client → server; a leaf span with a
 *   `peer.service` tag adds a call to that uninstrumented service.
 */
export type DependencyRule = 'memory' | 'spark';

export interface DeriveDependenciesOptions {
  readonly rule?: DependencyRule;
  /** Jaeger's `DependencyLink.source`; left out of the links when not given (as the memory store does). */
  readonly source?: string;
  /** Tag naming an uninstrumented callee (spark rule only); spark-dependencies' default. */
  readonly uninstrumentedKey?: string;
}

/**
 * Service → service call counts of the given spans (grouped by trace ID) or traces, summed
 * over all traces, sorted by parent then child.
 */
export function deriveDependencies(
  input: Iterable<Span | Trace>,
  options: DeriveDependenciesOptions = {},
): DependencyLink[] {
  const counts = new Map<string, { parent: string; child: string; callCount: number }>();
  const add = (parent: string, child: string): void => {
    const key = `${parent}\u0000${child}`;
    const link = counts.get(key);
    if (link) link.callCount++;
    else counts.set(key, { parent, child, callCount: 1 });
  };
  const derive = options.rule === 'spark' ? sparkTraceLinks : memoryTraceLinks;
  for (const spans of groupTraces(input)) derive(spans, add, options.uninstrumentedKey ?? 'peer.service');
  const links = [...counts.values()].sort(
    (a, b) => compareStrings(a.parent, b.parent) || compareStrings(a.child, b.child),
  );
  const { source } = options;
  return source === undefined ? links : links.map((link) => ({ ...link, source }));
}

type AddLink = (parent: string, child: string) => void;

function groupTraces(input: Iterable<Span | Trace>): Iterable<readonly Span[]> {
  const byTrace = new Map<string, Span[]>();
  const traces: (readonly Span[])[] = [];
  for (const item of input) {
    if ('spans' in item) {
      traces.push(item.spans);
      continue;
    }
    const spans = byTrace.get(item.traceId);
    if (spans) spans.push(item);
    else byTrace.set(item.traceId, [item]);
  }
  return [...traces, ...byTrace.values()];
}

function spanKind(span: Span): string {
  const tag = findTag(span.tags, 'span.kind');
  return tag ? tagValueAsString(tag) : '';
}

/**
 * Jaeger's memory rule. The SpanIDDeduper is applied without mutating spans: a server span that
 * shares its ID with a client span (Zipkin style) becomes that client's child, and spans whose
 * parent was the shared ID become children of the server span.
 */
function memoryTraceLinks(spans: readonly Span[], add: AddLink): void {
  const clientIds = new Set<string>();
  for (const span of spans) if (spanKind(span) === 'client') clientIds.add(span.spanId);
  const isRenamedServer = (span: Span): boolean => spanKind(span) === 'server' && clientIds.has(span.spanId);

  // Keys: a span ID, or `<id>/server` for a renamed server span. The first span wins, as findSpan.
  const byKey = new Map<string, Span>();
  const renamed = new Set<string>();
  for (const span of spans) {
    const key = isRenamedServer(span) ? `${span.spanId}/server` : span.spanId;
    if (key !== span.spanId) renamed.add(span.spanId);
    if (!byKey.has(key)) byKey.set(key, span);
  }

  for (const span of spans) {
    let parentKey: string | undefined;
    if (isRenamedServer(span)) parentKey = span.spanId;
    else {
      const parentId = parentSpanId(span);
      parentKey = parentId !== undefined && renamed.has(parentId) ? `${parentId}/server` : parentId;
    }
    const parent = parentKey === undefined ? undefined : byKey.get(parentKey);
    if (!parent || parent.process.serviceName === span.process.serviceName) continue;
    add(parent.process.serviceName, span.process.serviceName);
  }
}

/** spark-dependencies' SpansToDependencyLinks, per trace. */
function sparkTraceLinks(spans: readonly Span[], add: AddLink, uninstrumentedKey: string): void {
  const byId = new Map<string, Span[]>();
  const referenced = new Set<string>();
  for (const span of spans) {
    for (const ref of span.references) referenced.add(ref.spanId);
    const shared = byId.get(span.spanId);
    if (shared) shared.push(span);
    else byId.set(span.spanId, [span]);
  }

  // Zipkin shared spans: one client and one server span under the same ID.
  for (const shared of byId.values()) {
    const client = shared.find((span) => spanKind(span) === 'client');
    const server = shared.find((span) => spanKind(span) === 'server');
    if (shared.length > 1 && client && server) add(client.process.serviceName, server.process.serviceName);
  }

  for (const span of spans) {
    if (span.references.length === 0) continue;
    // A shared non-client span is linked through its client half, above.
    if ((byId.get(span.spanId)?.length ?? 0) > 1 && spanKind(span) !== 'client') continue;
    for (const ref of span.references) {
      const parents = byId.get(ref.spanId);
      if (!parents) continue;
      const parent = parents.length > 1 ? parents.find((p) => spanKind(p) === 'server') : parents[0];
      if (parent) add(parent.process.serviceName, span.process.serviceName);
    }
    if (!referenced.has(span.spanId)) {
      const peer = findTag(span.tags, uninstrumentedKey);
      if (peer) add(span.process.serviceName, tagValueAsString(peer));
    }
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
