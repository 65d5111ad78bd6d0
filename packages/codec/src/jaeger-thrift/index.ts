export { decodeJaegerThriftBatch } from './decode-batch.ts';
export { encodeJaegerThriftBatch } from './encode-batch.ts';
