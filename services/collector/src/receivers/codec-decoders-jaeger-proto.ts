import { decodePostSpansRequest } from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

/** Jaeger api_v2 PostSpansRequest protobuf (the Jaeger gRPC receiver). */
export const jaegerProtoDecoders: Pick<ReceiverDecoders, 'jaegerProto'> = {
  jaegerProto: (bytes) => safeDecode(() => decodePostSpansRequest(bytes)),
};
