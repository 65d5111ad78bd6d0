import type { KeyValue, Micros, RefType, Span, SpanId, TraceId } from '@spanstream/model';
import {
  binaryTag,
  boolTag,
  float64Tag,
  int64Tag,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
} from '@spanstream/model';

/** Traces built by the suite itself (not from Jaeger's fixtures), with IDs that no fixture uses. */
export interface SpanSpec {
  readonly traceId: TraceId;
  readonly spanId: number | bigint;
  readonly service: string;
  readonly operation?: string;
  readonly startTime: Micros;
  readonly duration?: number;
  readonly parent?: number | bigint;
  readonly refType?: RefType;
  readonly kind?: string;
  readonly tags?: readonly KeyValue[];
}

export function constructedTraceId(n: number): TraceId {
  // A high half no fixture uses, so constructed traces never collide with Jaeger's.
  return parseTraceId(`5a5a5a5a5a5a5a5a${n.toString(16).padStart(16, '0')}`)!;
}

export function spanIdOf(n: number | bigint): SpanId {
  return parseSpanId(n.toString(16))!;
}

/** A span with every kind of typed value (int64 beyond 2^53, binary, float), a log and process tags. */
export function constructedSpan(spec: SpanSpec): Span {
  const kindTags = spec.kind === undefined ? [] : [stringTag('span.kind', spec.kind)];
  return {
    traceId: spec.traceId,
    spanId: spanIdOf(spec.spanId),
    operationName: spec.operation ?? 'constructed-operation',
    references:
      spec.parent === undefined
        ? []
        : [{ refType: spec.refType ?? 'CHILD_OF', traceId: spec.traceId, spanId: spanIdOf(spec.parent) }],
    flags: 1,
    startTime: spec.startTime,
    duration: micros(spec.duration ?? 1000),
    tags: [
      ...kindTags,
      int64Tag('big.int', 9_007_199_254_740_993n),
      float64Tag('ratio', 0.25),
      boolTag('error', false),
      binaryTag('blob', new Uint8Array([0, 0, 0x30, 0x39])),
      ...(spec.tags ?? []),
    ],
    logs: [{ timestamp: spec.startTime, fields: [stringTag('event', 'constructed'), int64Tag('n', -7n)] }],
    process: { serviceName: spec.service, tags: [stringTag('hostname', 'conformance-host')] },
    warnings: [],
  };
}

export const HOUR_US = 3_600_000_000;
export const DAY_US = 24 * HOUR_US;

/**
 * A trace whose spans start 50 h, 26 h and 2 h before `now`: three different UTC dates (any two
 * instants 24 h apart fall on different dates), all inside a 72 h max span age.
 */
export function threeDayTrace(now: Micros): Span[] {
  const traceId = constructedTraceId(3);
  return [50, 26, 2].map((hoursAgo, i) =>
    constructedSpan({
      traceId,
      spanId: i + 1,
      service: `conformance-3day-${i}`,
      startTime: micros(now - hoursAgo * HOUR_US),
      ...(i > 0 ? { parent: i } : {}),
    }),
  );
}

/** Jaeger's GetLargeSpans case: 10,008 spans, IDs 1.., each starting one second after the last. */
export function largeTrace(now: Micros, count = 10_008): Span[] {
  const traceId = constructedTraceId(10);
  const start = now - 2 * DAY_US + HOUR_US;
  return Array.from({ length: count }, (_, i) =>
    constructedSpan({
      traceId,
      spanId: i + 1,
      service: 'conformance-large',
      operation: `large-op-${i % 7}`,
      startTime: micros(start + i * 1_000_000),
      ...(i > 0 ? { parent: 1 } : {}),
    }),
  );
}
