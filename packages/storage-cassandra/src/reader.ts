import { compareSpans, micros, type Micros, type Span, type Trace, type TraceId } from '@spanstream/model';
import {
  compileSpanPredicate,
  isLiteralSearchValue,
  StorageError,
  type GetTraceOptions,
  type Operation,
  type OperationQuery,
  type SpanKind,
  type SpanReader,
  type TraceQuery,
} from '@spanstream/storage-api';
import type { Client } from 'cassandra-driver';
import { EXTRAS_COLUMN, spanFromDb, traceIdFromDb, traceIdToDb, type DbSpan } from './dbmodel.ts';
import { toStorageError } from './errors.ts';
import type { CassandraMetrics } from './metrics.ts';

const HOUR_MICROS = 3_600_000_000;
const SERVICE_BUCKETS = Array.from({ length: 10 }, (_, i) => i);
/** Jaeger reads this many index rows per wanted trace before cutting to the limit. */
const INDEX_OVERFETCH = 3;
/** Candidates are checked with the exact predicate; fetch more when part of the query has no index. */
const UNINDEXED_OVERFETCH = 20;
const TRACE_FETCH_CONCURRENCY = 16;
const HOURS_PER_ROUND = 24;

const SELECT = {
  trace:
    'SELECT trace_id, span_id, span_hash, parent_id, operation_name, flags, start_time, duration, tags, logs, refs, process FROM traces WHERE trace_id = ?',
  services: 'SELECT service_name FROM service_names',
  operations: 'SELECT span_kind, operation_name FROM operation_names_v2 WHERE service_name = ?',
  operationsByKind:
    'SELECT span_kind, operation_name FROM operation_names_v2 WHERE service_name = ? AND span_kind = ?',
  byService:
    'SELECT trace_id, start_time FROM service_name_index WHERE service_name = ? AND bucket = ? AND start_time >= ? AND start_time <= ? LIMIT ?',
  byOperation:
    'SELECT trace_id, start_time FROM service_operation_index WHERE service_name = ? AND operation_name = ? AND start_time >= ? AND start_time <= ? LIMIT ?',
  byTag:
    'SELECT trace_id, start_time FROM tag_index WHERE service_name = ? AND tag_key = ? AND tag_value = ? AND start_time >= ? AND start_time <= ? LIMIT ?',
  byDuration:
    'SELECT trace_id, start_time FROM duration_index WHERE service_name = ? AND operation_name = ? AND bucket = ? AND duration >= ? AND duration <= ? LIMIT ?',
} as const;

const SELECT_TRACE_WITH_EXTRAS = SELECT.trace.replace(' FROM traces', `, ${EXTRAS_COLUMN} FROM traces`);

/** trace ID hex → latest start time seen for it in an index (µs). */
type Candidates = Map<string, number>;

/**
 * Jaeger's Cassandra read path: index tables narrow the search (duration, operation, tags,
 * service), the candidates are intersected, then loaded and checked with the exact predicate —
 * which lets Spanstream answer duration+tag and regex-tag queries that Jaeger's reader refuses.
 */
export class CassandraSpanReader implements SpanReader {
  readonly #client: Client;
  readonly #metrics: CassandraMetrics;
  readonly #selectTrace: string;

  /** `extrasColumn`: `traces` has `EXTRAS_COLUMN` (see `ensureExtrasColumn`). */
  constructor(client: Client, metrics: CassandraMetrics, extrasColumn = false) {
    this.#client = client;
    this.#metrics = metrics;
    this.#selectTrace = extrasColumn ? SELECT_TRACE_WITH_EXTRAS : SELECT.trace;
  }

  async getServices(): Promise<string[]> {
    const rows = await this.#query('services', SELECT.services, []);
    return rows.map((row) => row.service_name as string).sort();
  }

  async getOperations(query: OperationQuery): Promise<Operation[]> {
    // `unspecified` asks for operations whose kind is unknown, stored as '' (as memory and ES do).
    const kind = query.spanKind === 'unspecified' ? '' : query.spanKind;
    const rows =
      kind !== undefined && (kind !== '' || query.spanKind === 'unspecified')
        ? await this.#query('operations', SELECT.operationsByKind, [query.serviceName, kind])
        : await this.#query('operations', SELECT.operations, [query.serviceName]);
    return rows
      .map((row) => ({ name: row.operation_name as string, spanKind: row.span_kind as SpanKind }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.spanKind.localeCompare(b.spanKind));
  }

  async getTrace(traceId: TraceId, _options?: GetTraceOptions): Promise<Trace | undefined> {
    const rows = (await this.#query('trace', this.#selectTrace, [
      traceIdToDb(traceId),
    ])) as unknown as DbSpan[];
    if (rows.length === 0) return undefined;
    const spans: Span[] = rows.map(spanFromDb).sort(compareSpans);
    return { spans, warnings: [] };
  }

  async getTraces(traceIds: readonly TraceId[], options?: GetTraceOptions): Promise<Trace[]> {
    const traces = await mapLimited(traceIds, TRACE_FETCH_CONCURRENCY, (id) => this.getTrace(id, options));
    return traces.filter((trace): trace is Trace => trace !== undefined);
  }

  async findTraces(query: TraceQuery): Promise<Trace[]> {
    return (await this.#search(query)).traces;
  }

  async findTraceIds(query: TraceQuery): Promise<TraceId[]> {
    return (await this.#search(query)).traces.map((trace) => trace.spans[0]!.traceId);
  }

  async #search(fractional: TraceQuery): Promise<{ traces: Trace[] }> {
    const query = wholeMicros(fractional);
    validate(query);
    const candidates = await this.#candidates(query);
    const ordered = [...candidates.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => traceIdFromDb(Buffer.from(id, 'hex')));
    // Jaeger's rule, shared by every backend: one span must meet every condition.
    const spanMatches = compileSpanPredicate(query);
    const matches = (trace: Trace): boolean =>
      trace.spans.some((span) => span.process.serviceName === query.serviceName && spanMatches(span));
    const traces: Trace[] = [];
    // Load in pages of the limit until enough traces pass the exact check.
    for (
      let offset = 0;
      offset < ordered.length && traces.length < query.numTraces;
      offset += query.numTraces
    ) {
      const page = await this.getTraces(ordered.slice(offset, offset + query.numTraces));
      for (const trace of page) if (traces.length < query.numTraces && matches(trace)) traces.push(trace);
    }
    return { traces };
  }

  async #candidates(query: TraceQuery): Promise<Candidates> {
    // Only a literal value can be looked up in tag_index; a regexp is checked on the loaded candidates.
    const tags = Object.entries(query.tags);
    const indexedTags = tags
      .filter(([, value]) => isLiteralSearchValue(value))
      .map(([key, value]) => ({ key, value }));
    const exact = indexedTags.length === tags.length && !(hasDuration(query) && tags.length > 0);
    const limit = query.numTraces * (exact ? INDEX_OVERFETCH : UNINDEXED_OVERFETCH);
    const sets: Promise<Candidates>[] = [];
    const operation = query.operationName ?? '';
    if (hasDuration(query)) sets.push(this.#byDuration(query, operation, limit));
    else if (operation !== '') sets.push(this.#byOperation(query, operation, limit));
    for (const tag of indexedTags) sets.push(this.#byTag(query, tag.key, tag.value, limit));
    if (sets.length === 0) sets.push(this.#byService(query, limit));
    return intersect(await Promise.all(sets));
  }

  /**
   * service_name_index and service_operation_index key rows by start time alone, so two traces of a
   * service starting in the same microsecond overwrite each other (as in Jaeger). duration_index keys
   * rows by trace ID too: scanning it as well makes the search complete.
   */
  async #byService(query: TraceQuery, limit: number): Promise<Candidates> {
    const perBucket = await Promise.all(
      SERVICE_BUCKETS.map((bucket) =>
        this.#index(SELECT.byService, [
          query.serviceName,
          bucket,
          BigInt(query.startTimeMin),
          BigInt(query.startTimeMax),
          limit,
        ]),
      ),
    );
    return union([...perBucket, await this.#byDuration(query, '', limit)]);
  }

  async #byOperation(query: TraceQuery, operation: string, limit: number): Promise<Candidates> {
    const [indexed, scanned] = await Promise.all([
      this.#index(SELECT.byOperation, [
        query.serviceName,
        operation,
        BigInt(query.startTimeMin),
        BigInt(query.startTimeMax),
        limit,
      ]),
      this.#byDuration(query, operation, limit),
    ]);
    return union([indexed, scanned]);
  }

  #byTag(query: TraceQuery, key: string, value: string, limit: number): Promise<Candidates> {
    return this.#index(SELECT.byTag, [
      query.serviceName,
      key,
      value,
      BigInt(query.startTimeMin),
      BigInt(query.startTimeMax),
      limit,
    ]);
  }

  /** duration_index, newest hour first (as Jaeger), a day of hours at a time, until enough are found. */
  async #byDuration(query: TraceQuery, operation: string, limit: number): Promise<Candidates> {
    const min = BigInt(query.durationMin ?? 0);
    const max = BigInt(
      query.durationMax !== undefined && query.durationMax > 0 ? query.durationMax : Number.MAX_SAFE_INTEGER,
    );
    const hours: Date[] = [];
    const first = Math.floor(query.startTimeMin / HOUR_MICROS);
    for (let hour = Math.floor(query.startTimeMax / HOUR_MICROS); hour >= first; hour--) {
      hours.push(new Date(hour * (HOUR_MICROS / 1000)));
    }
    const results: Candidates[] = [];
    let found = 0;
    for (let i = 0; i < hours.length && found < limit; i += HOURS_PER_ROUND) {
      const round = await Promise.all(
        hours
          .slice(i, i + HOURS_PER_ROUND)
          .map((hour) =>
            this.#index(SELECT.byDuration, [query.serviceName, operation, hour, min, max, limit]),
          ),
      );
      for (const rows of round) {
        for (const [id, start] of rows)
          if (start < query.startTimeMin || start > query.startTimeMax) rows.delete(id);
        results.push(rows);
        found += rows.size;
      }
    }
    return union(results);
  }

  async #index(cql: string, params: unknown[]): Promise<Candidates> {
    const rows = await this.#query('index', cql, params);
    const out: Candidates = new Map();
    for (const row of rows) {
      const id = (row.trace_id as Buffer).toString('hex');
      const start = Number(row.start_time);
      if (start > (out.get(id) ?? -1)) out.set(id, start);
    }
    return out;
  }

  async #query(name: string, cql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    const stop = this.#metrics.readLatency.startTimer({ query: name });
    try {
      const result = await this.#client.execute(cql, params, { prepare: true, fetchSize: 5_000 });
      const rows: Record<string, unknown>[] = [];
      // Iterating the result set fetches the following pages (a trace may have many thousand spans).
      for await (const row of result) rows.push(row);
      stop({ result: 'ok' });
      return rows;
    } catch (error) {
      stop({ result: 'err' });
      const storageError = toStorageError(error, `read ${name}`);
      this.#metrics.readErrors.inc({ query: name, kind: storageError.code });
      throw storageError;
    }
  }
}

/**
 * The query API passes bounds in fractional µs (`minDuration=1500ns`); the index columns are whole
 * µs (CQL bigint). Jaeger's reader converts by integer division (`DurationMin.Nanoseconds() / 1000`),
 * i.e. truncation: so does this, for durations and start times alike.
 */
function wholeMicros(query: TraceQuery): TraceQuery {
  const trunc = (value: Micros): Micros => micros(Math.trunc(value));
  return {
    ...query,
    startTimeMin: trunc(query.startTimeMin),
    startTimeMax: trunc(query.startTimeMax),
    ...(query.durationMin === undefined ? {} : { durationMin: trunc(query.durationMin) }),
    ...(query.durationMax === undefined ? {} : { durationMax: trunc(query.durationMax) }),
  };
}

function hasDuration(query: TraceQuery): boolean {
  return (query.durationMin ?? 0) > 0 || (query.durationMax ?? 0) > 0;
}

function validate(query: TraceQuery): void {
  if (query.serviceName === '') throw new StorageError('invalid', 'service name must be set');
  if (query.startTimeMin > query.startTimeMax && query.startTimeMax > 0) {
    throw new StorageError('invalid', 'start time minimum is above maximum');
  }
  if (
    query.durationMin !== undefined &&
    query.durationMax !== undefined &&
    query.durationMax > 0 &&
    query.durationMin > query.durationMax
  ) {
    throw new StorageError('invalid', 'duration minimum is above maximum');
  }
}

function union(sets: readonly Candidates[]): Candidates {
  const out: Candidates = new Map();
  for (const set of sets) for (const [id, start] of set) if (start > (out.get(id) ?? -1)) out.set(id, start);
  return out;
}

function intersect(sets: readonly Candidates[]): Candidates {
  const [first, ...rest] = sets;
  if (first === undefined) return new Map();
  const out: Candidates = new Map();
  for (const [id, start] of first) if (rest.every((set) => set.has(id))) out.set(id, start);
  return out;
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
