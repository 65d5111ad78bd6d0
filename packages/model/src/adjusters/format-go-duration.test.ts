import { describe, expect, it } from 'vitest';
import { formatGoDuration } from './format-go-duration.ts';

describe('formatGoDuration', () => {
  it.each([
    [0n, '0s'],
    [999n, '999ns'],
    [1500n, '1.5µs'],
    [408_500n, '408.5µs'],
    [35_000_000n, '35ms'],
    [-45_000_000n, '-45ms'],
    [2_096_153_000n, '2.096153s'],
    [-2_096_153_000n, '-2.096153s'],
    [60_000_000_000n, '1m0s'],
    [3_600_000_000_000n, '1h0m0s'],
    [3_723_500_000_000n, '1h2m3.5s'],
  ])('%s ns is %s, as Go prints it', (nanos, text) => {
    expect(formatGoDuration(nanos)).toBe(text);
  });
});
