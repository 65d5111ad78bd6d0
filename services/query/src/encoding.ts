/**
 * The one place the query service touches span encodings: every transport
 * converts model traces through these, so a codec change is a change here.
 */
export {
  toJaegerUiTrace as toUiTrace,
  jaegerUiTraceJson as uiTraceJson,
  toOtlpJson,
  encodeOtlpTraces,
  encodeSpansResponseChunk,
} from '@spanstream/codec';
