// Jaeger UI JSON model (Jaeger `model/json`), as served by /api/traces and friends.
// Times are microseconds since the epoch; durations microseconds.

export type TagType = 'string' | 'bool' | 'int64' | 'float64' | 'binary';

export interface KeyValue {
  key: string;
  /** One of TagType; kept open because other producers send other names. */
  type?: string;
  value: unknown;
}

export interface SpanReference {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceID: string;
  spanID: string;
}

export interface Log {
  timestamp: number;
  fields: KeyValue[];
}

export interface RawSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references?: SpanReference[] | null;
  startTime: number;
  duration: number;
  tags?: KeyValue[] | null;
  logs?: Log[] | null;
  processID: string;
  warnings?: string[] | null;
  flags?: number;
  parentSpanID?: string;
}

export interface Process {
  serviceName: string;
  tags?: KeyValue[] | null;
}

export interface RawTrace {
  traceID: string;
  spans: RawSpan[];
  processes: Record<string, Process>;
  warnings?: string[] | null;
}

export interface ApiError {
  code?: number;
  msg: string;
  traceID?: string;
}

export interface Envelope<T> {
  data: T;
  total?: number;
  limit?: number;
  offset?: number;
  errors?: ApiError[] | null;
}

export interface Operation {
  name: string;
  spanKind: string;
}

export interface DependencyLink {
  parent: string;
  child: string;
  callCount: number;
}
