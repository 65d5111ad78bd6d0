import type { SpanId, TraceId } from './ids.ts';
import type { KeyValue } from './key-value.ts';
import type { Micros } from './time.ts';

export type RefType = 'CHILD_OF' | 'FOLLOWS_FROM';

export interface SpanRef {
  readonly refType: RefType;
  readonly traceId: TraceId;
  readonly spanId: SpanId;
  /**
   * Attributes of an OTLP link (plus its trace state and dropped count, as tags).
   * Jaeger's api_v2 model has no place for them; Spanstream keeps them so OTLP
   * round-trips, and the Jaeger encodings leave them out (see docs).
   */
  readonly tags?: readonly KeyValue[];
}

export interface Log {
  readonly timestamp: Micros;
  readonly fields: readonly KeyValue[];
}

export interface Process {
  readonly serviceName: string;
  readonly tags: readonly KeyValue[];
}

/** Jaeger's span, self-contained (it carries its process). */
export interface Span {
  readonly traceId: TraceId;
  readonly spanId: SpanId;
  readonly operationName: string;
  readonly references: readonly SpanRef[];
  /** Jaeger flags: 1 = sampled, 2 = debug, 4 = firehose. */
  readonly flags: number;
  readonly startTime: Micros;
  readonly duration: Micros;
  readonly tags: readonly KeyValue[];
  readonly logs: readonly Log[];
  readonly process: Process;
  readonly warnings: readonly string[];
}

export interface Trace {
  readonly spans: readonly Span[];
  readonly warnings: readonly string[];
}

export const FLAG_SAMPLED = 1;
export const FLAG_DEBUG = 2;

/** The parent span ID: the first CHILD_OF reference within the same trace, else the first reference of the trace. */
export function parentSpanId(span: Span): SpanId | undefined {
  let fallback: SpanId | undefined;
  for (const ref of span.references) {
    if (ref.traceId !== span.traceId) continue;
    if (ref.refType === 'CHILD_OF') return ref.spanId;
    fallback ??= ref.spanId;
  }
  return fallback;
}

/** Deterministic order used when comparing traces: by start time, then span ID. */
export function compareSpans(a: Span, b: Span): number {
  if (a.startTime !== b.startTime) return a.startTime - b.startTime;
  return a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}
