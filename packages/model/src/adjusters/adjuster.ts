import type { Span, Trace } from '../span.ts';

/**
 * A pure transformation of a trace read from storage, applied before it is
 * returned to a user (Jaeger's query-side adjusters). Adjusters never throw:
 * problems they find become span warnings, as in Jaeger.
 */
export type Adjuster = (trace: Trace) => Trace;

/** Runs adjusters left to right. */
export function composeAdjusters(adjusters: readonly Adjuster[]): Adjuster {
  return (trace) => adjusters.reduce((current, adjust) => adjust(current), trace);
}

/** Applies `fn` to every span, keeping the trace object when nothing changed. */
export function mapSpans(trace: Trace, fn: (span: Span) => Span): Trace {
  let changed = false;
  const spans = trace.spans.map((span) => {
    const next = fn(span);
    if (next !== span) changed = true;
    return next;
  });
  return changed ? { ...trace, spans } : trace;
}

export function withWarning(span: Span, warning: string): Span {
  return { ...span, warnings: [...span.warnings, warning] };
}
