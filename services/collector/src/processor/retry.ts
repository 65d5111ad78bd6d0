import { isRetriable } from '@spanstream/storage-api';

export interface RetryOptions {
  /** Attempts after the first one; Infinity retries until stopped. */
  readonly maxRetries: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 10, initialBackoffMs: 100, maxBackoffMs: 5000 };

/** Exponential backoff with full jitter (as kafkajs does), so many workers do not retry in lockstep. */
export function backoffMs(
  attempt: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxBackoffMs, options.initialBackoffMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Runs `write` until it succeeds, a non-retriable error occurs, or retries run out.
 * Resolves with the final error (undefined on success): the caller counts it, nothing is rethrown.
 */
export async function writeWithRetry(
  write: () => Promise<void>,
  options: RetryOptions,
  onRetry: (error: unknown, attempt: number) => void,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return undefined;
    } catch (error) {
      if (!isRetriable(error) || attempt >= options.maxRetries) return error ?? new Error('writer failed');
      onRetry(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, options)));
    }
  }
}
