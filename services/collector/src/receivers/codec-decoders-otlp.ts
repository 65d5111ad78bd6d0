import { decodeOtlpTraces, fromOtlpJson } from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

const utf8 = new TextDecoder('utf-8');

/** OTLP protobuf and JSON (the OTLP/HTTP and OTLP/gRPC receivers). */
export const otlpDecoders: Pick<ReceiverDecoders, 'otlpProto' | 'otlpJson'> = {
  otlpProto: (bytes) => safeDecode(() => decodeOtlpTraces(bytes)),
  otlpJson: (bytes) => safeDecode(() => fromOtlpJson(JSON.parse(utf8.decode(bytes)) as unknown)),
};
