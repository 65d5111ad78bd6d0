import { describe, expect, it } from 'vitest';
import { abbreviate, describeDiff, diffSets, normalTraceId, sameSet, tally } from './compare.ts';

describe('normalTraceId', () => {
  it('pads the 16-digit form Jaeger v1 prints for a zero high half', () => {
    expect(normalTraceId('00000000000000AB')).toBe('000000000000000000000000000000ab');
    expect(normalTraceId('0123456789abcdef0123456789abcdef')).toBe('0123456789abcdef0123456789abcdef');
  });
});

describe('diffSets', () => {
  it('lists what is missing and what is extra, sorted', () => {
    const diff = diffSets(['b', 'a', 'c'], ['c', 'd', 'a']);
    expect(diff).toEqual({ missing: ['b'], extra: ['d'] });
    expect(sameSet(diff)).toBe(false);
    expect(describeDiff(diff)).toBe('missing b, extra d');
  });

  it('is the same regardless of order and duplicates', () => {
    const diff = diffSets(['a', 'b'], ['b', 'a', 'a']);
    expect(sameSet(diff)).toBe(true);
    expect(describeDiff(diff)).toBe('same');
  });
});

describe('tally', () => {
  it('counts passes and names the first failures', () => {
    expect(tally('traces', 5, [])).toBe('5/5 traces');
    expect(tally('traces', 5, ['a', 'b', 'c', 'd'])).toBe('1/5 traces; failed: a, b, c (+1 more)');
    expect(abbreviate(['x'])).toBe('x');
  });
});
