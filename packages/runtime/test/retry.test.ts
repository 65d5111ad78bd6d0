import { describe, expect, it } from 'vitest';
import { backoffDelay, retryWithBackoff } from '../src/retry.ts';

class CodedError extends Error {
  readonly code: string;
  readonly retriable: boolean;
  constructor(code: string, message: string, retriable: boolean) {
    super(message);
    this.code = code;
    this.retriable = retriable;
  }
}
const isRetriable = (error: unknown) => error instanceof CodedError && error.retriable;

const backoff = { minDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect(backoffDelay(0, backoff, () => 0.999)).toBe(99);
    expect(backoffDelay(3, backoff, () => 0.999)).toBe(799);
    expect(backoffDelay(10, backoff, () => 0.999)).toBe(999);
    expect(backoffDelay(10, backoff, () => 0)).toBe(0);
  });

  it('with equal jitter waits between half the ceiling and the ceiling', () => {
    const equal = { ...backoff, jitter: 'equal' as const };
    expect(backoffDelay(0, equal, () => 0)).toBe(50);
    expect(backoffDelay(0, equal, () => 1)).toBe(100);
    expect(backoffDelay(3, equal, () => 0.5)).toBe(600);
    expect(backoffDelay(10, equal, () => 0)).toBe(500);
  });
});

describe('retryWithBackoff', () => {
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  };

  it('retries retriable errors until success', async () => {
    sleeps.length = 0;
    let calls = 0;
    const result = await retryWithBackoff(
      () =>
        ++calls < 4 ? Promise.reject(new CodedError('overloaded', 'es 429', true)) : Promise.resolve('ok'),
      backoff,
      { isRetriable, sleep, random: () => 0.5 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('rethrows a non-retriable error at once', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new CodedError('invalid', 'mapping conflict', false));
    };
    await expect(retryWithBackoff(failing, backoff, { isRetriable, sleep })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(calls).toBe(1);
  });

  it('gives up after maxAttempts and when the signal aborts', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new CodedError('unavailable', 'down', true));
    };
    await expect(retryWithBackoff(failing, backoff, { isRetriable, sleep, maxAttempts: 3 })).rejects.toThrow(
      'down',
    );
    expect(calls).toBe(3);
    const controller = new AbortController();
    controller.abort();
    calls = 0;
    await expect(
      retryWithBackoff(failing, backoff, { isRetriable, sleep, signal: controller.signal }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
