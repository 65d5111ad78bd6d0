import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { TraceId } from '@spanstream/model';
import { compileSpanPredicate, isLiteralSearchValue, type TraceQuery } from '@spanstream/storage-api';
import { decodeSpan, MAX_INDEXED_VALUE_LENGTH } from './span-record.ts';

/**
 * The SQL that narrows a search to candidate spans, newest first: the service (and operation),
 * time and duration bounds in the indexed columns, and each literal tag through the tag index.
 * A regexp tag value cannot use the index; the span predicate checks every condition anyway.
 */
function candidateSql(query: TraceQuery): { sql: string; params: SQLInputValue[] } {
  const where = ['service = ?'];
  const params: SQLInputValue[] = [query.serviceName];
  const add = (clause: string, value: SQLInputValue): void => {
    where.push(clause);
    params.push(value);
  };
  if (query.operationName) add('operation = ?', query.operationName);
  if (query.startTimeMin) add('start_time >= ?', query.startTimeMin);
  if (query.startTimeMax) add('start_time <= ?', query.startTimeMax);
  if (query.durationMin) add('duration >= ?', query.durationMin);
  if (query.durationMax) add('duration <= ?', query.durationMax);
  for (const [key, value] of Object.entries(query.tags)) {
    if (!isLiteralSearchValue(value) || value.length > MAX_INDEXED_VALUE_LENGTH) continue;
    where.push('id IN (SELECT span FROM span_tags WHERE key = ? AND value = ?)');
    params.push(key, value);
  }
  const sql = `SELECT trace_id, body FROM spans WHERE ${where.join(' AND ')} ORDER BY start_time DESC, trace_id`;
  return { sql, params };
}

/**
 * Matching trace IDs, most recent first (by the latest start of a matching span, as Jaeger's ES
 * reader and our memory store), up to `numTraces`: candidates come newest first, so the first
 * matching span of a trace is its latest, and the scan stops at the limit.
 */
export function findTraceIds(db: DatabaseSync, query: TraceQuery): TraceId[] {
  const { sql, params } = candidateSql(query);
  const matches = compileSpanPredicate(query);
  const found = new Set<TraceId>();
  for (const row of db.prepare(sql).iterate(...params)) {
    const traceId = row.trace_id as TraceId;
    if (found.has(traceId)) continue;
    if (!matches(decodeSpan(row.body as Uint8Array))) continue;
    found.add(traceId);
    if (query.numTraces > 0 && found.size >= query.numTraces) break;
  }
  return [...found];
}
