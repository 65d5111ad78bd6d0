import type { DatabaseSync } from 'node:sqlite';

/**
 * The store's tables. A span is one row: the columns a search filters on, and the span itself
 * (`body`, v8-serialized so int64 `bigint` and binary values survive). `digest` makes a rewrite of
 * the same span a no-op while a different span with the same ID (Zipkin's shared client/server
 * spans) is kept. Tag values are indexed per span for literal tag searches.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS spans (
  id INTEGER PRIMARY KEY,
  trace_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  digest BLOB NOT NULL,
  service TEXT NOT NULL,
  operation TEXT NOT NULL,
  start_time INTEGER NOT NULL,
  duration INTEGER NOT NULL,
  written_at INTEGER NOT NULL,
  body BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS spans_identity ON spans (trace_id, span_id, digest);
CREATE INDEX IF NOT EXISTS spans_service_start ON spans (service, start_time);
CREATE INDEX IF NOT EXISTS spans_operation_start ON spans (service, operation, start_time);
CREATE INDEX IF NOT EXISTS spans_start ON spans (start_time);
CREATE INDEX IF NOT EXISTS spans_written ON spans (written_at);
CREATE TABLE IF NOT EXISTS span_tags (
  span INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (span, key, value)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS span_tags_value ON span_tags (key, value);
CREATE TABLE IF NOT EXISTS operations (
  service TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (service, name, kind)
) WITHOUT ROWID;
`;

/**
 * WAL: readers (the query service, or another process opening the same file) never block the
 * writer. synchronous=NORMAL in WAL mode survives a process crash; a power loss may drop the last
 * transactions, as Badger without SyncWrites. busy_timeout lets a second process wait for the lock.
 */
export function initSchema(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(SCHEMA);
}
