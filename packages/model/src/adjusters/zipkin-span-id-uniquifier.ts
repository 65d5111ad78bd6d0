import type { SpanId } from '../ids.ts';
import type { Span, Trace } from '../span.ts';
import { parentSpanId } from '../span.ts';
import { withWarning } from './adjuster.ts';
import { replaceParentId } from './parent-id.ts';
import { spanKindOf } from './span-kind.ts';

const MAX_SPAN_ID = (1n << 64n) - 1n;
export const WARNING_TOO_MANY_SPANS = 'cannot assign unique span ID, too many spans in the trace';

/**
 * Zipkin-style clients reuse one span ID for the client and the server side of
 * an RPC. Jaeger UI needs unique IDs, so (as Jaeger's ZipkinSpanIDUniquifier)
 * every server span sharing its ID with a client span gets a fresh ID, becomes
 * a child of the shared ID, and its children are re-pointed at the new ID.
 */
export function zipkinSpanIdUniquifier(trace: Trace): Trace {
  const byId = new Map<SpanId, Span[]>();
  for (const span of trace.spans) {
    const group = byId.get(span.spanId);
    if (group === undefined) byId.set(span.spanId, [span]);
    else group.push(span);
  }
  const sharedWithClient = (id: SpanId): boolean =>
    (byId.get(id) ?? []).some((span) => spanKindOf(span) === 'client');

  let maxUsed = 0n;
  const nextFreeId = (): SpanId | undefined => {
    for (let id = maxUsed + 1n; id < MAX_SPAN_ID; id++) {
      const hex = id.toString(16).padStart(16, '0') as SpanId;
      if (!byId.has(hex)) {
        maxUsed = id;
        return hex;
      }
    }
    return undefined;
  };

  const oldToNew = new Map<SpanId, SpanId>();
  const renamed = trace.spans.map((span) => {
    if (spanKindOf(span) !== 'server' || !sharedWithClient(span.spanId)) return span;
    const newId = nextFreeId();
    if (newId === undefined) return withWarning(span, WARNING_TOO_MANY_SPANS);
    oldToNew.set(span.spanId, newId);
    // The previously shared ID (the client span) becomes the server span's parent.
    return { ...span, spanId: newId, references: replaceParentId(span, span.spanId) };
  });
  if (oldToNew.size === 0) return trace;

  const spans = renamed.map((span) => {
    const parent = parentSpanId(span);
    const newParent = parent === undefined ? undefined : oldToNew.get(parent);
    if (newParent === undefined || newParent === span.spanId) return span;
    return { ...span, references: replaceParentId(span, newParent) };
  });
  return { ...trace, spans };
}
