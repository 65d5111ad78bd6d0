export { decodeJaegerThriftBatch } from './decode-batch.ts';
export { encodeJaegerThriftBatch, encodeJaegerThriftEmitBatch } from './encode-batch.ts';
