import type { Span } from '@spanstream/model';
import {
  decodeJaegerSpan,
  decodeOtlpTraces,
  encodeJaegerSpan,
  encodeOtlpTraces,
  fromJaegerModelJsonSpan,
  toJaegerModelJson,
  type DecodeResult,
} from '@spanstream/codec';

/**
 * The codec calls the Kafka formats need, in one place so the rest of this package does not care
 * how @spanstream/codec shapes them. Decoders throw CodecError on unusable bytes; callers catch.
 */
export type SpanDecodeResult = Pick<DecodeResult, 'spans' | 'rejected'>;

export const spanCodec = {
  /** jaeger.api_v2.Span protobuf bytes (with its process embedded), as Jaeger's Kafka writer. */
  jaegerProto: (span: Span): Uint8Array => encodeJaegerSpan(span),
  fromJaegerProto: (bytes: Uint8Array): SpanDecodeResult => decodeJaegerSpan(bytes),
  /** gogo jsonpb of the same Span (camelCase, enums as names, int64 as strings, IDs base64). */
  jaegerJson: (span: Span): string => JSON.stringify(toJaegerModelJson(span)),
  fromJaegerJson: (text: string): SpanDecodeResult => fromJaegerModelJsonSpan(text),
  /** One ExportTraceServiceRequest for a batch of spans. */
  otlpProto: (spans: readonly Span[]): Uint8Array => encodeOtlpTraces(spans),
  fromOtlpProto: (bytes: Uint8Array): SpanDecodeResult => decodeOtlpTraces(bytes),
};
