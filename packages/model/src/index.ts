export type { TraceId, SpanId } from './ids.ts';
export {
  parseTraceId,
  parseSpanId,
  traceIdFromBytes,
  spanIdFromBytes,
  idToBytes,
  bytesToHex,
  traceIdToHighLow,
  traceIdFromHighLow,
} from './ids.ts';
export type { Micros, Millis } from './time.ts';
export {
  micros,
  millis,
  millisToMicros,
  microsToMillis,
  nanosToMicros,
  microsToNanos,
  nowMicros,
} from './time.ts';
export type { AttributeEntry, AttributeValue, KeyValue, StructuredValue, ValueType } from './key-value.ts';
export {
  stringTag,
  boolTag,
  int64Tag,
  float64Tag,
  binaryTag,
  tagValueAsString,
  findTag,
} from './key-value.ts';
export type { RefType, SpanRef, Log, Process, Span, Trace } from './span.ts';
export { FLAG_SAMPLED, FLAG_DEBUG, parentSpanId, compareSpans } from './span.ts';
export { otlpExtraPositions, splitOtlpExtras } from './otlp-extras.ts';
export type { DependencyLink } from './dependency.ts';
export type { DependencyRule, DeriveDependenciesOptions } from './dependencies.ts';
export { deriveDependencies } from './dependencies.ts';
export * from './sanitizers/index.ts';
export * from './adjusters/index.ts';
