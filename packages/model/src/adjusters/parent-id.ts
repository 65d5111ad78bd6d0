import type { SpanId } from '../ids.ts';
import type { Span, SpanRef } from '../span.ts';
import { parentSpanId } from '../span.ts';

/**
 * Points the span's parent reference at `newParent` (Jaeger's Span.ReplaceParentID):
 * rewrites the current parent reference, or prepends a CHILD_OF reference when
 * the span had none.
 */
export function replaceParentId(span: Span, newParent: SpanId): SpanRef[] {
  const oldParent = parentSpanId(span);
  const refs = [...span.references];
  const index = refs.findIndex((ref) => ref.spanId === oldParent && ref.traceId === span.traceId);
  const existing = index >= 0 ? refs[index] : undefined;
  if (existing !== undefined) {
    refs[index] = { ...existing, spanId: newParent };
    return refs;
  }
  if (refs.some((ref) => ref.spanId === newParent && ref.traceId === span.traceId)) return refs;
  return [{ refType: 'CHILD_OF', traceId: span.traceId, spanId: newParent }, ...refs];
}
