import { decodeZipkinJsonV1, decodeZipkinJsonV2, decodeZipkinProto } from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

/** Zipkin v2 JSON, v2 proto3 and v1 JSON. */
export const zipkinDecoders: Pick<ReceiverDecoders, 'zipkinJsonV2' | 'zipkinProto' | 'zipkinJsonV1'> = {
  zipkinJsonV2: (bytes) => safeDecode(() => decodeZipkinJsonV2(bytes)),
  zipkinProto: (bytes) => safeDecode(() => decodeZipkinProto(bytes)),
  zipkinJsonV1: (bytes) => safeDecode(() => decodeZipkinJsonV1(bytes)),
};
