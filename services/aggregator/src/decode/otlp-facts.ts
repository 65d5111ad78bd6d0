import type { SpanKindName } from '@spanstream/metrics-store';
import type { SpanFacts } from '../span-facts.ts';
import { bufferReader, fixed64, hexBytes, type Reader, sub } from './proto-read.ts';

/**
 * OTLP ExportTraceServiceRequest → SpanFacts, reading only the fields the aggregator uses and skipping
 * the rest (attribute values, events): the hot path. Agrees with `spanFacts(decode(...))` (tested
 * against the full codec). Throws on bad bytes.
 */
const OTLP_KINDS: readonly SpanKindName[] = [
  'SPAN_KIND_UNSPECIFIED',
  'SPAN_KIND_INTERNAL',
  'SPAN_KIND_SERVER',
  'SPAN_KIND_CLIENT',
  'SPAN_KIND_PRODUCER',
  'SPAN_KIND_CONSUMER',
];
/** The codec's service name for a resource without attributes. */
const NO_SERVICE_NAME = 'OTLPResourceNoServiceName';
const EMPTY_SPAN_ID = '0000000000000000';

/** Facts of every span of an OTLP ExportTraceServiceRequest. */
export function otlpFacts(bytes: Uint8Array, out: SpanFacts[]): void {
  const reader = bufferReader(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) resourceSpans(reader, sub(reader), out);
    else reader.skipType(tag & 7);
  }
}

function resourceSpans(reader: Reader, end: number, out: SpanFacts[]): void {
  let service = NO_SERVICE_NAME;
  const scopes: [number, number][] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 2) service = resourceService(reader, sub(reader));
    else if (field === 2 && (tag & 7) === 2) {
      // The resource may come after its spans: remember where they are, read them after.
      const length = reader.uint32();
      scopes.push([reader.pos, reader.pos + length]);
      reader.skip(length);
    } else reader.skipType(tag & 7);
  }
  const back = reader.pos;
  for (const [start, stop] of scopes) {
    reader.pos = start;
    while (reader.pos < stop) {
      const tag = reader.uint32();
      if (tag >>> 3 === 2 && (tag & 7) === 2) out.push(otlpSpan(reader, sub(reader), service));
      else reader.skipType(tag & 7);
    }
  }
  reader.pos = back;
}

function resourceService(reader: Reader, end: number): string {
  let service: string | undefined;
  let attributes = 0;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) {
      attributes++;
      const stop = sub(reader);
      let key = '';
      while (reader.pos < stop) {
        const t = reader.uint32();
        if (t >>> 3 === 1 && (t & 7) === 2) key = reader.string();
        else if (t >>> 3 === 2 && (t & 7) === 2 && key === 'service.name')
          service = anyString(reader, sub(reader));
        else reader.skipType(t & 7);
      }
    } else reader.skipType(tag & 7);
  }
  return service ?? (attributes === 0 ? NO_SERVICE_NAME : '');
}

/** AnyValue.string_value, '' for other kinds (as the codec reads `service.name`). */
function anyString(reader: Reader, end: number): string {
  let value = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) value = reader.string();
    else reader.skipType(tag & 7);
  }
  return value;
}

/** AnyValue: true for bool true or the string "true". */
function anyTrue(reader: Reader, end: number): boolean {
  let value = false;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 2) value = reader.string() === 'true';
    else if (field === 2 && (tag & 7) === 0) value = reader.bool();
    else reader.skipType(tag & 7);
  }
  return value;
}

function otlpSpan(reader: Reader, end: number, service: string): SpanFacts {
  let traceId = '';
  let spanId = '';
  let operation = '';
  let kind = 0;
  let startNs = 0;
  let endNs = 0;
  let error = false;
  let parentId: string | undefined;
  let links: OtlpLink[] | undefined;
  while (reader.pos < end) {
    const tag = reader.uint32();
    switch (tag >>> 3) {
      case 1:
        traceId = hexBytes(reader);
        break;
      case 2:
        spanId = hexBytes(reader);
        break;
      case 4: {
        const parent = hexBytes(reader);
        if (parent.length > 0) parentId = parent;
        break;
      }
      case 5:
        operation = reader.string();
        break;
      case 6:
        kind = reader.int32();
        break;
      case 7:
        startNs = fixed64(reader);
        break;
      case 8:
        endNs = fixed64(reader);
        break;
      case 9:
        error = errorAttribute(reader, sub(reader)) || error;
        break;
      case 13:
        (links ??= []).push(otlpLink(reader, sub(reader)));
        break;
      case 15:
        error = statusIsError(reader, sub(reader)) || error;
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  const parentIds: string[] = [];
  if (parentId !== undefined && parentId !== EMPTY_SPAN_ID) parentIds.push(parentId);
  if (links) {
    for (const link of links) {
      if (link.traceId !== traceId) continue;
      // As the codec (Jaeger's linksToDbSpanRefs): a plain link to the parent only gives it its type.
      if (link.plain && parentIds.length > 0 && link.spanId === parentIds[0]) continue;
      parentIds.push(link.spanId);
    }
  }
  return {
    traceId,
    spanId,
    parentIds,
    service,
    operation,
    kind: OTLP_KINDS[kind] ?? 'SPAN_KIND_UNSPECIFIED',
    startMs: startNs / 1e6,
    durationMs: Math.max(0, endNs - startNs) / 1e6,
    error,
  };
}

/** An attribute `error` that is true (the only attribute the aggregator reads). */
function errorAttribute(reader: Reader, end: number): boolean {
  let isError = false;
  let key = false;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) {
      const length = reader.uint32();
      const buf = reader.buf;
      const at = reader.pos;
      key =
        length === 5 &&
        buf[at] === 0x65 &&
        buf[at + 1] === 0x72 &&
        buf[at + 2] === 0x72 &&
        buf[at + 3] === 0x6f &&
        buf[at + 4] === 0x72;
      reader.skip(length);
    } else if (tag >>> 3 === 2 && (tag & 7) === 2 && key) isError = anyTrue(reader, sub(reader));
    else reader.skipType(tag & 7);
  }
  return isError;
}

interface OtlpLink {
  readonly traceId: string;
  readonly spanId: string;
  /** Nothing but an `opentracing.ref_type` attribute: no other attribute, trace state, flags or drops. */
  readonly plain: boolean;
}

function otlpLink(reader: Reader, end: number): OtlpLink {
  let traceId = '';
  let spanId = '';
  let plain = true;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 2) traceId = hexBytes(reader);
    else if (field === 2 && (tag & 7) === 2) spanId = hexBytes(reader);
    else if (field === 4 && (tag & 7) === 2)
      plain = attributeKey(reader, sub(reader)) === 'opentracing.ref_type' && plain;
    else {
      // trace_state, dropped_attributes_count, flags: when set, the codec keeps the link as a reference.
      const wire = tag & 7;
      if (wire === 0) plain = reader.uint32() === 0 && plain;
      else if (wire === 2) {
        const length = reader.uint32();
        reader.skip(length);
        plain = length === 0 && plain;
      } else if (wire === 5) plain = reader.fixed32() === 0 && plain;
      else {
        reader.skipType(wire);
        plain = false;
      }
    }
  }
  return { traceId, spanId, plain };
}

function attributeKey(reader: Reader, end: number): string {
  let key = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) key = reader.string();
    else reader.skipType(tag & 7);
  }
  return key;
}

function statusIsError(reader: Reader, end: number): boolean {
  let code = 0;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 3 && (tag & 7) === 0) code = reader.int32();
    else reader.skipType(tag & 7);
  }
  return code === 2;
}
