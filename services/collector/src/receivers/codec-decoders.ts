import {
  decodeJaegerThriftBatch,
  decodeOtlpTraces,
  decodePostSpansRequest,
  decodeZipkinJsonV1,
  decodeZipkinJsonV2,
  decodeZipkinProto,
  fromOtlpJson,
} from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

const utf8 = new TextDecoder('utf-8');

/** The real decoders, from @spanstream/codec; each payload is decoded once, straight into model spans. */
export const codecDecoders: ReceiverDecoders = {
  otlpProto: (bytes) => safeDecode(() => decodeOtlpTraces(bytes)),
  otlpJson: (bytes) => safeDecode(() => fromOtlpJson(JSON.parse(utf8.decode(bytes)) as unknown)),
  jaegerProto: (bytes) => safeDecode(() => decodePostSpansRequest(bytes)),
  jaegerThrift: (bytes) => safeDecode(() => decodeJaegerThriftBatch(bytes)),
  zipkinJsonV2: (bytes) => safeDecode(() => decodeZipkinJsonV2(bytes)),
  zipkinProto: (bytes) => safeDecode(() => decodeZipkinProto(bytes)),
  zipkinJsonV1: (bytes) => safeDecode(() => decodeZipkinJsonV1(bytes)),
};
