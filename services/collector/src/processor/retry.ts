import { isRetriable } from '@spanstream/storage-api';

export interface RetryOptions {
  /** Attempts after the first one; Infinity retries until stopped. */
  readonly maxRetries: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 10, initialBackoffMs: 100, maxBackoffMs: 5000 };

/** Exponential backoff with full jitter (as kafkajs does), so many workers do not retry in lockstep. */
function backoffMs(attempt: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxBackoffMs, options.initialBackoffMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Runs `write` until it succeeds, a non-retriable error occurs, or retries run out.
 * Resolves with the writer's result or the final error: the caller counts it, nothing is rethrown.
 */
export async function writeWithRetry<T>(
  write: () => Promise<T>,
  options: RetryOptions,
  onRetry: (error: unknown, attempt: number) => void,
): Promise<{ ok: true; result: T } | { ok: false; error: unknown }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, result: await write() };
    } catch (error) {
      if (!isRetriable(error) || attempt >= options.maxRetries) return { ok: false, error };
      onRetry(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, options)));
    }
  }
}
