import type { Message } from 'kafkajs';
import type { Span, TraceId } from '@spanstream/model';
import type { SpanEncoding } from './encodings.ts';
import type { RejectedSpan } from './message.ts';
import { frameConfluent } from './schema-registry.ts';
import { spanCodec } from './span-codec.ts';

export interface EncodeOptions {
  readonly encoding: SpanEncoding;
  readonly maxMessageBytes: number;
  /** Registered schema of `encoding`: `protobuf` and `otlp_proto` records are framed (Confluent wire format). */
  readonly schemaId?: number;
}

export interface EncodedRecords {
  readonly messages: Message[];
  readonly rejected: RejectedSpan[];
}

/**
 * Jaeger's record key: the trace ID in hex, 16 chars when the high half is zero (`%016x`), else 32,
 * so all spans of a trace land in one partition — and in the same one a Jaeger collector would pick
 * for the same key (given the same partitioner).
 */
export function recordKey(traceId: TraceId): string {
  return traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function encodeOne(span: Span, options: EncodeOptions): Buffer {
  if (options.encoding === 'json') return Buffer.from(spanCodec.jaegerJson(span), 'utf8');
  const proto = spanCodec.jaegerProto(span);
  return options.schemaId === undefined ? toBuffer(proto) : frameConfluent(options.schemaId, proto);
}

function tooLarge(size: number, options: EncodeOptions): string {
  return `record of ${size} bytes exceeds --kafka.producer.max-message-bytes=${options.maxMessageBytes}`;
}

/** One record per span (Jaeger's `protobuf`/`json`). */
function perSpan(spans: readonly Span[], options: EncodeOptions): EncodedRecords {
  const messages: Message[] = [];
  const rejected: RejectedSpan[] = [];
  spans.forEach((span, index) => {
    try {
      const key = recordKey(span.traceId);
      const value = encodeOne(span, options);
      const size = value.length + key.length;
      if (size > options.maxMessageBytes) rejected.push({ index, reason: tooLarge(size, options) });
      else messages.push({ key, value });
    } catch (error) {
      rejected.push({
        index,
        reason: `encoding failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return { messages, rejected };
}

function encodeOtlp(spans: readonly Span[], options: EncodeOptions): Buffer {
  if (options.encoding === 'otlp_json') return Buffer.from(spanCodec.otlpJson(spans), 'utf8');
  const proto = spanCodec.otlpProto(spans);
  return options.schemaId === undefined ? toBuffer(proto) : frameConfluent(options.schemaId, proto);
}

/**
 * `otlp_proto`/`otlp_json`: one ExportTraceServiceRequest per trace of the batch (so the key still routes a trace
 * to one partition); a trace too large for one record is halved until it fits, and a single span that
 * cannot fit is rejected.
 */
function perTrace(spans: readonly Span[], options: EncodeOptions): EncodedRecords {
  const byTrace = new Map<TraceId, number[]>();
  spans.forEach((span, index) => {
    const list = byTrace.get(span.traceId);
    if (list) list.push(index);
    else byTrace.set(span.traceId, [index]);
  });
  const out: EncodedRecords = { messages: [], rejected: [] };
  for (const [traceId, indexes] of byTrace) appendOtlp(recordKey(traceId), indexes, spans, options, out);
  return out;
}

function appendOtlp(
  key: string,
  indexes: number[],
  spans: readonly Span[],
  options: EncodeOptions,
  out: EncodedRecords,
): void {
  let value: Buffer;
  try {
    value = encodeOtlp(
      indexes.map((i) => spans[i]!),
      options,
    );
  } catch (error) {
    const reason = `encoding failed: ${error instanceof Error ? error.message : String(error)}`;
    for (const index of indexes) out.rejected.push({ index, reason });
    return;
  }
  const size = value.length + key.length;
  if (size <= options.maxMessageBytes) {
    out.messages.push({ key, value });
    return;
  }
  if (indexes.length === 1) {
    out.rejected.push({ index: indexes[0]!, reason: tooLarge(size, options) });
    return;
  }
  const half = Math.ceil(indexes.length / 2);
  appendOtlp(key, indexes.slice(0, half), spans, options, out);
  appendOtlp(key, indexes.slice(half), spans, options, out);
}

export function encodeRecords(spans: readonly Span[], options: EncodeOptions): EncodedRecords {
  const otlp = options.encoding === 'otlp_proto' || options.encoding === 'otlp_json';
  return otlp ? perTrace(spans, options) : perSpan(spans, options);
}
