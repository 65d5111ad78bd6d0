import { retryWithBackoff } from '@spanstream/runtime/retry';
import { isRetriable } from '@spanstream/storage-api';

export interface RetryOptions {
  /** Attempts after the first one; Infinity retries until stopped. */
  readonly maxRetries: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 10, initialBackoffMs: 100, maxBackoffMs: 5000 };

/**
 * Runs `write` until it succeeds, a non-retriable error occurs, or retries run out, waiting
 * with exponential backoff and equal jitter (between half and all of min(max, initial·2^n)).
 * Resolves with the writer's result or the final error: the caller counts it, nothing is rethrown.
 */
export async function writeWithRetry<T>(
  write: () => Promise<T>,
  options: RetryOptions,
  onRetry: (error: unknown, attempt: number) => void,
): Promise<{ ok: true; result: T } | { ok: false; error: unknown }> {
  try {
    const result = await retryWithBackoff(
      write,
      { minDelayMs: options.initialBackoffMs, maxDelayMs: options.maxBackoffMs, jitter: 'equal' },
      {
        isRetriable,
        maxAttempts: options.maxRetries + 1,
        onRetry: (error, retry) => {
          onRetry(error, retry - 1);
        },
      },
    );
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error };
  }
}
