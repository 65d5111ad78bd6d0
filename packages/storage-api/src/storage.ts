import type { DependencyLink, Micros, Millis, Span, Trace, TraceId } from '@spanstream/model';
import type { GetTraceOptions, Operation, OperationQuery, TraceQuery } from './query.ts';

export interface SpanWriter {
  /**
   * Durably writes the spans (resolves only once they are stored, so callers such
   * as the ingester may commit offsets). Writing a span again must not duplicate it.
   * Rejects with a StorageError.
   */
  writeSpans(spans: readonly Span[]): Promise<void>;
}

export interface SpanReader {
  getServices(): Promise<string[]>;
  getOperations(query: OperationQuery): Promise<Operation[]>;
  /** Undefined when no span of the trace is stored. */
  getTrace(traceId: TraceId, options?: GetTraceOptions): Promise<Trace | undefined>;
  /** Several traces at once; missing IDs are left out of the result. */
  getTraces(traceIds: readonly TraceId[], options?: GetTraceOptions): Promise<Trace[]>;
  findTraces(query: TraceQuery): Promise<Trace[]>;
  findTraceIds(query: TraceQuery): Promise<TraceId[]>;
}

export interface DependencyReader {
  /** Links seen in [endTs - lookback, endTs]. */
  getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]>;
}

export interface DependencyWriter {
  writeDependencies(timestamp: Micros, links: readonly DependencyLink[]): Promise<void>;
}

export interface Closeable {
  close(): Promise<void>;
}

/** What a backend factory hands to the services. */
export interface SpanStore extends Closeable {
  readonly writer: SpanWriter;
  readonly reader: SpanReader;
  readonly dependencies: DependencyReader;
  /** Present where the backend stores precomputed dependencies (ES, Cassandra). */
  readonly dependencyWriter?: DependencyWriter;
}
