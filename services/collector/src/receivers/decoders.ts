import type { Decoded } from './decode-result.ts';

/** The payload decoders each receiver needs; `loadCodecDecoders` (codec package) loads the real ones. */
export interface ReceiverDecoders {
  /** OTLP ExportTraceServiceRequest protobuf. */
  readonly otlpProto: (bytes: Uint8Array) => Decoded;
  /** OTLP/JSON ExportTraceServiceRequest. */
  readonly otlpJson: (bytes: Uint8Array) => Decoded;
  /** jaeger.api_v2.PostSpansRequest protobuf. */
  readonly jaegerProto: (bytes: Uint8Array) => Decoded;
  /** jaeger.thrift Batch, binary protocol. */
  readonly jaegerThrift: (bytes: Uint8Array) => Decoded;
  /** Zipkin v2 JSON list of spans. */
  readonly zipkinJsonV2: (bytes: Uint8Array) => Decoded;
  /** Zipkin v2 proto3 ListOfSpans. */
  readonly zipkinProto: (bytes: Uint8Array) => Decoded;
  /** Zipkin v1 JSON list of spans. */
  readonly zipkinJsonV1: (bytes: Uint8Array) => Decoded;
}
