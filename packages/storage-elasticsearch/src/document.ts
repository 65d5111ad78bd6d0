import type { KeyValue, Log, Process, Span, SpanRef, SpanId, TraceId } from '@spanstream/model';
import { micros, parseSpanId, parseTraceId, splitOtlpExtras, tagValueAsString } from '@spanstream/model';

/** Jaeger's nested tag: value as a string (`AsString()`), type in lower case. */
export interface EsKeyValue {
  key: string;
  type: KeyValue['type'];
  /**
   * Always a string when Spanstream or Jaeger v1 writes it; Jaeger v2 stores typed values (an
   * int64 beyond 2^53 is parsed as bigint, see `lossless-json.ts`).
   */
  value: string | number | bigint | boolean;
}

export interface EsReference {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceID: string;
  spanID: string;
  /** Spanstream extension: OTLP link attributes (Jaeger's document has no place for them). */
  tags?: EsKeyValue[];
}

/** Jaeger's ES span document (`plugin/storage/es/spanstore/dbmodel/model.go`). */
export interface EsSpanDocument {
  traceID: string;
  spanID: string;
  flags: number;
  operationName: string;
  references: EsReference[];
  /** Jaeger v2 writes it (and may leave the parent out of `references`); Spanstream does not. */
  parentSpanID?: string;
  startTime: number;
  startTimeMillis: number;
  duration: number;
  tags: EsKeyValue[];
  tag?: Record<string, string | number | boolean>;
  logs: { timestamp: number; fields: EsKeyValue[] }[];
  process: {
    serviceName: string;
    tags: EsKeyValue[];
    tag?: Record<string, string | number | boolean>;
    /** Spanstream extension, as the span's `otlpTags` (resource schema URL, dropped count). */
    otlpTags?: EsKeyValue[];
  };
  /** Spanstream extension: Jaeger v1 drops span warnings in ES. */
  warnings?: string[];
  /**
   * Spanstream extension: the tags Jaeger v2 does not store (scope attributes, the OTLP fields its
   * model has no place for, see `splitOtlpExtras` in `@spanstream/model`). Jaeger's reader ignores the field, so they stay out
   * of Jaeger's view while OTLP → model → OTLP through ES stays lossless.
   */
  otlpTags?: EsKeyValue[];
}

/** Jaeger's service document, plus Spanstream's `spanKind` (Jaeger v1 has none, jaegertracing/jaeger#1923). */
export interface EsServiceDocument {
  serviceName: string;
  operationName: string;
  spanKind?: string;
}

export interface TagsAsFields {
  /** `--es.tags-as-fields.all` */
  readonly all: boolean;
  /** `--es.tags-as-fields.include` (keys, before dot replacement) */
  readonly include: ReadonlySet<string>;
  /** `--es.tags-as-fields.dot-replacement`, `@` by default */
  readonly dotReplacement: string;
}

const NO_TAGS_AS_FIELDS: TagsAsFields = { all: false, include: new Set(), dotReplacement: '@' };

/**
 * Jaeger v1 wrote a trace ID without its high half when that half is zero (`TraceID.String()`);
 * Jaeger v2 writes and looks up all 32 digits, as Spanstream does. Old indices keep the short form.
 */
function v1TraceIdString(id: TraceId): string {
  return id.startsWith('0000000000000000') ? id.slice(16) : id;
}

/**
 * Every form of the ID that may be stored: the full 32 digits (Jaeger v2, Spanstream), Jaeger v1's
 * 16 digits, and pre-1.16 Jaeger's unpadded form. By-ID reads match all of them and merge.
 */
export function traceIdForms(id: TraceId): string[] {
  const v1 = v1TraceIdString(id);
  const legacy = v1.replace(/^0+/, '');
  return [...new Set([id, v1, legacy])];
}

export function toEsDocument(span: Span, fields: TagsAsFields = NO_TAGS_AS_FIELDS): EsSpanDocument {
  const spanSplit = splitExtras(span.tags);
  const processSplit = splitExtras(span.process.tags);
  const spanTags = splitTags(spanSplit.jaeger, fields);
  const processTags = splitTags(processSplit.jaeger, fields);
  const doc: EsSpanDocument = {
    traceID: span.traceId,
    spanID: span.spanId,
    flags: span.flags,
    operationName: span.operationName,
    references: span.references.map(toEsReference),
    startTime: span.startTime,
    startTimeMillis: Math.floor(span.startTime / 1000),
    duration: span.duration,
    tags: spanTags.nested,
    logs: span.logs.map((log) => ({ timestamp: log.timestamp, fields: log.fields.map(toEsKeyValue) })),
    process: { serviceName: span.process.serviceName, tags: processTags.nested },
  };
  if (spanTags.map) doc.tag = spanTags.map;
  if (processTags.map) doc.process.tag = processTags.map;
  if (span.warnings.length > 0) doc.warnings = [...span.warnings];
  if (spanSplit.extras.length > 0) doc.otlpTags = spanSplit.extras.map(toEsKeyValue);
  if (processSplit.extras.length > 0) doc.process.otlpTags = processSplit.extras.map(toEsKeyValue);
  return doc;
}

/**
 * `splitOtlpExtras`, without its per-call sets and arrays for the common tag list that holds no
 * OTLP extra: every key it may move starts with `otlp.` or `otel.` (scope attributes move only when
 * `otlp.scope.attribute_keys` lists them). It runs twice per span written (ADR 0109).
 */
function splitExtras(tags: readonly KeyValue[]): {
  jaeger: readonly KeyValue[];
  extras: readonly KeyValue[];
} {
  for (const tag of tags)
    if (tag.key.startsWith('otlp.') || tag.key.startsWith('otel.')) return splitOtlpExtras(tags);
  return { jaeger: tags, extras: NO_TAGS };
}

const NO_TAGS: readonly KeyValue[] = [];

function toEsReference(ref: SpanRef): EsReference {
  const out: EsReference = {
    refType: ref.refType,
    traceID: ref.traceId,
    spanID: ref.spanId,
  };
  if (ref.tags && ref.tags.length > 0) out.tags = ref.tags.map(toEsKeyValue);
  return out;
}

function toEsKeyValue(kv: KeyValue): EsKeyValue {
  // String(-0) is "0": keep the sign, as Go's FormatFloat does, so the round trip is exact.
  const value = kv.type === 'float64' && Object.is(kv.value, -0) ? '-0' : tagValueAsString(kv);
  return { key: kv.key, type: kv.type, value };
}

/**
 * Tags-as-fields go to the `tag` map with typed values and dots replaced; binary never does
 * (as Jaeger), nor a value JSON numbers would change (int64 beyond 2^53, integral floats): those
 * stay nested, so the round trip is lossless.
 */
function splitTags(
  tags: readonly KeyValue[],
  fields: TagsAsFields,
): { nested: EsKeyValue[]; map?: Record<string, string | number | boolean> } {
  if (!fields.all && fields.include.size === 0) return { nested: tags.map(toEsKeyValue) };
  const nested: EsKeyValue[] = [];
  let map: Record<string, string | number | boolean> | undefined;
  for (const kv of tags) {
    const value = fieldValue(kv);
    if (value === undefined || !(fields.all || fields.include.has(kv.key))) {
      nested.push(toEsKeyValue(kv));
      continue;
    }
    map ??= {};
    map[kv.key.replaceAll('.', fields.dotReplacement)] = value;
  }
  return map ? { nested, map } : { nested };
}

function fieldValue(kv: KeyValue): string | number | boolean | undefined {
  switch (kv.type) {
    case 'binary':
      return undefined;
    case 'int64':
      return kv.value >= BigInt(Number.MIN_SAFE_INTEGER) && kv.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(kv.value)
        : undefined;
    case 'float64':
      // An integral float would read back as int64 (JSON has one number type); NaN/∞ have no JSON form.
      return Number.isFinite(kv.value) && !Number.isInteger(kv.value) ? kv.value : undefined;
    default:
      return kv.value;
  }
}

/**
 * A stored document back to the model; undefined when its IDs are unusable. With `processes`, spans
 * whose stored process is the same JSON share one `Process` (keyed by that JSON), as spans of one
 * batch do in the model: adjusters and the UI's process table then work per process, not per span.
 */
export function fromEsDocument(
  doc: EsSpanDocument,
  dotReplacement = '@',
  processes?: Map<string, Process>,
): Span | undefined {
  const traceId = parseTraceId(doc.traceID);
  const spanId = parseSpanId(doc.spanID);
  if (!traceId || !spanId) return undefined;
  return {
    traceId,
    spanId,
    operationName: doc.operationName,
    references: withParent(traceId, doc.parentSpanID, (doc.references ?? []).map(fromEsReference)),
    flags: doc.flags ?? 0,
    startTime: micros(doc.startTime),
    duration: micros(doc.duration),
    // The extras first: scope attributes precede the span's own tags of the same key.
    tags: [
      ...(doc.otlpTags ?? []).map(fromEsKeyValue),
      ...(doc.tags ?? []).map(fromEsKeyValue),
      ...fromTagMap(doc.tag, dotReplacement),
    ],
    logs: (doc.logs ?? []).map(fromEsLog),
    process: processes === undefined ? fromEsProcess(doc.process, dotReplacement) : shared(),
    warnings: doc.warnings ?? [],
  };

  function shared(): Process {
    const key = processKey(doc.process);
    if (key === undefined) return fromEsProcess(doc.process, dotReplacement);
    let process = processes!.get(key);
    if (process === undefined) {
      process = fromEsProcess(doc.process, dotReplacement);
      processes!.set(key, process);
    }
    return process;
  }
}

/** The stored process as JSON; undefined when it holds a bigint (a lossless parse): not shared. */
function processKey(process: EsSpanDocument['process']): string | undefined {
  try {
    return JSON.stringify(process);
  } catch {
    return undefined;
  }
}

function fromEsProcess(process: EsSpanDocument['process'], dotReplacement: string): Process {
  return {
    serviceName: process.serviceName,
    tags: [
      ...(process.tags ?? []).map(fromEsKeyValue),
      ...fromTagMap(process.tag, dotReplacement),
      ...(process.otlpTags ?? []).map(fromEsKeyValue),
    ],
  };
}

/**
 * True when a document parsed by plain `JSON.parse` holds an integral number beyond ±(2^53−1) where
 * an int64 tag value may be (nested tag values, the `tag` maps): its digits may have been rounded,
 * and the text must be parsed again with `parseJsonLossless`.
 */
export function hasInexactInteger(doc: EsSpanDocument): boolean {
  return (
    inexactIn(doc.tags) ||
    inexactIn(doc.otlpTags) ||
    inexactInMap(doc.tag) ||
    inexactIn(doc.process.tags) ||
    inexactIn(doc.process.otlpTags) ||
    inexactInMap(doc.process.tag) ||
    (doc.logs ?? []).some((log) => inexactIn(log.fields)) ||
    (doc.references ?? []).some((ref) => inexactIn(ref.tags))
  );
}

function inexactIn(kvs: readonly EsKeyValue[] | undefined): boolean {
  if (kvs === undefined) return false;
  for (const kv of kvs) if (isInexactInteger(kv.value)) return true;
  return false;
}

function inexactInMap(map: Record<string, unknown> | undefined): boolean {
  if (map === undefined) return false;
  for (const key in map) if (isInexactInteger(map[key])) return true;
  return false;
}

function isInexactInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value);
}

/** Jaeger's MaybeAddParentSpanID: a `parentSpanID` not among the references becomes the first CHILD_OF. */
function withParent(traceId: TraceId, parentSpanID: string | undefined, refs: SpanRef[]): SpanRef[] {
  const parent = parentSpanID === undefined ? undefined : parseSpanId(parentSpanID);
  if (parent === undefined || refs.some((ref) => ref.spanId === parent && ref.traceId === traceId))
    return refs;
  return [{ refType: 'CHILD_OF', traceId, spanId: parent }, ...refs];
}

function fromEsReference(ref: EsReference): SpanRef {
  // Link references may carry all-zero IDs (an OTLP link without a valid context): keep them.
  const traceId = (parseTraceId(ref.traceID) ?? ref.traceID.padStart(32, '0')) as TraceId;
  const spanId = (parseSpanId(ref.spanID) ?? ref.spanID.padStart(16, '0')) as SpanId;
  const out: SpanRef = { refType: ref.refType, traceId, spanId };
  return ref.tags && ref.tags.length > 0 ? { ...out, tags: ref.tags.map(fromEsKeyValue) } : out;
}

function fromEsLog(log: { timestamp: number; fields?: EsKeyValue[] }): Log {
  return { timestamp: micros(log.timestamp), fields: (log.fields ?? []).map(fromEsKeyValue) };
}

function fromEsKeyValue(kv: EsKeyValue): KeyValue {
  const value = String(kv.value);
  switch (kv.type) {
    case 'bool':
      return { key: kv.key, type: 'bool', value: value === 'true' };
    case 'int64':
      return { key: kv.key, type: 'int64', value: BigInt(value) };
    case 'float64':
      return { key: kv.key, type: 'float64', value: Number(value) };
    case 'binary':
      return { key: kv.key, type: 'binary', value: hexToBytes(value) };
    default:
      return { key: kv.key, type: 'string', value };
  }
}

/**
 * Jaeger's `convertTagField`: JSON types give the tag type; integral numbers read as int64 (beyond
 * 2^53 they arrive as bigint, exact).
 */
function fromTagMap(map: Record<string, unknown> | undefined, dotReplacement: string): KeyValue[] {
  if (!map) return [];
  const out: KeyValue[] = [];
  for (const [field, value] of Object.entries(map)) {
    const key = field.replaceAll(dotReplacement, '.');
    if (typeof value === 'boolean') out.push({ key, type: 'bool', value });
    else if (typeof value === 'bigint') out.push({ key, type: 'int64', value });
    else if (typeof value === 'number') {
      out.push(
        Number.isInteger(value)
          ? { key, type: 'int64', value: BigInt(value) }
          : { key, type: 'float64', value },
      );
    } else out.push({ key, type: 'string', value: String(value) });
  }
  return out;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(Math.floor(hex.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
