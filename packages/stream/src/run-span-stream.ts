import type { SpanStreamOptions } from './options.ts';
import type { SpanBatch } from './span-batch.ts';
import { spanStream } from './span-stream.ts';

/**
 * The callback form: `handler` runs for each batch in turn, and its offsets are committed once the
 * returned promise resolves. Resolves when `options.signal` aborts; rejects with the handler's error
 * (that batch uncommitted, so it is redelivered) or a fatal consumer error.
 */
export async function runSpanStream(
  options: SpanStreamOptions,
  handler: (batch: SpanBatch) => void | Promise<void>,
): Promise<void> {
  for await (const batch of spanStream(options)) {
    await handler(batch);
    await batch.commit();
  }
}
