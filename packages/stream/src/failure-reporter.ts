import type { DeadLetterSink, IncomingMessage, KafkaLogger } from '@spanstream/kafka';
import { retryWithBackoff } from '@spanstream/runtime/retry';
import type { RecordFailure } from './record-decoder.ts';
import type { SpanDecodeError } from './span-decode-error.ts';

export interface FailureReporting {
  readonly deadLetters: DeadLetterSink | undefined;
  readonly onError: ((record: IncomingMessage, error: SpanDecodeError) => void | Promise<void>) | undefined;
  readonly logger: KafkaLogger;
  /** Stops retrying a failing dead-letter publish (the stream is ending; the batch stays uncommitted). */
  readonly signal: AbortSignal;
}

/**
 * Reports each undecodable record, in order: to the DLQ (retried until published), then to `onError`;
 * with neither, as a warning. Resolves once every report is done, so the batch may be committed.
 */
export async function reportFailures(
  failures: readonly RecordFailure[],
  to: FailureReporting,
): Promise<void> {
  for (const { message, error } of failures) {
    const sink = to.deadLetters;
    if (sink) {
      await retryWithBackoff(
        () => sink.publish(message, { code: error.code, message: error.message }),
        { minDelayMs: 200, maxDelayMs: 10_000 },
        {
          isRetriable: () => !to.signal.aborted,
          signal: to.signal,
          onRetry: (failure, attempt) => {
            to.logger.warn({ err: failure, attempt }, 'dead-letter publish failed, retrying');
          },
        },
      );
    }
    if (to.onError) await to.onError(message, error);
    else if (!sink) {
      const { topic, partition, offset } = message;
      to.logger.warn(
        { topic, partition, offset, code: error.code, reason: error.message },
        'record not decodable (pass onError or dlqTopic to handle it)',
      );
    }
  }
}
