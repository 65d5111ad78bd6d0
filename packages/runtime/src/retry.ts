/** How the wait before a retry grows and spreads. */
export interface BackoffOptions {
  /** Ceiling of the first retry's wait (ms). Jaeger: 1 s. */
  readonly minDelayMs: number;
  /** Cap of the exponential growth (ms). Jaeger: 1 min. */
  readonly maxDelayMs: number;
  /**
   * `full` (the default): a uniform random wait in [0, ceiling), whole milliseconds; the widest
   * spread, so many workers retrying after one outage do not hammer a server in lock-step.
   * `equal`: a uniform random wait in [ceiling/2, ceiling], never shorter than half the ceiling.
   * Both from the AWS architecture blog's "Exponential Backoff and Jitter".
   */
  readonly jitter?: 'full' | 'equal';
}

/** The wait (ms) before retry number `attempt + 1`: ceiling = min(max, min·2^attempt), jittered. */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** Math.min(attempt, 30));
  if (options.jitter === 'equal') return ceiling / 2 + (random() * ceiling) / 2;
  return Math.floor(random() * ceiling);
}

export interface RetryHooks {
  /** Whether this failure may succeed later; otherwise it is rethrown at once. */
  readonly isRetriable: (error: unknown) => boolean;
  /** Called before each wait; `attempt` counts retries from 1. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Attempts in all (first try included); Infinity retries until the signal aborts. */
  readonly maxAttempts?: number;
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs `fn` until it succeeds, fails non-retriably, runs out of attempts, or the signal aborts. */
export async function retryWithBackoff<T>(
  fn: (attempt: number) => Promise<T>,
  backoff: BackoffOptions,
  hooks: RetryHooks,
): Promise<T> {
  const maxAttempts = hooks.maxAttempts ?? Number.POSITIVE_INFINITY;
  const sleep = hooks.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const last = attempt + 1 >= maxAttempts || hooks.signal?.aborted === true;
      if (last || !hooks.isRetriable(error)) throw error;
      const delay = backoffDelay(attempt, backoff, hooks.random);
      hooks.onRetry?.(error, attempt + 1, delay);
      await sleep(delay, hooks.signal);
    }
  }
}
