import { isDeepStrictEqual } from 'node:util';
import type { DependencyLink, Millis, Span, SpanId, Trace, TraceId } from '@spanstream/model';
import { deriveDependencies, findTag, tagValueAsString } from '@spanstream/model';
import type {
  DependencyReader,
  Operation,
  OperationQuery,
  SpanKind,
  SpanReader,
  SpanStore,
  SpanWriter,
  TraceQuery,
} from '@spanstream/storage-api';
import { StorageError } from '@spanstream/storage-api';
import { compileSpanPredicate } from '@spanstream/storage-api';
import { TraceIndex } from './trace-index.ts';

export interface MemoryStoreOptions {
  /** Jaeger's `--memory.max-traces`: the oldest trace (by first write) is evicted beyond it; 0 = unbounded. */
  readonly maxTraces?: number;
}

export const DEFAULT_MAX_TRACES = 100_000;

interface TraceEntry {
  readonly spans: Span[];
  /** Spans by ID, to make writes idempotent; several when IDs are shared (Zipkin client/server). */
  readonly byId: Map<SpanId, Span[]>;
  /** Spans by service name: a search only looks at the spans of the searched service. */
  readonly byService: Map<string, Span[]>;
  minStart: number;
  maxStart: number;
}

const KNOWN_KINDS = new Set<SpanKind>(['server', 'client', 'producer', 'consumer', 'internal']);

/**
 * An in-memory SpanStore with Jaeger's memory-store semantics. Traces are indexed by service,
 * service+operation and service+tag so searches touch only candidate traces; within a trace only
 * the spans of the searched service are checked.
 */
export class MemorySpanStore implements SpanStore, SpanWriter, SpanReader, DependencyReader {
  readonly writer: SpanWriter = this;
  readonly reader: SpanReader = this;
  readonly dependencies: DependencyReader = this;
  readonly maxTraces: number;

  /** Insertion order is age order: the first key is the oldest trace. */
  readonly #traces = new Map<TraceId, TraceEntry>();
  readonly #index = new TraceIndex();
  /** service → `${kind}\0${name}` → operation. Kept after eviction, as Jaeger does. */
  readonly #operations = new Map<string, Map<string, Operation>>();
  #closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    const maxTraces = options.maxTraces ?? DEFAULT_MAX_TRACES;
    if (!Number.isSafeInteger(maxTraces) || maxTraces < 0) {
      throw new RangeError(`memory.max-traces must be a non-negative integer, got ${maxTraces}`);
    }
    this.maxTraces = maxTraces;
  }

  /** Number of traces held (for metrics and tests). */
  get traceCount(): number {
    return this.#traces.size;
  }

  writeSpans(spans: readonly Span[]): Promise<void> {
    if (this.#closed) return Promise.reject(new StorageError('unavailable', 'memory store is closed'));
    for (const span of spans) this.#writeSpan(span);
    return Promise.resolve();
  }

  #writeSpan(span: Span): void {
    const service = span.process.serviceName;
    this.#registerOperation(service, span);
    let entry = this.#traces.get(span.traceId);
    if (!entry) {
      entry = { spans: [], byId: new Map(), byService: new Map(), minStart: Infinity, maxStart: -Infinity };
      this.#traces.set(span.traceId, entry);
      this.#evictBeyondLimit();
    }
    const sameId = entry.byId.get(span.spanId);
    if (sameId?.some((stored) => isDeepStrictEqual(stored, span))) return; // redelivered: store once
    if (sameId) sameId.push(span);
    else entry.byId.set(span.spanId, [span]);
    entry.spans.push(span);
    const ofService = entry.byService.get(service);
    if (ofService) ofService.push(span);
    else entry.byService.set(service, [span]);
    entry.minStart = Math.min(entry.minStart, span.startTime);
    entry.maxStart = Math.max(entry.maxStart, span.startTime);
    this.#index.add(span);
  }

  #registerOperation(service: string, span: Span): void {
    const kindTag = findTag(span.tags, 'span.kind');
    const kindText = kindTag ? tagValueAsString(kindTag) : '';
    const spanKind: SpanKind = KNOWN_KINDS.has(kindText as SpanKind) ? (kindText as SpanKind) : '';
    let operations = this.#operations.get(service);
    if (!operations) {
      operations = new Map();
      this.#operations.set(service, operations);
    }
    const key = `${spanKind}\u0000${span.operationName}`;
    if (!operations.has(key)) operations.set(key, { name: span.operationName, spanKind });
  }

  #evictBeyondLimit(): void {
    if (this.maxTraces === 0) return;
    while (this.#traces.size > this.maxTraces) {
      const [oldestId, oldest] = this.#traces.entries().next().value!;
      this.#traces.delete(oldestId);
      this.#index.remove(oldestId, oldest.spans);
    }
  }

  getServices(): Promise<string[]> {
    return Promise.resolve([...this.#operations.keys()].sort());
  }

  getOperations(query: OperationQuery): Promise<Operation[]> {
    // 'unspecified' asks for operations whose spans carry no known span kind.
    const kind = query.spanKind === 'unspecified' ? '' : query.spanKind;
    const all = [...(this.#operations.get(query.serviceName)?.values() ?? [])];
    const wanted =
      query.spanKind === undefined || query.spanKind === '' ? all : all.filter((op) => op.spanKind === kind);
    return Promise.resolve(wanted.sort((a, b) => compare(a.name, b.name) || compare(a.spanKind, b.spanKind)));
  }

  getTrace(traceId: TraceId): Promise<Trace | undefined> {
    const entry = this.#traces.get(traceId);
    return Promise.resolve(entry ? toTrace(entry) : undefined);
  }

  getTraces(traceIds: readonly TraceId[]): Promise<Trace[]> {
    const traces: Trace[] = [];
    for (const id of new Set(traceIds)) {
      const entry = this.#traces.get(id);
      if (entry) traces.push(toTrace(entry));
    }
    return Promise.resolve(traces);
  }

  async findTraces(query: TraceQuery): Promise<Trace[]> {
    const ids = await this.findTraceIds(query);
    return ids.map((id) => toTrace(this.#traces.get(id)!));
  }

  /** Matching trace IDs, most recent first (by the latest start of a matching span, as Jaeger's ES reader). */
  findTraceIds(query: TraceQuery): Promise<TraceId[]> {
    const candidates = this.#index.candidates(query.serviceName, query.operationName, query.tags);
    if (!candidates) return Promise.resolve([]);
    const matches = compileSpanPredicate(query);
    const found: { id: TraceId; latest: number }[] = [];
    for (const id of candidates) {
      const entry = this.#traces.get(id)!;
      if (query.startTimeMin && entry.maxStart < query.startTimeMin) continue;
      if (query.startTimeMax && entry.minStart > query.startTimeMax) continue;
      let latest = -Infinity;
      for (const span of entry.byService.get(query.serviceName) ?? []) {
        if (span.startTime > latest && matches(span)) latest = span.startTime;
      }
      if (latest !== -Infinity) found.push({ id, latest });
    }
    found.sort((a, b) => b.latest - a.latest || compare(a.id, b.id));
    const limited = query.numTraces > 0 ? found.slice(0, query.numTraces) : found;
    return Promise.resolve(limited.map((hit) => hit.id));
  }

  /** Computed on demand, as Jaeger's memory store: traces with a span starting in (endTs − lookback, endTs). */
  getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]> {
    const end = endTs * 1000;
    const start = (endTs - lookback) * 1000;
    const traces: Trace[] = [];
    for (const entry of this.#traces.values()) {
      if (entry.maxStart <= start || entry.minStart >= end) continue;
      if (entry.spans.some((span) => span.startTime > start && span.startTime < end))
        traces.push(toTrace(entry));
    }
    return Promise.resolve(deriveDependencies(traces, { rule: 'memory' }));
  }

  close(): Promise<void> {
    this.#closed = true;
    return Promise.resolve();
  }
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemorySpanStore {
  return new MemorySpanStore(options);
}

/** A copy of the span list: later writes to the trace must not show up in a returned trace. */
function toTrace(entry: TraceEntry): Trace {
  return { spans: [...entry.spans], warnings: [] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
