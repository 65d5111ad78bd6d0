export type { SpanStreamOptions } from './options.ts';
export type { SpanBatch, SpanRecord } from './span-batch.ts';
export type { SpanDecodeErrorCode } from './span-decode-error.ts';
export { SpanDecodeError } from './span-decode-error.ts';
export type { SpanStream, SpanStreamStats } from './span-stream.ts';
export { spanStream } from './span-stream.ts';
export { runSpanStream } from './run-span-stream.ts';
export type { IncomingMessage as SpanStreamRecord, SpanEncoding } from '@spanstream/kafka';
export { DLQ_HEADERS } from '@spanstream/kafka';
