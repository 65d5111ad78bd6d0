import type { KeyValue, Span } from '@spanstream/model';
import { tagValueAsString } from '@spanstream/model';
import type { TraceQuery } from './query.ts';
import { compileValueMatcher, type ValueMatcher } from './tag-matcher.ts';

/** A span predicate compiled once per search (tag regexps are built once, not per span). */
export type SpanPredicate = (span: Span) => boolean;

/**
 * Jaeger's per-span search semantics: every condition must hold for one and the same span.
 * A searched tag matches a span tag, a process tag, a log field or (Spanstream keeps OTLP link
 * attributes) a reference tag of that span. Bounds are inclusive; a zero/absent bound is no bound.
 * The service is checked by the caller through its index.
 */
export function compileSpanPredicate(query: TraceQuery): SpanPredicate {
  const { operationName, durationMin, durationMax, startTimeMin, startTimeMax } = query;
  const tags: [string, ValueMatcher][] = Object.entries(query.tags).map(([key, value]) => [
    key,
    compileValueMatcher(value),
  ]);
  return (span) => {
    if (operationName && span.operationName !== operationName) return false;
    if (durationMin && span.duration < durationMin) return false;
    if (durationMax && span.duration > durationMax) return false;
    if (startTimeMin && span.startTime < startTimeMin) return false;
    if (startTimeMax && span.startTime > startTimeMax) return false;
    for (const [key, matches] of tags) if (!spanHasTag(span, key, matches)) return false;
    return true;
  };
}

function spanHasTag(span: Span, key: string, matches: ValueMatcher): boolean {
  const hit = (kvs: readonly KeyValue[] | undefined): boolean =>
    kvs !== undefined && kvs.some((kv) => kv.key === key && matches(tagValueAsString(kv)));
  return (
    hit(span.tags) ||
    hit(span.process.tags) ||
    span.logs.some((log) => hit(log.fields)) ||
    span.references.some((ref) => hit(ref.tags))
  );
}
