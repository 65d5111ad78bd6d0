export type { DecodeResult, Rejection } from './result.ts';
export { CodecError } from './result.ts';
export { fromOtlpJson } from './otlp/json-decode.ts';
export { decodeOtlpTraces } from './otlp/decode.ts';
export type { ForwardableOtlp } from './otlp/forwardable.ts';
export { scanForwardableOtlp } from './otlp/forwardable.ts';
export type { JaegerSpanBytes } from './otlp/to-jaeger-bytes.ts';
export { transcodeOtlpToJaegerSpans } from './otlp/to-jaeger-bytes.ts';
export { fromJaegerModelJson, fromJaegerModelJsonSpan, toJaegerModelJson } from './jaeger/model-json.ts';
export {
  parseRfc3339Micros,
  formatRfc3339Micros,
  parseDurationMicros,
  formatDurationMicros,
} from './time.ts';
export { toOtlpTraces, encodeOtlpTraces } from './otlp/encode.ts';
export { toOtlpJson } from './otlp/json-encode.ts';
export { encodeOtlpExportResponse, encodeRpcStatus } from './rpc-status.ts';
export {
  decodeJaegerSpan,
  encodeJaegerSpan,
  encodeSpansResponseChunk,
  fromJaegerBatch,
  decodeJaegerBatch,
  decodePostSpansRequest,
  encodePostSpansRequest,
} from './jaeger/proto.ts';
export {
  spanToProto as toJaegerProtoSpan,
  processToProto as toJaegerProtoProcess,
} from './jaeger/model-proto.ts';
export type { UiTrace, UiSpan, UiProcess, UiKeyValue } from './jaeger/ui-json.ts';
export {
  jaegerUiTraceJson,
  toJaegerUiTrace,
  toJaegerUiTraces,
  toUiKeyValue,
  uiTraceId,
} from './jaeger/ui-json.ts';
export { fromJaegerUiTrace } from './jaeger/ui-json-read.ts';
export {
  decodeJaegerThriftBatch,
  encodeJaegerThriftBatch,
  encodeJaegerThriftEmitBatch,
} from './jaeger-thrift/index.ts';
export type {
  ZipkinSpan,
  ZipkinEndpoint,
  ZipkinAnnotation,
  ZipkinKind,
  ZipkinThriftSpan,
  ZipkinThriftAnnotation,
  ZipkinThriftBinaryAnnotation,
  ZipkinThriftEndpoint,
} from './zipkin/index.ts';
export {
  fromZipkinThrift,
  ZIPKIN_ANNOTATION_TYPE,
  ZIPKIN_UNKNOWN_SERVICE,
  decodeZipkinJsonV2,
  decodeZipkinJsonV1,
  decodeZipkinProto,
  encodeZipkinProto,
} from './zipkin/index.ts';
export { durationToMicros, timestampToMicros } from './proto-time.ts';
