import type { KeyValue } from '../key-value.ts';
import { tagValueAsString } from '../key-value.ts';
import type { Span, Trace } from '../span.ts';
import { sortByKey } from './sort-tags.ts';

/**
 * Removes exact duplicate spans, keeping the first (Jaeger's DedupeBySpanHash:
 * at-least-once delivery and archive copies store a span twice). Two spans are
 * duplicates when every field is equal, tags compared regardless of order.
 * Spans that only share an ID are kept: the Zipkin uniquifier handles those.
 */
export function dedupeBySpanHash(trace: Trace): Trace {
  // Copies share their span ID: only spans whose ID repeats need the (costly) full comparison.
  const idCounts = new Map<string, number>();
  for (const span of trace.spans) idCounts.set(span.spanId, (idCounts.get(span.spanId) ?? 0) + 1);
  if (idCounts.size === trace.spans.length) return trace;
  const seen = new Set<string>();
  const spans: Span[] = [];
  for (const span of trace.spans) {
    if (idCounts.get(span.spanId) === 1) {
      spans.push(span);
      continue;
    }
    const key = spanKey(span);
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(span);
  }
  return spans.length === trace.spans.length ? trace : { ...trace, spans };
}

/** A canonical text form of the whole span; equal spans give equal keys. */
export function spanKey(span: Span): string {
  const parts: unknown[] = [
    span.traceId,
    span.spanId,
    span.operationName,
    span.flags,
    span.startTime,
    span.duration,
    span.references.map((ref) => [ref.refType, ref.traceId, ref.spanId, tagsKey(ref.tags ?? [])]),
    tagsKey(span.tags),
    span.logs.map((log) => [log.timestamp, tagsKey(log.fields)]),
    span.process.serviceName,
    tagsKey(span.process.tags),
    span.warnings,
  ];
  return JSON.stringify(parts);
}

function tagsKey(tags: readonly KeyValue[]): string[] {
  return sortByKey(tags).map((tag) => `${tag.key}\u0000${tag.type}\u0000${tagValueAsString(tag)}`);
}
