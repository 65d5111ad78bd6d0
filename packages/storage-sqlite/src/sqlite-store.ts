import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { DependencyLink, Millis, Span, Trace, TraceId } from '@spanstream/model';
import { deriveDependencies } from '@spanstream/model';
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
import { operatorFacing, toStorageError } from './errors.ts';
import type { SqliteStoreOptions } from './options.ts';
import { Retention } from './retention.ts';
import { initSchema } from './schema.ts';
import { findTraceIds } from './search.ts';
import { decodeSpan, encodeSpan, indexedTags, spanKindOf } from './span-record.ts';

export interface SqliteStoreDeps {
  /** Milliseconds since the epoch; tests move it to expire spans. */
  readonly now?: () => number;
  /** Called when a periodic purge fails (it is retried on the next tick). */
  readonly onPurgeError?: (error: StorageError) => void;
}

/**
 * A SpanStore in one SQLite file (Node's built-in `node:sqlite`, WAL mode): Spanstream's
 * counterpart of Jaeger's Badger store for the all-in-one. Dependencies are derived from the stored
 * traces on demand, as Jaeger's memory and Badger stores do. node:sqlite is synchronous: each call
 * holds the event loop for the length of one transaction (a write batch, one search).
 */
export class SqliteSpanStore implements SpanStore, SpanWriter, SpanReader, DependencyReader {
  readonly writer: SpanWriter = this;
  readonly reader: SpanReader = this;
  readonly dependencies: DependencyReader = this;
  readonly path: string;

  readonly #db: DatabaseSync;
  readonly #now: () => number;
  readonly #retention: Retention;
  readonly #insertSpan: StatementSync;
  readonly #insertTag: StatementSync;
  readonly #insertOperation: StatementSync;
  readonly #selectTrace: StatementSync;
  #closed = false;

  constructor(options: SqliteStoreOptions, deps: SqliteStoreDeps = {}) {
    this.path = options.path;
    this.#now = deps.now ?? Date.now;
    this.#db = openDatabase(options.path);
    this.#insertSpan = this.#db.prepare(
      `INSERT OR IGNORE INTO spans (trace_id, span_id, digest, service, operation, start_time, duration, written_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#insertTag = this.#db.prepare('INSERT OR IGNORE INTO span_tags (span, key, value) VALUES (?, ?, ?)');
    this.#insertOperation = this.#db.prepare(
      'INSERT OR IGNORE INTO operations (service, name, kind) VALUES (?, ?, ?)',
    );
    this.#selectTrace = this.#db.prepare('SELECT body FROM spans WHERE trace_id = ?');
    this.#retention = new Retention(this.#db, {
      ttlMs: options.ttlMs,
      intervalMs: options.maintenanceIntervalMs,
      now: this.#now,
      ...(deps.onPurgeError && { onError: deps.onPurgeError }),
    });
  }

  writeSpans(spans: readonly Span[]): Promise<void> {
    return this.#run('write', () => {
      const writtenAt = this.#now();
      this.#db.exec('BEGIN');
      try {
        for (const span of spans) this.#writeSpan(span, writtenAt);
        this.#db.exec('COMMIT');
      } catch (error) {
        this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  #writeSpan(span: Span, writtenAt: number): void {
    const { body, digest } = encodeSpan(span);
    const service = span.process.serviceName;
    const inserted = this.#insertSpan.run(
      span.traceId,
      span.spanId,
      digest,
      service,
      span.operationName,
      span.startTime,
      span.duration,
      writtenAt,
      body,
    );
    if (inserted.changes === 0) return; // the same span again: stored once
    for (const [key, values] of indexedTags(span)) {
      for (const value of values) this.#insertTag.run(inserted.lastInsertRowid, key, value);
    }
    this.#insertOperation.run(service, span.operationName, spanKindOf(span));
  }

  getServices(): Promise<string[]> {
    return this.#run('getServices', () =>
      this.#db
        .prepare('SELECT DISTINCT service FROM operations ORDER BY service')
        .all()
        .map((row) => row.service as string),
    );
  }

  getOperations(query: OperationQuery): Promise<Operation[]> {
    return this.#run('getOperations', () => {
      const anyKind = query.spanKind === undefined || query.spanKind === '';
      const kind = query.spanKind === 'unspecified' ? '' : query.spanKind;
      const rows = anyKind
        ? this.#db
            .prepare('SELECT name, kind FROM operations WHERE service = ? ORDER BY name, kind')
            .all(query.serviceName)
        : this.#db
            .prepare('SELECT name, kind FROM operations WHERE service = ? AND kind = ? ORDER BY name')
            .all(query.serviceName, kind ?? '');
      return rows.map((row) => ({ name: row.name as string, spanKind: row.kind as SpanKind }));
    });
  }

  getTrace(traceId: TraceId): Promise<Trace | undefined> {
    return this.#run('getTrace', () => this.#trace(traceId));
  }

  getTraces(traceIds: readonly TraceId[]): Promise<Trace[]> {
    return this.#run('getTraces', () => this.#traces(traceIds));
  }

  findTraces(query: TraceQuery): Promise<Trace[]> {
    return this.#run('findTraces', () => this.#traces(findTraceIds(this.#db, query)));
  }

  findTraceIds(query: TraceQuery): Promise<TraceId[]> {
    return this.#run('findTraceIds', () => findTraceIds(this.#db, query));
  }

  /** Derived on demand, as Jaeger's memory and Badger stores: traces with a span starting in (endTs − lookback, endTs). */
  getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]> {
    return this.#run('getDependencies', () => {
      const ids = this.#db
        .prepare('SELECT DISTINCT trace_id FROM spans WHERE start_time > ? AND start_time < ?')
        .all((endTs - lookback) * 1000, endTs * 1000)
        .map((row) => row.trace_id as TraceId);
      return deriveDependencies(this.#traces(ids), { rule: 'memory' });
    });
  }

  /** Deletes spans written longer than the TTL ago (also run every maintenance interval). */
  purgeExpired(): Promise<number> {
    return this.#retention.purge();
  }

  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    this.#retention.stop();
    this.#db.close();
    return Promise.resolve();
  }

  #trace(traceId: TraceId): Trace | undefined {
    const rows = this.#selectTrace.all(traceId);
    if (rows.length === 0) return undefined;
    return { spans: rows.map((row) => decodeSpan(row.body as Uint8Array)), warnings: [] };
  }

  #traces(traceIds: readonly TraceId[]): Trace[] {
    const traces: Trace[] = [];
    for (const id of new Set(traceIds)) {
      const trace = this.#trace(id);
      if (trace) traces.push(trace);
    }
    return traces;
  }

  #run<T>(what: string, fn: () => T): Promise<T> {
    if (this.#closed) return Promise.reject(new StorageError('unavailable', 'sqlite store is closed'));
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(toStorageError(error, what));
    }
  }
}

function openDatabase(path: string): DatabaseSync {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new DatabaseSync(path);
    initSchema(db);
    return db;
  } catch (error) {
    const failure = toStorageError(error, `cannot open ${path} (--sqlite.path)`);
    throw operatorFacing(failure);
  }
}

export function createSqliteStore(options: SqliteStoreOptions, deps: SqliteStoreDeps = {}): SqliteSpanStore {
  return new SqliteSpanStore(options, deps);
}
