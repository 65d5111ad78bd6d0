import type { SpanKindName } from '@spanstream/metrics-store';
import type { SpanFacts } from '../span-facts.ts';
import { bufferReader, hexBytes, type Reader, sub } from './proto-read.ts';

/**
 * jaeger.api_v2.Span (Jaeger's `protobuf` record) → SpanFacts, reading only the fields the aggregator
 * uses (tags only for `span.kind`, `error`, `otel.status_code`; logs skipped). Throws on bad bytes.
 */
const JAEGER_KINDS: Readonly<Record<string, SpanKindName>> = {
  internal: 'SPAN_KIND_INTERNAL',
  server: 'SPAN_KIND_SERVER',
  client: 'SPAN_KIND_CLIENT',
  producer: 'SPAN_KIND_PRODUCER',
  consumer: 'SPAN_KIND_CONSUMER',
};

/** Facts of one jaeger.api_v2.Span (Jaeger's `protobuf` record). */
export function jaegerFacts(bytes: Uint8Array, out: SpanFacts[]): void {
  const reader = bufferReader(bytes);
  let traceId = '';
  let spanId = '';
  let operation = '';
  let startMs = 0;
  let durationMs = 0;
  let service = '';
  const tags = { kind: 'SPAN_KIND_UNSPECIFIED' as SpanKindName, error: false };
  const refs: [string, string][] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    switch (tag >>> 3) {
      case 1:
        traceId = hexBytes(reader);
        break;
      case 2:
        spanId = hexBytes(reader);
        break;
      case 3:
        operation = reader.string();
        break;
      case 4:
        refs.push(jaegerRef(reader, sub(reader)));
        break;
      case 6:
        startMs = timestampMs(reader, sub(reader));
        break;
      case 7:
        durationMs = timestampMs(reader, sub(reader));
        break;
      case 8:
        jaegerTag(reader, sub(reader), tags);
        break;
      case 10:
        service = jaegerService(reader, sub(reader));
        break;
      default:
        reader.skipType(tag & 7);
    }
  }
  const parentIds: string[] = [];
  for (const [trace, span] of refs) if (trace === traceId) parentIds.push(span);
  out.push({
    traceId,
    spanId,
    parentIds,
    service,
    operation,
    kind: tags.kind,
    startMs,
    durationMs,
    error: tags.error,
  });
}

function jaegerRef(reader: Reader, end: number): [string, string] {
  let traceId = '';
  let spanId = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) traceId = hexBytes(reader);
    else if (tag >>> 3 === 2 && (tag & 7) === 2) spanId = hexBytes(reader);
    else reader.skipType(tag & 7);
  }
  return [traceId, spanId];
}

/** google.protobuf.Timestamp or Duration in ms. */
function timestampMs(reader: Reader, end: number): number {
  let seconds = 0;
  let nanos = 0;
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 0) {
      const long = reader.int64() as unknown as { low: number; high: number } | number;
      seconds = typeof long === 'number' ? long : long.high * 4294967296 + (long.low >>> 0);
    } else if (tag >>> 3 === 2 && (tag & 7) === 0) nanos = reader.int32();
    else reader.skipType(tag & 7);
  }
  return seconds * 1000 + nanos / 1e6;
}

/** A KeyValue: `span.kind`, `error` and `otel.status_code` are the ones that matter. */
function jaegerTag(reader: Reader, end: number, into: { kind: SpanKindName; error: boolean }): void {
  let key = '';
  let str: string | undefined;
  let bool = false;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 2) key = reader.string();
    else if (
      field === 3 &&
      (tag & 7) === 2 &&
      (key === 'span.kind' || key === 'error' || key === 'otel.status_code')
    )
      str = reader.string();
    else if (field === 4 && (tag & 7) === 0) bool = reader.bool();
    else reader.skipType(tag & 7);
  }
  if (key === 'span.kind') into.kind = (str !== undefined && JAEGER_KINDS[str]) || into.kind;
  else if (key === 'error') into.error ||= bool || str === 'true';
  else if (key === 'otel.status_code') into.error ||= str?.toUpperCase() === 'ERROR';
}

function jaegerService(reader: Reader, end: number): string {
  let service = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) service = reader.string();
    else reader.skipType(tag & 7);
  }
  return service;
}
