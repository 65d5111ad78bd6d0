import type { Span } from '@spanstream/model';
import {
  decodeJaegerSpan,
  decodeOtlpTraces,
  encodeJaegerSpan,
  encodeOtlpTraces,
  fromJaegerModelJsonSpan,
  fromOtlpJson,
  toJaegerModelJson,
  toOtlpJson,
  transcodeOtlpToJaegerSpans,
  type JaegerSpanBytes,
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
  /** The `jaegerProto` records of a clean OTLP request's spans, straight from its bytes (undefined: decode it). */
  jaegerProtoOfOtlp: (request: Uint8Array): JaegerSpanBytes[] | undefined =>
    transcodeOtlpToJaegerSpans(request),
  /** gogo jsonpb of the same Span (camelCase, enums as names, int64 as strings, IDs base64). */
  jaegerJson: (span: Span): string => JSON.stringify(toJaegerModelJson(span)),
  /** Its text or its parsed JSON. */
  fromJaegerJson: (body: unknown): SpanDecodeResult => fromJaegerModelJsonSpan(body),
  /** One ExportTraceServiceRequest for a batch of spans. */
  otlpProto: (spans: readonly Span[]): Uint8Array => encodeOtlpTraces(spans),
  fromOtlpProto: (bytes: Uint8Array): SpanDecodeResult => decodeOtlpTraces(bytes),
  /** The same request in OTLP/JSON (Jaeger v2's `otlp_json`: IDs in hex, int64 as strings). */
  otlpJson: (spans: readonly Span[]): string => JSON.stringify(toOtlpJson(spans)),
  /** Its text or its parsed JSON. */
  fromOtlpJson: (body: unknown): SpanDecodeResult => fromOtlpJson(body),
};
