import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceIdRangeQuery, traceIdRanges } from './span-scanner.ts';

/** The range key the scanner's query selects on: 4 hex digits, after 16 leading zeros if any. */
const keyOf = (id: string): string => (id.startsWith('0'.repeat(16)) ? id.slice(16, 20) : id.slice(0, 4));
const inRange = (key: string, range: { from?: string; to?: string }): boolean =>
  (range.from === undefined || key >= range.from) && (range.to === undefined || key < range.to);

describe('traceIdRanges', () => {
  it('is one match-all range for one partition', () => {
    expect(traceIdRanges(1)).toEqual([{}]);
    expect(traceIdRangeQuery({})).toEqual({ match_all: {} });
  });

  it('splits the 4-digit key space into contiguous, ordered ranges', () => {
    expect(traceIdRanges(4)).toEqual([
      { to: '4000' },
      { from: '4000', to: '8000' },
      { from: '8000', to: 'c000' },
      { from: 'c000' },
    ]);
  });

  it('puts every trace ID, in both stored forms, in exactly one range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.stringMatching(/^[0-9a-f]{16}$/),
        fc.stringMatching(/^[0-9a-f]{16}$/),
        (n, high, low) => {
          const ranges = traceIdRanges(n);
          for (const id of [high + low, '0'.repeat(16) + low]) {
            expect(ranges.filter((range) => inRange(keyOf(id), range))).toHaveLength(1);
          }
          // Jaeger v1's 16-digit form of a 64-bit ID lands with its 32-digit form.
          const short = ranges.findIndex((range) => inRange(keyOf(low), range));
          expect(ranges.findIndex((range) => inRange(keyOf('0'.repeat(16) + low), range))).toBe(short);
        },
      ),
    );
  });

  it('refuses a partition count outside 1..65536', () => {
    expect(() => traceIdRanges(0)).toThrow(RangeError);
    expect(() => traceIdRanges(65_537)).toThrow(RangeError);
  });

  it('queries the 32-digit form of 64-bit IDs by the digits after the zeros', () => {
    expect(traceIdRangeQuery({ from: '4000', to: '8000' })).toEqual({
      bool: {
        minimum_should_match: 1,
        should: [
          {
            bool: {
              filter: [{ range: { traceID: { gte: '4000', lt: '8000' } } }],
              must_not: [{ prefix: { traceID: '0000000000000000' } }],
            },
          },
          {
            bool: {
              filter: [
                { prefix: { traceID: '0000000000000000' } },
                { range: { traceID: { gte: '00000000000000004000', lt: '00000000000000008000' } } },
              ],
            },
          },
        ],
      },
    });
  });
});
