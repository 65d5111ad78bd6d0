export type { ZipkinSpan, ZipkinEndpoint, ZipkinAnnotation, ZipkinKind } from './zipkin-span.ts';
export { decodeZipkinJsonV2, decodeZipkinJsonV1 } from './json.ts';
export { decodeZipkinProto, encodeZipkinProto } from './proto.ts';
export type {
  ZipkinThriftSpan,
  ZipkinThriftAnnotation,
  ZipkinThriftBinaryAnnotation,
  ZipkinThriftEndpoint,
} from './thrift-to-model.ts';
export { fromZipkinThrift, ZIPKIN_ANNOTATION_TYPE, ZIPKIN_UNKNOWN_SERVICE } from './thrift-to-model.ts';
