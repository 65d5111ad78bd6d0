import { decodeJaegerBatch, decodeOtlpTraces, fromOtlpJson } from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

const utf8 = new TextDecoder('utf-8');

/** The real decoders, from @spanstream/codec; each payload is decoded once, straight into model spans. */
export const codecDecoders: ReceiverDecoders = {
  otlpProto: (bytes) => safeDecode(() => decodeOtlpTraces(bytes)),
  otlpJson: (bytes) => safeDecode(() => fromOtlpJson(JSON.parse(utf8.decode(bytes)) as unknown)),
  jaegerProto: (bytes) => safeDecode(() => decodeJaegerBatch(bytes)),
  jaegerThrift: () => ({ ok: false, error: 'not implemented yet' }),
  zipkinJsonV2: () => ({ ok: false, error: 'not implemented yet' }),
  zipkinProto: () => ({ ok: false, error: 'not implemented yet' }),
  zipkinJsonV1: () => ({ ok: false, error: 'not implemented yet' }),
};
