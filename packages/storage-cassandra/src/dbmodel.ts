import {
  parseSpanId,
  parseTraceId,
  type KeyValue,
  type Log,
  type Micros,
  type Span,
  type SpanId,
  type SpanRef,
  type TraceId,
} from '@spanstream/model';
import { otlpExtraPositions, parentSpanId } from '@spanstream/model';

/** Span warnings live among the tags under this key prefix, as in Jaeger's Cassandra model. */
const WARNING_PREFIX = '$$span.warning.';
/**
 * Jaeger's span_ref type has no attributes. OTLP link attributes are kept as `$$span.ref.<n>.<key>`
 * (n = the reference's 1-based position) and moved back onto the reference when read: in the
 * `spanstream_tags` column when the table has it, else among the span's tags (where Jaeger's own
 * reader shows them as plain tags).
 */
const REF_PREFIX = '$$span.ref.';
const REF_KEY = /^\$\$span\.ref\.(\d+)\.(.*)$/s;
/**
 * In `spanstream_tags`, the tags Jaeger v2 does not store (`splitOtlpExtras`) keep their position in
 * the span's (or the process's) tag list, so reads put them back exactly where they were.
 */
const SPAN_EXTRA_KEY = /^\$\$span\.tag\.(\d+)\.(.*)$/s;
const PROCESS_EXTRA_KEY = /^\$\$process\.tag\.(\d+)\.(.*)$/s;

/**
 * Spanstream's column on `traces` (Jaeger's reader selects named columns and never sees it): the
 * OTLP extras and link attributes Jaeger v2 does not store.
 */
export const EXTRAS_COLUMN = 'spanstream_tags';

export interface DbKeyValue {
  key: string;
  value_type: string;
  value_string: string | null;
  value_bool: boolean | null;
  value_long: bigint | null;
  value_double: number | null;
  value_binary: Buffer | null;
}
export interface DbLog {
  ts: bigint;
  fields: DbKeyValue[];
}
export interface DbSpanRef {
  ref_type: string;
  trace_id: Buffer;
  span_id: bigint;
}
export interface DbProcess {
  service_name: string;
  tags: DbKeyValue[];
}

/** A `traces` row. bigint columns are read and written as JS bigint (driver option useBigIntAsLong). */
export interface DbSpan {
  trace_id: Buffer;
  span_id: bigint;
  span_hash: bigint;
  parent_id: bigint;
  operation_name: string;
  flags: number;
  start_time: bigint;
  duration: bigint;
  tags: DbKeyValue[];
  logs: DbLog[];
  refs: DbSpanRef[];
  process: DbProcess;
  /** `EXTRAS_COLUMN`; absent when the table lacks it (a keyspace Jaeger created, ALTER refused). */
  spanstream_tags?: DbKeyValue[] | null;
}

export const traceIdToDb = (id: TraceId): Buffer => Buffer.from(id, 'hex');
export const spanIdToDb = (id: SpanId): bigint => BigInt.asIntN(64, BigInt(`0x${id}`));

export function traceIdFromDb(bytes: Buffer): TraceId {
  const id = parseTraceId(bytes.toString('hex'));
  if (id === undefined) throw new Error(`invalid trace_id ${bytes.toString('hex')} in Cassandra`);
  return id;
}

function spanIdFromDb(value: bigint): SpanId {
  const id = parseSpanId(BigInt.asUintN(64, value).toString(16));
  if (id === undefined) throw new Error(`invalid span_id ${value} in Cassandra`);
  return id;
}

function kvToDb(tag: KeyValue): DbKeyValue {
  return {
    key: tag.key,
    value_type: tag.type,
    value_string: tag.type === 'string' ? tag.value : null,
    value_bool: tag.type === 'bool' ? tag.value : null,
    value_long: tag.type === 'int64' ? tag.value : null,
    value_double: tag.type === 'float64' ? tag.value : null,
    value_binary: tag.type === 'binary' ? Buffer.from(tag.value) : null,
  };
}

function kvFromDb(row: DbKeyValue): KeyValue {
  switch (row.value_type) {
    case 'string':
      return { key: row.key, type: 'string', value: row.value_string ?? '' };
    case 'bool':
      return { key: row.key, type: 'bool', value: row.value_bool ?? false };
    case 'int64':
      return { key: row.key, type: 'int64', value: row.value_long ?? 0n };
    case 'float64':
      return { key: row.key, type: 'float64', value: row.value_double ?? 0 };
    case 'binary':
      return { key: row.key, type: 'binary', value: new Uint8Array(row.value_binary ?? []) };
    default:
      throw new Error(`invalid value_type "${row.value_type}" for tag ${row.key}`);
  }
}

/**
 * A span to its `traces` row. With `extrasColumn`, what Jaeger v2 does not store (OTLP extras, scope
 * attributes, link attributes) goes to `spanstream_tags`; without, all of it stays among the tags.
 * Tag search is unaffected: `tag_index` rows are built from the span, not from the row.
 */
export function spanToDb(span: Span, hash: bigint, extrasColumn = false): DbSpan {
  const spanTags = extrasColumn ? splitWithPositions(span.tags) : { jaeger: span.tags, extras: [] };
  const processTags = extrasColumn
    ? splitWithPositions(span.process.tags)
    : { jaeger: span.process.tags, extras: [] };
  const tags = spanTags.jaeger.map(kvToDb);
  span.warnings.forEach((warning, i) => {
    tags.push(kvToDb({ key: `${WARNING_PREFIX}${i + 1}`, type: 'string', value: warning }));
  });
  const extras: DbKeyValue[] = [];
  for (const { tag, at } of spanTags.extras)
    extras.push(kvToDb({ ...tag, key: `$$span.tag.${at}.${tag.key}` }));
  for (const { tag, at } of processTags.extras)
    extras.push(kvToDb({ ...tag, key: `$$process.tag.${at}.${tag.key}` }));
  span.references.forEach((ref, i) => {
    for (const tag of ref.tags ?? []) {
      (extrasColumn ? extras : tags).push(kvToDb({ ...tag, key: `${REF_PREFIX}${i + 1}.${tag.key}` }));
    }
  });
  const parent = parentSpanId(span);
  const row: DbSpan = {
    trace_id: traceIdToDb(span.traceId),
    span_id: spanIdToDb(span.spanId),
    span_hash: hash,
    parent_id: parent === undefined ? 0n : spanIdToDb(parent),
    operation_name: span.operationName,
    flags: span.flags | 0,
    start_time: BigInt(span.startTime),
    duration: BigInt(span.duration),
    tags,
    logs: span.logs.map((log) => ({ ts: BigInt(log.timestamp), fields: log.fields.map(kvToDb) })),
    refs: span.references.map((ref) => ({
      ref_type: ref.refType === 'CHILD_OF' ? 'child-of' : 'follows-from',
      trace_id: traceIdToDb(ref.traceId),
      span_id: spanIdToDb(ref.spanId),
    })),
    process: { service_name: span.process.serviceName, tags: processTags.jaeger.map(kvToDb) },
  };
  if (extrasColumn) row.spanstream_tags = extras;
  return row;
}

interface PlacedTag {
  readonly tag: KeyValue;
  /** Position in the original list. */
  readonly at: number;
}

function splitWithPositions(tags: readonly KeyValue[]): { jaeger: KeyValue[]; extras: PlacedTag[] } {
  const positions = otlpExtraPositions(tags);
  const jaeger: KeyValue[] = [];
  const extras: PlacedTag[] = [];
  tags.forEach((tag, at) => {
    if (positions.has(at)) extras.push({ tag, at });
    else jaeger.push(tag);
  });
  return { jaeger, extras };
}

/** Puts the extras back at their positions (ascending, so each lands where it was). */
function mergeAt(tags: KeyValue[], extras: readonly PlacedTag[]): KeyValue[] {
  for (const { tag, at } of [...extras].sort((a, b) => a.at - b.at)) {
    tags.splice(Math.min(at, tags.length), 0, tag);
  }
  return tags;
}

export function spanFromDb(row: DbSpan): Span {
  const traceId = traceIdFromDb(row.trace_id);
  const tags: KeyValue[] = [];
  const warnings: string[] = [];
  const refTags = new Map<number, KeyValue[]>();
  const addRefTag = (tag: DbKeyValue, ref: RegExpExecArray): void => {
    const position = Number(ref[1]) - 1;
    refTags.set(position, [...(refTags.get(position) ?? []), kvFromDb({ ...tag, key: ref[2]! })]);
  };
  for (const tag of row.tags ?? []) {
    if (tag.key.startsWith(WARNING_PREFIX)) {
      warnings.push(tag.value_string ?? '');
      continue;
    }
    const ref = tag.key.startsWith(REF_PREFIX) ? REF_KEY.exec(tag.key) : null;
    if (ref === null) tags.push(kvFromDb(tag));
    else addRefTag(tag, ref);
  }
  const spanExtras: PlacedTag[] = [];
  const processExtras: PlacedTag[] = [];
  for (const tag of row.spanstream_tags ?? []) {
    const ref = REF_KEY.exec(tag.key);
    const spanExtra = ref === null ? SPAN_EXTRA_KEY.exec(tag.key) : null;
    const processExtra = ref === null && spanExtra === null ? PROCESS_EXTRA_KEY.exec(tag.key) : null;
    if (ref !== null) addRefTag(tag, ref);
    else if (spanExtra !== null)
      spanExtras.push({ tag: kvFromDb({ ...tag, key: spanExtra[2]! }), at: Number(spanExtra[1]) });
    else if (processExtra !== null)
      processExtras.push({ tag: kvFromDb({ ...tag, key: processExtra[2]! }), at: Number(processExtra[1]) });
    else tags.push(kvFromDb(tag));
  }
  const references: SpanRef[] = (row.refs ?? []).map((ref, i) => {
    const base = {
      refType: ref.ref_type === 'follows-from' ? ('FOLLOWS_FROM' as const) : ('CHILD_OF' as const),
      traceId: traceIdFromDb(ref.trace_id),
      spanId: spanIdFromDb(ref.span_id),
    };
    const extra = refTags.get(i);
    return extra === undefined ? base : { ...base, tags: extra };
  });
  // Jaeger's MaybeAddParentSpanID: rows written by old clients carry only parent_id.
  if (row.parent_id !== 0n && row.parent_id !== null) {
    const parent = spanIdFromDb(row.parent_id);
    if (!references.some((ref) => ref.spanId === parent && ref.traceId === traceId)) {
      references.unshift({ refType: 'CHILD_OF', traceId, spanId: parent });
    }
  }
  const logs: Log[] = (row.logs ?? []).map((log) => ({
    timestamp: Number(log.ts) as Micros,
    fields: (log.fields ?? []).map(kvFromDb),
  }));
  return {
    traceId,
    spanId: spanIdFromDb(row.span_id),
    operationName: row.operation_name ?? '',
    references,
    // flags is a CQL int (signed); Jaeger flags are unsigned 32-bit.
    flags: (row.flags ?? 0) >>> 0,
    startTime: Number(row.start_time) as Micros,
    duration: Number(row.duration) as Micros,
    tags: mergeAt(tags, spanExtras),
    logs,
    process: {
      serviceName: row.process?.service_name ?? '',
      tags: mergeAt((row.process?.tags ?? []).map(kvFromDb), processExtras),
    },
    warnings,
  };
}
