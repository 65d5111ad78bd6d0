import { describe, expect, it } from 'vitest';
import { median, percentile, range } from './stats.ts';

describe('stats', () => {
  it('takes the middle value, or the mean of the middle two, ignoring non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5, Number.POSITIVE_INFINITY])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('gives the smallest and largest value', () => {
    expect(range([153, 156, 154])).toEqual([153, 156]);
    expect(range([])).toEqual([Number.NaN, Number.NaN]);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});
