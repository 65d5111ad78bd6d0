import { describe, expect, it } from 'vitest';
import { IdempotentState } from './idempotence.ts';

describe('IdempotentState', () => {
  it('reserves consecutive sequences per partition under the assigned producer id', () => {
    const state = new IdempotentState(true);
    expect(state.ready).toBe(false);
    expect(() => state.reserve(0, 1)).toThrow(/no producer id/);
    state.assign(7n, 1);
    expect(state.ready).toBe(true);
    expect(state.reserve(0, 10)).toEqual({ producerId: 7n, producerEpoch: 1, baseSequence: 0 });
    expect(state.reserve(1, 5)).toEqual({ producerId: 7n, producerEpoch: 1, baseSequence: 0 });
    expect(state.reserve(0, 3).baseSequence).toBe(10);
    expect(state.reserve(1, 1).baseSequence).toBe(5);
  });

  it('starts every partition again at 0 after a reset and a new producer id', () => {
    const state = new IdempotentState(true);
    state.assign(7n, 0);
    state.reserve(2, 100);
    state.reset();
    expect(state.ready).toBe(false);
    state.assign(8n, 0);
    expect(state.reserve(2, 1)).toEqual({ producerId: 8n, producerEpoch: 0, baseSequence: 0 });
  });

  it('wraps sequences after Int32.MAX as the Java producer does', () => {
    const state = new IdempotentState(true);
    state.assign(1n, 0);
    state.reserve(0, 2 ** 31 - 2);
    expect(state.reserve(0, 5).baseSequence).toBe(2 ** 31 - 2);
    expect(state.reserve(0, 1).baseSequence).toBe(3);
  });

  it('stamps -1s and needs no producer id when not idempotent', () => {
    const state = new IdempotentState(false);
    expect(state.ready).toBe(true);
    expect(state.reserve(3, 9)).toEqual({ producerId: -1n, producerEpoch: -1, baseSequence: -1 });
  });
});
