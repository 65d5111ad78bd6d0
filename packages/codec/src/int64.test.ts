import fc from 'fast-check';
import Long from 'long';
import { describe, expect, it } from 'vitest';
import {
  bigintToLong,
  durationMicros,
  int64ForWriter,
  longToBigint,
  microsToNanosLong,
  nanosToMicros,
} from './int64.ts';

const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const unsigned = (value: bigint): Long => Long.fromString(value.toString(), true);

describe('64-bit conversions', () => {
  it('Long <-> bigint over the whole signed range', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (value) => {
        expect(longToBigint(bigintToLong(value))).toBe(value);
        expect(Long.fromValue(int64ForWriter(value)).toString()).toBe(value.toString());
      }),
    );
  });

  it('nanoseconds to microseconds truncate exactly, as BigInt division does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 62n }), (nanos) => {
        expect(nanosToMicros(unsigned(nanos))).toBe(Number(nanos / 1000n));
      }),
    );
  });

  it('durations are (end - start) truncated toward zero, also beyond 2^53 ns and when negative', () => {
    fc.assert(
      fc.property(u64, u64, (start, end) => {
        expect(durationMicros(unsigned(start), unsigned(end))).toBe(Number((end - start) / 1000n));
      }),
    );
  });

  it('microseconds back to nanoseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 52 }), (micros) => {
        expect(microsToNanosLong(micros).toString()).toBe((BigInt(micros) * 1000n).toString());
      }),
    );
  });
});
