export type { DecodeResult, Rejection } from './result.ts';
export { CodecError } from './result.ts';
export { fromOtlpJson } from './otlp/json-decode.ts';
export { decodeOtlpTraces } from './otlp/decode.ts';
export { fromJaegerModelJson, fromJaegerModelJsonSpan, toJaegerModelJson } from './jaeger/model-json.ts';
export {
  parseRfc3339Micros,
  formatRfc3339Micros,
  parseDurationMicros,
  formatDurationMicros,
} from './time.ts';
export { toOtlpTraces, encodeOtlpTraces } from './otlp/encode.ts';
export { toOtlpJson } from './otlp/json-encode.ts';
