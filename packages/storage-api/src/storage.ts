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

export interface WriteDependenciesOptions {
  /**
   * Makes the write idempotent: writing again with the same timestamp and id replaces the earlier
   * document instead of adding one (so a re-run job or a replayed window does not double the counts).
   * Elasticsearch uses it as the document `_id`; Cassandra, whose `dependencies_v2` rows are keyed by
   * (day, ts) alone, moves `ts` by a deterministic 0–999 ms derived from it. Without an id every write
   * adds a document, as Jaeger's spark-dependencies job does.
   */
  readonly id?: string;
}

export interface DependencyWriter {
  /** One document of links computed for `timestamp`; readers sum the documents in their range. */
  writeDependencies(
    timestamp: Micros,
    links: readonly DependencyLink[],
    options?: WriteDependenciesOptions,
  ): Promise<void>;
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
