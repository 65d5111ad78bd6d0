import type { Micros } from '@spanstream/model';

/** Jaeger's span kinds as used by GetOperations; '' means any. */
export type SpanKind = '' | 'server' | 'client' | 'producer' | 'consumer' | 'internal' | 'unspecified';

/**
 * A trace search, Jaeger's TraceQueryParameters. Tag values are strings (the v1
 * form): a tag matches a span tag, a log field or a process tag whose value,
 * rendered as a string, equals it. Backends that support it (Elasticsearch, and
 * memory for parity) also accept a tag value as an anchored regular expression.
 */
export interface TraceQuery {
  readonly serviceName: string;
  readonly operationName?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly startTimeMin: Micros;
  readonly startTimeMax: Micros;
  readonly durationMin?: Micros;
  readonly durationMax?: Micros;
  /** Maximum number of traces to return (Jaeger's limit; default 20 at the API). */
  readonly numTraces: number;
}

export interface Operation {
  readonly name: string;
  /** '' when unknown. */
  readonly spanKind: SpanKind;
}

export interface OperationQuery {
  readonly serviceName: string;
  readonly spanKind?: SpanKind;
}

/** Optional time hints for trace-by-ID (Jaeger's `start`/`end` query params), narrowing index scans. */
export interface GetTraceOptions {
  readonly startTime?: Micros;
  readonly endTime?: Micros;
}
