import { StorageError, isRetriable } from '@spanstream/storage-api';
import { describe, expect, it } from 'vitest';
import { backoffDelay, retryWithBackoff } from './retry.ts';

const backoff = { minDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect(backoffDelay(0, backoff, () => 0.999)).toBe(99);
    expect(backoffDelay(3, backoff, () => 0.999)).toBe(799);
    expect(backoffDelay(10, backoff, () => 0.999)).toBe(999);
    expect(backoffDelay(10, backoff, () => 0)).toBe(0);
  });
});

describe('retryWithBackoff', () => {
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  };

  it('retries retriable storage errors until success', async () => {
    sleeps.length = 0;
    let calls = 0;
    const result = await retryWithBackoff(
      () => (++calls < 4 ? Promise.reject(new StorageError('overloaded', 'es 429')) : Promise.resolve('ok')),
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
      return Promise.reject(new StorageError('invalid', 'mapping conflict'));
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
      return Promise.reject(new StorageError('unavailable', 'down'));
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
