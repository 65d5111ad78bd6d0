import type { KeyValue, Span } from '@spanstream/model';
import { tagValueAsString } from '@spanstream/model';

/** A tag in comparable form: its type kept, its value as Jaeger renders it (binary as hex). */
export interface NormalTag {
  readonly key: string;
  readonly type: KeyValue['type'];
  readonly value: string;
}

/** A span in canonical form: every list in a deterministic order, binary values as hex. */
export interface NormalSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly operationName: string;
  readonly references: readonly { refType: string; traceId: string; spanId: string; tags: NormalTag[] }[];
  readonly flags: number;
  readonly startTime: number;
  readonly duration: number;
  readonly tags: readonly NormalTag[];
  readonly logs: readonly { timestamp: number; fields: NormalTag[] }[];
  readonly process: { readonly serviceName: string; readonly tags: readonly NormalTag[] };
  readonly warnings: readonly string[];
}

/**
 * Canonical, order-independent form of a trace's spans, for exact comparison: the order of spans,
 * tags, log fields and references is not part of any backend's contract, their content is.
 * Identical spans (a redelivered span) count once, as every store must keep them once.
 */
export function normalizeSpans(spans: Iterable<Span>): NormalSpan[] {
  const byKey = new Map<string, NormalSpan>();
  for (const span of spans) {
    const normal = normalizeSpan(span);
    byKey.set(JSON.stringify(normal), normal);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, span]) => span);
}

export function normalizeSpan(span: Span): NormalSpan {
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    operationName: span.operationName,
    references: sortByJson(
      span.references.map((ref) => ({
        refType: ref.refType,
        traceId: ref.traceId,
        spanId: ref.spanId,
        tags: normalizeTags(ref.tags ?? []),
      })),
    ),
    flags: span.flags,
    startTime: span.startTime,
    duration: span.duration,
    tags: normalizeTags(span.tags),
    logs: sortByJson(
      span.logs.map((log) => ({ timestamp: log.timestamp, fields: normalizeTags(log.fields) })),
    ),
    process: { serviceName: span.process.serviceName, tags: normalizeTags(span.process.tags) },
    warnings: [...span.warnings].sort(),
  };
}

function normalizeTags(tags: readonly KeyValue[]): NormalTag[] {
  return sortByJson(tags.map((tag) => ({ key: tag.key, type: tag.type, value: tagValueAsString(tag) })));
}

function sortByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}
