export type { ZipkinSpan, ZipkinEndpoint, ZipkinAnnotation, ZipkinKind } from './zipkin-span.ts';
export { decodeZipkinJsonV2, decodeZipkinJsonV1 } from './json.ts';
export { decodeZipkinProto, encodeZipkinProto } from './proto.ts';
