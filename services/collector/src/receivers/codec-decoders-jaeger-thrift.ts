import { decodeJaegerThriftBatch } from '@spanstream/codec';
import type { ReceiverDecoders } from './decoders.ts';
import { safeDecode } from './decode-result.ts';

/** jaeger.thrift Batch, binary protocol (the Jaeger HTTP receiver). */
export const jaegerThriftDecoders: Pick<ReceiverDecoders, 'jaegerThrift'> = {
  jaegerThrift: (bytes) => safeDecode(() => decodeJaegerThriftBatch(bytes)),
};
