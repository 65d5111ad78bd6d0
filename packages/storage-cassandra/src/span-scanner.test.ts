import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenRanges } from './span-scanner.ts';

describe('tokenRanges', () => {
  it('covers the Murmur3 ring with contiguous inclusive ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (n) => {
        const ranges = tokenRanges(n).map(({ from, to }) => ({ from: BigInt(from), to: BigInt(to) }));
        expect(ranges).toHaveLength(n);
        expect(ranges[0]!.from).toBe(-(2n ** 63n));
        expect(ranges.at(-1)!.to).toBe(2n ** 63n - 1n);
        for (let i = 0; i < n; i++) {
          expect(ranges[i]!.from <= ranges[i]!.to).toBe(true);
          if (i > 0) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to + 1n);
        }
      }),
    );
  });

  it('refuses a partition count outside 1..65536', () => {
    expect(() => tokenRanges(0)).toThrow(RangeError);
    expect(() => tokenRanges(1.5)).toThrow(RangeError);
  });
});
