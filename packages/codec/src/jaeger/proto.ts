import type { Process, Span } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import type { DecodeResult } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import {
  processFromProto,
  processToProto,
  ProtoFieldError,
  spanFromProto,
  spanToProto,
} from './model-proto.ts';

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

export function encodeJaegerSpan(span: Span): Uint8Array {
  return jaeger.api_v2.Span.encode(spanToProto(span)).finish();
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
