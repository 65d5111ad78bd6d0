import type { Span, Trace } from './trace.ts';
import { formatTagValue } from './format.ts';

/** Rows left visible when the `collapsed` spans hide their subtrees; one linear pass over DFS order. */
export function visibleSpans(ordered: readonly Span[], collapsed: ReadonlySet<string>): Span[] {
  if (collapsed.size === 0) return ordered as Span[];
  const out: Span[] = [];
  let hideDeeperThan = Number.POSITIVE_INFINITY;
  for (const span of ordered) {
    if (span.depth > hideDeeperThan) continue;
    hideDeeperThan = collapsed.has(span.spanID) ? span.depth : Number.POSITIVE_INFINITY;
    out.push(span);
  }
  return out;
}

/** Spans matching the in-trace search: ID, service, operation, tag/process key=value, log fields. */
export function findSpans(trace: Trace, text: string): Set<string> {
  const needle = text.trim().toLowerCase();
  const found = new Set<string>();
  if (needle === '') return found;
  const terms = needle.split(/\s+/);
  for (const span of trace.spans) {
    const hay = [
      span.spanID,
      span.serviceName,
      span.operationName,
      ...span.tags.map((t) => `${t.key}=${formatTagValue(t.value)}`),
      ...(span.process.tags ?? []).map((t) => `${t.key}=${formatTagValue(t.value)}`),
      ...span.logs.flatMap((l) => l.fields.map((f) => `${f.key}=${formatTagValue(f.value)}`)),
    ]
      .join('\n')
      .toLowerCase();
    if (terms.every((t) => hay.includes(t))) found.add(span.spanID);
  }
  return found;
}

/** Every span with children: what "collapse all" collapses. */
export function parentIDs(trace: Trace): Set<string> {
  return new Set(trace.spans.filter((s) => s.childIDs.length > 0).map((s) => s.spanID));
}

/** Ancestors of a span, so revealing it can un-collapse the path to it. */
export function ancestorIDs(trace: Trace, spanID: string): string[] {
  const out: string[] = [];
  let cur = trace.byID.get(spanID)?.parentID ?? null;
  while (cur !== null && !out.includes(cur)) {
    out.push(cur);
    cur = trace.byID.get(cur)?.parentID ?? null;
  }
  return out;
}
