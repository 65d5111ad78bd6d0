import type { Span } from '@spanstream/model';
import type { SpanKindName } from '@spanstream/metrics-store';

/** The few fields of a span the aggregator uses: identity, references, service, and RED inputs. */
export interface SpanFacts {
  readonly traceId: string;
  readonly spanId: string;
  /** Span IDs this span references within its own trace (CHILD_OF and FOLLOWS_FROM, links included). */
  readonly parentIds: readonly string[];
  readonly service: string;
  readonly operation: string;
  readonly kind: SpanKindName;
  readonly startMs: number;
  readonly durationMs: number;
  readonly error: boolean;
}

const KINDS: Readonly<Record<string, SpanKindName>> = {
  server: 'SPAN_KIND_SERVER',
  client: 'SPAN_KIND_CLIENT',
  producer: 'SPAN_KIND_PRODUCER',
  consumer: 'SPAN_KIND_CONSUMER',
  internal: 'SPAN_KIND_INTERNAL',
};

/**
 * Facts of a decoded span. Error as Jaeger's OTLP translator reads it: an `error` tag that is true (bool
 * or "true"), or `otel.status_code` = ERROR. No `span.kind` tag = SPAN_KIND_UNSPECIFIED.
 */
export function spanFacts(span: Span): SpanFacts {
  let kind: SpanKindName = 'SPAN_KIND_UNSPECIFIED';
  let error = false;
  // One pass over the tags (the hot path: no findTag per key).
  for (const tag of span.tags) {
    if (tag.key === 'span.kind') {
      if (tag.type === 'string') kind = KINDS[tag.value] ?? kind;
    } else if (tag.key === 'error') {
      error ||= (tag.type === 'bool' && tag.value) || (tag.type === 'string' && tag.value === 'true');
    } else if (tag.key === 'otel.status_code') {
      error ||= tag.type === 'string' && tag.value.toUpperCase() === 'ERROR';
    }
  }
  const parentIds: string[] = [];
  for (const ref of span.references) if (ref.traceId === span.traceId) parentIds.push(ref.spanId);
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentIds,
    service: span.process.serviceName,
    operation: span.operationName,
    kind,
    startMs: span.startTime / 1000,
    durationMs: span.duration / 1000,
    error,
  };
}
