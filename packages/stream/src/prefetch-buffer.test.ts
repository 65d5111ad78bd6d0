import type { IncomingMessage } from '@spanstream/kafka';
import { describe, expect, it } from 'vitest';
import { PrefetchBuffer, type FetchedBatch } from './prefetch-buffer.ts';

function batch(partition: number, lastOffset: number, bytes: number): FetchedBatch {
  const message: IncomingMessage = {
    topic: 't',
    partition,
    offset: lastOffset,
    key: null,
    value: Buffer.alloc(bytes),
    headers: {},
    timestamp: 0,
  };
  return { partition, messages: [message], lastOffset };
}

describe('PrefetchBuffer', () => {
  it('hands batches out in arrival order', () => {
    const buffer = new PrefetchBuffer(1000);
    buffer.push(batch(0, 1, 10));
    buffer.push(batch(1, 5, 10));
    buffer.push(batch(0, 2, 10));
    const order = [buffer.shift(), buffer.shift(), buffer.shift()].map((e) => [
      e!.batch.partition,
      e!.batch.lastOffset,
    ]);
    expect(order).toEqual([
      [0, 1],
      [1, 5],
      [0, 2],
    ]);
    expect(buffer.shift()).toBeUndefined();
  });

  it('pauses once at the bound and resumes once half of it was handed out', () => {
    const buffer = new PrefetchBuffer(100);
    expect(buffer.push(batch(0, 1, 40))).toBeUndefined();
    expect(buffer.push(batch(0, 2, 40))).toBeUndefined();
    expect(buffer.push(batch(0, 3, 40))).toBe('pause');
    expect(buffer.push(batch(0, 4, 40))).toBeUndefined(); // one fetch in flight may still land
    expect(buffer.bytes).toBe(160);
    expect(buffer.shift()!.flow).toBeUndefined(); // 120
    expect(buffer.shift()!.flow).toBeUndefined(); // 80
    expect(buffer.shift()!.flow).toBe('resume'); // 40
    expect(buffer.paused).toBe(false);
  });

  it('clears on a rebalance and resumes if it had paused', () => {
    const buffer = new PrefetchBuffer(10);
    expect(buffer.push(batch(0, 1, 20))).toBe('pause');
    expect(buffer.clear()).toBe('resume');
    expect(buffer.size).toBe(0);
    expect(new PrefetchBuffer(10).clear()).toBeUndefined();
  });
});
