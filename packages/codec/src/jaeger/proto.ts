import type { Process, Span } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import protobuf from 'protobufjs/minimal.js';
import type { DecodeResult } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import {
  processFromProto,
  processToProto,
  ProtoFieldError,
  spanFromProto,
  spanToProto,
} from './model-proto.ts';
import { writeJaegerSpan } from './span-encoder.ts';

function decode<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new CodecError(`malformed ${what} protobuf: ${describeError(error)}`, { cause: error });
  }
}

function convert(spans: readonly jaeger.api_v2.ISpan[], process: Process | undefined): DecodeResult {
  const out: DecodeResult = { spans: [], rejected: [] };
  spans.forEach((span, index) => {
    try {
      out.spans.push(spanFromProto(span, process));
    } catch (error) {
      if (!(error instanceof ProtoFieldError)) throw error;
      out.rejected.push({ index, reason: error.message });
    }
  });
  return out;
}

/** One api_v2 `Span` (Jaeger's Kafka `protobuf` encoding): one span, or one rejection. */
export function decodeJaegerSpan(bytes: Uint8Array): DecodeResult {
  return convert([decode('Jaeger span', () => jaeger.api_v2.Span.decode(bytes))], undefined);
}

// Spans decoded from one request share one Process object, and every Kafka message embeds it:
// encode each process once. Entries go with their Process objects (a WeakMap).
const processBytes = new WeakMap<Process, Uint8Array>();

/** An api_v2 `Process` as every record of its spans embeds it (encoded once per Process object). */
export function encodeJaegerProcess(process: Process): Uint8Array {
  let bytes = processBytes.get(process);
  if (bytes === undefined) {
    bytes = jaeger.api_v2.Process.encode(processToProto(process)).finish();
    processBytes.set(process, bytes);
  }
  return bytes;
}

/**
 * One api_v2 `Span` with its process embedded (Jaeger's Kafka `protobuf` message): byte for byte
 * what the generated encoder gives for `toJaegerProtoSpan(span)`, written by a sized single-buffer
 * writer because this is the collector's per-span hot path (see span-encoder.ts).
 */
export function encodeJaegerSpan(span: Span): Uint8Array {
  return writeJaegerSpan(span, encodeJaegerProcess(span.process));
}

/**
 * api_v2 query's `SpansResponseChunk{repeated Span spans = 1}` (a GetTrace/FindTraces stream
 * message) of these spans, each encoded by encodeJaegerSpan.
 */
export function encodeSpansResponseChunk(spans: readonly Span[]): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const span of spans) writer.uint32((1 << 3) | 2).bytes(encodeJaegerSpan(span));
  return writer.finish();
}

/** A decoded api_v2 `Batch` (a span's own process wins over the batch's). */
export function fromJaegerBatch(batch: jaeger.api_v2.IBatch): DecodeResult {
  return convert(batch.spans ?? [], batch.process == null ? undefined : processFromProto(batch.process));
}

/** api_v2 `Batch` bytes. */
export function decodeJaegerBatch(bytes: Uint8Array): DecodeResult {
  return fromJaegerBatch(decode('Jaeger batch', () => jaeger.api_v2.Batch.decode(bytes)));
}

/** `PostSpansRequest` bytes, the body of the collector's gRPC `PostSpans`. */
export function decodePostSpansRequest(bytes: Uint8Array): DecodeResult {
  const request = decode('PostSpansRequest', () => jaeger.api_v2.PostSpansRequest.decode(bytes));
  return fromJaegerBatch(request.batch ?? {});
}

/** Spans as a `PostSpansRequest` (each span carries its process; `process` optionally the batch's). */
export function encodePostSpansRequest(spans: readonly Span[], process?: Process): Uint8Array {
  const batch: jaeger.api_v2.IBatch = { spans: spans.map(spanToProto) };
  if (process !== undefined) batch.process = processToProto(process);
  return jaeger.api_v2.PostSpansRequest.encode({ batch }).finish();
}
