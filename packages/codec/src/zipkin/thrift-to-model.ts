import type { KeyValue, Log, Micros, Process, Span, SpanId, SpanRef, TraceId } from '@spanstream/model';
import { FLAG_DEBUG } from '@spanstream/model';
import { bytesToBase64 } from '../bytes.ts';

/** zipkincore.thrift `Endpoint`, as read off the wire. */
export interface ZipkinThriftEndpoint {
  /** The i32 as sent (an IPv4 address, big-endian, often negative). */
  readonly ipv4: number;
  /** The i16 as sent. */
  readonly port: number;
  readonly serviceName: string;
  readonly ipv6?: Uint8Array | undefined;
}

export interface ZipkinThriftAnnotation {
  /** Epoch microseconds. */
  readonly timestamp: number;
  readonly value: string;
  readonly host?: ZipkinThriftEndpoint | undefined;
}

/** zipkincore.thrift `AnnotationType`: BOOL, BYTES, I16, I32, I64, DOUBLE, STRING. */
export const ZIPKIN_ANNOTATION_TYPE = {
  BOOL: 0,
  BYTES: 1,
  I16: 2,
  I32: 3,
  I64: 4,
  DOUBLE: 5,
  STRING: 6,
} as const;

export interface ZipkinThriftBinaryAnnotation {
  readonly key: string;
  readonly value: Uint8Array;
  readonly annotationType: number;
  readonly host?: ZipkinThriftEndpoint | undefined;
}

/** zipkincore.thrift `Span`; IDs as 16 lowercase hex digits (the i64s' two's complement). */
export interface ZipkinThriftSpan {
  readonly traceId: string;
  readonly traceIdHigh?: string | undefined;
  readonly name: string;
  readonly id: string;
  readonly parentId?: string | undefined;
  readonly annotations: readonly ZipkinThriftAnnotation[];
  readonly binaryAnnotations: readonly ZipkinThriftBinaryAnnotation[];
  readonly debug: boolean;
  readonly timestamp?: number | undefined;
  readonly duration?: number | undefined;
}

/** Jaeger's `UnknownServiceName`, for a span that names no service anywhere. */
export const ZIPKIN_UNKNOWN_SERVICE = 'unknown-service-name';

const CORE_ANNOTATIONS: Readonly<Record<string, 'server' | 'client'>> = {
  sr: 'server',
  ss: 'server',
  cs: 'client',
  cr: 'client',
};
const isCore = (value: string): boolean => Object.hasOwn(CORE_ANNOTATIONS, value);

/** Binary annotations that describe the process, not the span, and the process tag they become. */
const PROCESS_TAGS: Readonly<Record<string, string>> = {
  jaegerClient: 'jaeger.version',
  'jaeger.hostname': 'hostname',
  'jaeger.version': 'jaeger.version',
};
const isProcessTag = (a: ZipkinThriftBinaryAnnotation): boolean => Object.hasOwn(PROCESS_TAGS, a.key);

const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });
const int = (key: string, value: bigint): KeyValue => ({ key, type: 'int64', value });
const utf8 = new TextDecoder();

/** Big-endian number of `size` bytes, as Go's `binary.Read` does it: an error text when too short. */
function readNumber(
  bytes: Uint8Array,
  size: number,
  read: (view: DataView) => bigint | number,
): bigint | number | string {
  if (bytes.length === 0) return 'EOF';
  if (bytes.length < size) return 'unexpected EOF';
  return read(new DataView(bytes.buffer, bytes.byteOffset, size));
}

/** Jaeger's `transformBinaryAnnotation`; a string explaining why when the value cannot be read. */
function binaryAnnotationTag(a: ZipkinThriftBinaryAnnotation, key: string): KeyValue {
  const T = ZIPKIN_ANNOTATION_TYPE;
  let value: bigint | number | string;
  switch (a.annotationType) {
    case T.BOOL:
      return { key, type: 'bool', value: a.value.length === 1 && a.value[0] === 1 };
    case T.BYTES:
      return { key, type: 'binary', value: a.value };
    case T.STRING:
      return str(key, utf8.decode(a.value));
    case T.DOUBLE:
      value = readNumber(a.value, 8, (v) => v.getFloat64(0));
      if (typeof value === 'number') return { key, type: 'float64', value };
      break;
    case T.I16:
      value = readNumber(a.value, 2, (v) => BigInt(v.getInt16(0)));
      break;
    case T.I32:
      value = readNumber(a.value, 4, (v) => BigInt(v.getInt32(0)));
      break;
    case T.I64:
      value = readNumber(a.value, 8, (v) => v.getBigInt64(0));
      break;
    default:
      value = `unknown zipkin annotation type: ${a.annotationType}`;
  }
  if (typeof value === 'bigint') return int(key, value);
  return str(key, `Cannot parse Zipkin value ${bytesToBase64(a.value)}: ${String(value)}`);
}

/** `peer.*` tags from the endpoint of an `sa`/`ca`/`ma` address annotation. */
function peerTags(host: ZipkinThriftEndpoint | undefined, tags: KeyValue[]): void {
  if (host === undefined) return;
  tags.push(str('peer.service', host.serviceName));
  if (host.ipv4 !== 0) tags.push(int('peer.ipv4', BigInt(host.ipv4 >>> 0)));
  if (host.ipv6 !== undefined) tags.push({ key: 'peer.ipv6', type: 'binary', value: host.ipv6 });
  if (host.port !== 0) tags.push(int('peer.port', BigInt(host.port & 0xffff)));
}

function getTags(
  annotations: readonly ZipkinThriftBinaryAnnotation[],
  include: (a: ZipkinThriftBinaryAnnotation) => boolean,
): KeyValue[] {
  const tags: KeyValue[] = [];
  for (const a of annotations) {
    if (!include(a)) continue;
    if (a.key === 'lc') tags.push(str('component', utf8.decode(a.value)));
    else if (a.key === 'sa' || a.key === 'ca' || a.key === 'ma') peerTags(a.host, tags);
    else tags.push(binaryAnnotationTag(a, a.key));
  }
  return tags;
}

/** A log from a non-core annotation: a JSON object of strings becomes its fields, else `event`. */
function logOf(a: ZipkinThriftAnnotation): Log {
  const timestamp = a.timestamp as Micros;
  try {
    const parsed: unknown = JSON.parse(a.value);
    // Go's json.Unmarshal into map[string]string: null is an empty map, a non-string value an error.
    if (parsed === null) return { timestamp, fields: [] };
    if (typeof parsed === 'object' && !Array.isArray(parsed)) {
      const entries = Object.entries(parsed as Record<string, unknown>);
      if (entries.every(([, v]) => typeof v === 'string'))
        return { timestamp, fields: entries.map(([k, v]) => str(k, v as string)) };
    }
  } catch {
    // Not JSON: the annotation is the event.
  }
  return { timestamp, fields: [str('event', a.value)] };
}

/** Jaeger's `findServiceNameAndIP`: core annotations first, then `lc`, then any annotation. */
function serviceAndIp(span: ZipkinThriftSpan): { service: string; ipv4: number } | undefined {
  const named = (host: ZipkinThriftEndpoint | undefined) => host !== undefined && host.serviceName !== '';
  const found =
    span.annotations.find((a) => isCore(a.value) && named(a.host)) ??
    span.binaryAnnotations.find((a) => a.key === 'lc' && named(a.host)) ??
    span.annotations.find((a) => named(a.host)) ??
    span.binaryAnnotations.find((a) => named(a.host));
  return found?.host === undefined ? undefined : { service: found.host.serviceName, ipv4: found.host.ipv4 };
}

function processOf(span: ZipkinThriftSpan): Process {
  const tags = getTags(span.binaryAnnotations, isProcessTag).map((tag): KeyValue => ({
    ...tag,
    key: PROCESS_TAGS[tag.key] ?? tag.key,
  }));
  const found = serviceAndIp(span);
  // Jaeger widens the i32 through uint64: a negative address stays negative in the `ip` tag.
  if (found !== undefined && found.ipv4 !== 0) tags.push(int('ip', BigInt(found.ipv4)));
  return { serviceName: found?.service ?? ZIPKIN_UNKNOWN_SERVICE, tags };
}

const annotation = (span: ZipkinThriftSpan, value: string) => span.annotations.find((a) => a.value === value);

/** Jaeger's `getStartTimeAndDuration`: the span's own fields, else from cs/cr or sr/ss. */
function startAndDuration(span: ZipkinThriftSpan): [number, number] {
  let start = span.timestamp ?? 0;
  let duration = span.duration ?? 0;
  if (start === 0) {
    const cs = annotation(span, 'cs');
    const sr = annotation(span, 'sr');
    const [begin, endName] = cs !== undefined ? [cs, 'cr'] : [sr, 'ss'];
    if (begin !== undefined) {
      start = begin.timestamp;
      const end = annotation(span, endName);
      if (end !== undefined && duration === 0) duration = end.timestamp - begin.timestamp;
    }
  }
  return [start, duration];
}

const spanKind = (kind: string): KeyValue => str('span.kind', kind);

/**
 * Zipkin Thrift spans (`Agent.emitZipkinBatch`, zipkincore.thrift) → Jaeger spans, as Jaeger's
 * `model/converter/thrift/zipkin` ToDomain does: binary annotations become tags (`lc` → `component`,
 * `sa`/`ca`/`ma` → `peer.*`, jaeger.* client tags → process tags), the first core annotation gives
 * `span.kind`, other annotations become logs, the service name comes from the annotations' hosts, and
 * a span with both `cs` and `sr` (a shared RPC span) becomes two: the client side and the server side.
 */
export function fromZipkinThrift(spans: readonly ZipkinThriftSpan[]): Span[] {
  const out: Span[] = [];
  for (const z of spans) {
    const traceId = `${z.traceIdHigh ?? '0000000000000000'}${z.traceId}` as TraceId;
    const spanId = z.id as SpanId;
    const references: SpanRef[] =
      z.parentId === undefined || /^0+$/.test(z.parentId)
        ? []
        : [{ refType: 'CHILD_OF', traceId, spanId: z.parentId as SpanId }];
    const flags = z.debug ? FLAG_DEBUG : 0;
    const process = processOf(z);
    const warnings =
      process.serviceName === ZIPKIN_UNKNOWN_SERVICE
        ? [`cannot find service name in Zipkin span [traceID=${z.traceId}, spanID=${z.id}]`]
        : [];
    const tags = getTags(z.binaryAnnotations, (a) => !isProcessTag(a));
    const kind = z.annotations.find((a) => isCore(a.value));
    if (kind !== undefined) tags.push(spanKind(CORE_ANNOTATIONS[kind.value]!));
    const [start, duration] = startAndDuration(z);
    const base = { traceId, spanId, operationName: z.name, references, flags, process, warnings };
    out.push({
      ...base,
      startTime: start as Micros,
      duration: duration as Micros,
      tags,
      logs: z.annotations.filter((a) => a.value !== '' && !isCore(a.value)).map(logOf),
    });
    const cs = annotation(z, 'cs');
    const sr = annotation(z, 'sr');
    if (cs === undefined || sr === undefined) continue;
    // A span both sides logged: the other side becomes a span of its own, with only its kind.
    const client = kind !== undefined && CORE_ANNOTATIONS[kind.value] === 'client';
    const [begin, endName] = client ? [sr, 'ss'] : [cs, 'cr'];
    const end = annotation(z, endName);
    out.push({
      ...base,
      startTime: begin.timestamp as Micros,
      duration: (end === undefined ? 0 : end.timestamp - begin.timestamp) as Micros,
      tags: [spanKind(client ? 'server' : 'client')],
      logs: [],
    });
  }
  return out;
}
