import type { Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';

/**
 * Jaeger UI takes a span's first reference as its parent, so (as Jaeger's
 * ParentReference adjuster) the first same-trace CHILD_OF reference, or else the
 * first same-trace reference, is moved to the front.
 */
export function parentReferenceAdjuster(trace: Trace): Trace {
  return mapSpans(trace, (span) => {
    const refs = span.references;
    let index = refs.findIndex((ref) => ref.traceId === span.traceId && ref.refType === 'CHILD_OF');
    if (index < 0) index = refs.findIndex((ref) => ref.traceId === span.traceId);
    if (index <= 0) return span;
    const reordered = [...refs];
    [reordered[0], reordered[index]] = [reordered[index]!, reordered[0]!];
    return { ...span, references: reordered };
  });
}
