import { findTag, type Span } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
import type { Client } from 'cassandra-driver';
import { EXTRAS_COLUMN, spanIdToDb, spanToDb, traceIdToDb } from './dbmodel.ts';
import { toStorageError } from './errors.ts';
import type { CassandraMetrics } from './metrics.ts';
import type { CassandraOptions } from './options.ts';
import { spanHash } from './span-hash.ts';
import { indexedTags } from './tag-index.ts';
import { WriteCache } from './write-cache.ts';

const FLAG_FIREHOSE = 8;
const HOUR_MS = 3_600_000;
const SERVICE_BUCKETS = 10n;

const INSERT = {
  traces:
    'INSERT INTO traces (trace_id, span_id, span_hash, parent_id, operation_name, flags, start_time, duration, tags, logs, refs, process) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  service_names: 'INSERT INTO service_names (service_name) VALUES (?)',
  operation_names:
    'INSERT INTO operation_names_v2 (service_name, span_kind, operation_name) VALUES (?, ?, ?)',
  service_name_index:
    'INSERT INTO service_name_index (service_name, bucket, start_time, trace_id) VALUES (?, ?, ?, ?)',
  service_operation_index:
    'INSERT INTO service_operation_index (service_name, operation_name, start_time, trace_id) VALUES (?, ?, ?, ?)',
  tag_index:
    'INSERT INTO tag_index (trace_id, span_id, service_name, start_time, tag_key, tag_value) VALUES (?, ?, ?, ?, ?, ?)',
  duration_index:
    'INSERT INTO duration_index (service_name, operation_name, bucket, duration, start_time, trace_id) VALUES (?, ?, ?, ?, ?, ?)',
} as const;

/** `traces` with Spanstream's column (`EXTRAS_COLUMN`), when the table has it. */
const INSERT_TRACES_WITH_EXTRAS = `INSERT INTO traces (trace_id, span_id, span_hash, parent_id, operation_name, flags, start_time, duration, tags, logs, refs, process, ${EXTRAS_COLUMN}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

type Table = keyof typeof INSERT;
interface Row {
  readonly query: string;
  readonly params: unknown[];
  readonly table: Table;
}

/**
 * Positions of each index table's partition key among its INSERT parameters. Index rows are small and
 * many share a partition (every span of a service with `http.method=GET`), so they go to Cassandra as
 * one unlogged batch per partition: one request and one partition write instead of dozens. `traces`
 * rows are large and are written one by one, as Jaeger does, to stay far from batch size limits.
 */
const PARTITION_KEY: Partial<Record<Table, readonly number[]>> = {
  service_name_index: [0, 1],
  service_operation_index: [0, 1],
  tag_index: [2, 4, 5],
  duration_index: [0, 1, 2],
};
/** Index rows are at most ~600 bytes (keys and values over 256 bytes are not indexed): 50 stay under 32 KiB. */
const MAX_BATCH_ROWS = 50;

type Request = { readonly rows: readonly Row[] };

function partitionOf(row: Row): string | undefined {
  const key = PARTITION_KEY[row.table];
  if (key === undefined) return undefined;
  let id = row.table;
  for (const index of key) {
    const value = row.params[index];
    id += `\u0000${Buffer.isBuffer(value) ? value.toString('hex') : value instanceof Date ? value.getTime() : String(value)}`;
  }
  return id;
}

/** Groups rows into requests: index rows batched per partition, the rest alone. */
function toRequests(rows: readonly Row[]): Request[] {
  const requests: Request[] = [];
  const partitions = new Map<string, Row[]>();
  for (const row of rows) {
    const partition = partitionOf(row);
    if (partition === undefined) {
      requests.push({ rows: [row] });
      continue;
    }
    const group = partitions.get(partition);
    if (group === undefined) partitions.set(partition, [row]);
    else group.push(row);
  }
  for (const group of partitions.values()) {
    for (let i = 0; i < group.length; i += MAX_BATCH_ROWS)
      requests.push({ rows: group.slice(i, i + MAX_BATCH_ROWS) });
  }
  return requests;
}

/**
 * Writes spans and their index rows with prepared, idempotent INSERTs, many at a time. Resolves only
 * when every row of every span is written, so callers may commit what they consumed.
 */
export class CassandraSpanWriter implements SpanWriter {
  readonly #client: Client;
  readonly #options: CassandraOptions;
  readonly #metrics: CassandraMetrics;
  readonly #written: WriteCache;
  readonly #extrasColumn: boolean;

  /** `extrasColumn`: `traces` has `EXTRAS_COLUMN` (see `ensureExtrasColumn`). */
  constructor(client: Client, options: CassandraOptions, metrics: CassandraMetrics, extrasColumn = false) {
    this.#client = client;
    this.#options = options;
    this.#metrics = metrics;
    this.#extrasColumn = extrasColumn;
    this.#written = new WriteCache(options.writeCacheTtlMs);
  }

  async writeSpans(spans: readonly Span[]): Promise<void> {
    if (spans.length === 0) return;
    const rows: Row[] = [];
    const cacheKeys: string[] = [];
    for (const span of spans) this.#rowsFor(span, rows, cacheKeys);
    const metrics = this.#metrics;
    metrics.batchSpans.observe(spans.length);
    metrics.inflightWrites.inc();
    const stop = metrics.writeLatency.startTimer();
    try {
      await this.#send(toRequests(rows));
    } catch (error) {
      stop({ result: 'err' });
      // Nothing is known written: forget the service/operation rows this batch claimed.
      for (const key of cacheKeys) this.#written.forget(key);
      const storageError = toStorageError(error, 'write');
      metrics.errors.inc({ table: 'traces', kind: storageError.code });
      throw storageError;
    } finally {
      metrics.inflightWrites.dec();
    }
    stop({ result: 'ok' });
    for (const row of rows) metrics.inserts.inc({ table: row.table });
  }

  /** Sends the requests, `writeConcurrency` at a time; the first failure fails the whole call. */
  async #send(requests: readonly Request[]): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const { rows } = requests[next++]!;
        if (rows.length === 1) {
          const [row] = rows;
          await this.#client.execute(row!.query, row!.params, { prepare: true });
        } else {
          const queries = rows.map(({ query, params }) => ({ query, params }));
          await this.#client.batch(queries, { prepare: true, logged: false });
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.#options.writeConcurrency, requests.length) }, worker),
    );
  }

  #rowsFor(span: Span, rows: Row[], cacheKeys: string[]): void {
    const hash = spanHash(span);
    const db = spanToDb(span, hash, this.#extrasColumn);
    const push = (table: Table, ...params: unknown[]): void => {
      rows.push({ query: INSERT[table], params, table });
    };
    const traceParams = [
      db.trace_id,
      db.span_id,
      db.span_hash,
      db.parent_id,
      db.operation_name,
      db.flags,
      db.start_time,
      db.duration,
      db.tags,
      db.logs,
      db.refs,
      db.process,
    ];
    if (this.#extrasColumn) {
      rows.push({
        query: INSERT_TRACES_WITH_EXTRAS,
        params: [...traceParams, db.spanstream_tags],
        table: 'traces',
      });
    } else {
      push('traces', ...traceParams);
    }
    const service = span.process.serviceName;
    const kindTag = findTag(span.tags, 'span.kind');
    const kind = kindTag?.type === 'string' ? kindTag.value : '';
    if (!this.#written.has(service)) {
      this.#written.mark(service);
      cacheKeys.push(service);
      push('service_names', service);
    }
    const operationKey = `${service}\u0000${kind}\u0000${span.operationName}`;
    if (!this.#written.has(operationKey)) {
      this.#written.mark(operationKey);
      cacheKeys.push(operationKey);
      push('operation_names', service, kind, span.operationName);
    }
    const traceId = traceIdToDb(span.traceId);
    const bucket = Number(BigInt.asUintN(64, hash) % SERVICE_BUCKETS);
    push('service_name_index', service, bucket, db.start_time, traceId);
    push('service_operation_index', service, span.operationName, db.start_time, traceId);
    // Firehose spans skip the tag and duration indexes, as in Jaeger.
    if ((span.flags & FLAG_FIREHOSE) !== 0) return;
    const spanId = spanIdToDb(span.spanId);
    for (const tag of indexedTags(span, this.#options)) {
      push('tag_index', traceId, spanId, service, db.start_time, tag.key, tag.value);
    }
    const hour = new Date(Math.floor(span.startTime / 1000 / HOUR_MS) * HOUR_MS);
    push('duration_index', service, '', hour, db.duration, db.start_time, traceId);
    push('duration_index', service, span.operationName, hour, db.duration, db.start_time, traceId);
  }
}
