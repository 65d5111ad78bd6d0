import type { Adjuster, DependencyLink, Millis, Trace, TraceId } from '@spanstream/model';
import type {
  DependencyReader,
  GetTraceOptions,
  Operation,
  OperationQuery,
  SpanReader,
  SpanWriter,
  TraceQuery,
} from '@spanstream/storage-api';
import type { QueryMetrics } from './metrics.ts';

export interface ArchiveStorage {
  readonly reader: SpanReader;
  readonly writer: SpanWriter;
}

export interface QueryCoreDeps {
  readonly reader: SpanReader;
  readonly dependencies: DependencyReader;
  readonly archive?: ArchiveStorage | undefined;
  readonly adjust: Adjuster;
  readonly metrics: QueryMetrics;
  /** `--query.max-search-depth`: searches asking for more (or, with 0, for all) traces get this many. */
  readonly maxSearchDepth?: number;
}

export type ArchiveOutcome = 'archived' | 'not-found' | 'no-archive';

/** Jaeger's message when archiving without archive storage (HTTP 500, as in Jaeger). */
export const NO_ARCHIVE_MESSAGE = 'archive span storage was not configured';
export const TRACE_NOT_FOUND_MESSAGE = 'trace not found';

/**
 * Jaeger's querysvc: storage reads shared by the HTTP and gRPC APIs, with the
 * archive fallback and the adjusters. Storage errors propagate (each transport
 * maps them to 500 / INTERNAL or UNAVAILABLE).
 */
export interface QueryCore {
  readonly archiveEnabled: boolean;
  getServices(): Promise<string[]>;
  getOperations(query: OperationQuery): Promise<Operation[]>;
  /** Primary storage first, then the archive; adjusted unless `raw`. */
  getTrace(traceId: TraceId, options: GetTraceOptions, raw: boolean): Promise<Trace | undefined>;
  findTraces(query: TraceQuery, raw: boolean): Promise<Trace[]>;
  archiveTrace(traceId: TraceId, options: GetTraceOptions): Promise<ArchiveOutcome>;
  getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]>;
}

export function createQueryCore(deps: QueryCoreDeps): QueryCore {
  const { reader, archive, metrics, adjust } = deps;
  const maybeAdjust = (trace: Trace, raw: boolean): Trace => (raw ? trace : adjust(trace));
  const countOf = (items: readonly unknown[]): number => items.length;

  const readTrace = async (traceId: TraceId, options: GetTraceOptions): Promise<Trace | undefined> => {
    const primary = await metrics.timeRead('get_trace', () => reader.getTrace(traceId, options));
    if (primary !== undefined || archive === undefined) return primary;
    return metrics.timeRead('get_trace', () => archive.reader.getTrace(traceId, options));
  };

  return {
    archiveEnabled: archive !== undefined,
    getServices: () => metrics.timeRead('get_services', () => reader.getServices(), countOf),
    getOperations: (query) => metrics.timeRead('get_operations', () => reader.getOperations(query), countOf),
    async getTrace(traceId, options, raw) {
      const trace = await readTrace(traceId, options);
      return trace === undefined ? undefined : maybeAdjust(trace, raw);
    },
    async findTraces(query, raw) {
      const capped =
        deps.maxSearchDepth !== undefined && (query.numTraces <= 0 || query.numTraces > deps.maxSearchDepth)
          ? { ...query, numTraces: deps.maxSearchDepth }
          : query;
      const traces = await metrics.timeRead('find_traces', () => reader.findTraces(capped), countOf);
      return raw ? traces : traces.map((trace) => adjust(trace));
    },
    async archiveTrace(traceId, options) {
      if (archive === undefined) return 'no-archive';
      const trace = await readTrace(traceId, options);
      if (trace === undefined) return 'not-found';
      await metrics.timeRead('archive_trace', () => archive.writer.writeSpans(trace.spans));
      return 'archived';
    },
    getDependencies: (endTs, lookback) =>
      metrics.timeRead('get_dependencies', () => deps.dependencies.getDependencies(endTs, lookback), countOf),
  };
}

/** Jaeger's `/api/dependencies` post-processing: optional service filter, call counts summed per edge. */
export function aggregateDependencies(links: readonly DependencyLink[], service: string): DependencyLink[] {
  const sums = new Map<string, { parent: string; child: string; callCount: number }>();
  for (const link of links) {
    if (service !== '' && link.parent !== service && link.child !== service) continue;
    const key = `${link.parent}\u0000${link.child}`;
    const entry = sums.get(key);
    if (entry === undefined)
      sums.set(key, { parent: link.parent, child: link.child, callCount: link.callCount });
    else entry.callCount += link.callCount;
  }
  return [...sums.values()];
}
