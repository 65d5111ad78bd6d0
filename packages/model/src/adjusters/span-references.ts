import type { SpanRef, Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';

const ZERO_ID = /^0*$/;

/** Jaeger's SpanReferences adjuster: drops references whose trace ID is zero, with a span warning. */
export function spanReferencesAdjuster(trace: Trace): Trace {
  return mapSpans(trace, (span) => {
    if (!span.references.some(isInvalid)) return span;
    const warnings = [...span.warnings];
    const references: SpanRef[] = [];
    for (const ref of span.references) {
      if (!isInvalid(ref)) {
        references.push(ref);
        continue;
      }
      // Mirrors the text of Go's `%+v` on Jaeger's SpanRef.
      warnings.push(
        `Invalid span reference removed {TraceID:${shortTraceId(ref.traceId)} SpanID:${ref.spanId} RefType:${ref.refType}}`,
      );
    }
    return { ...span, references, warnings };
  });
}

function isInvalid(ref: SpanRef): boolean {
  return ZERO_ID.test(ref.traceId);
}

/** Jaeger prints 64-bit trace IDs as 16 hex chars. */
function shortTraceId(id: string): string {
  const padded = id.padStart(32, '0');
  return padded.startsWith('0000000000000000') ? padded.slice(16) : padded;
}
