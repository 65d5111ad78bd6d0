import Long from 'long';
import { describe, expect, it } from 'vitest';
import { durationToMicros, timestampToMicros } from './proto-time.ts';

describe('protobuf time fields as µs', () => {
  it('reads a Timestamp as whole µs since the epoch, unset as 0', () => {
    expect(timestampToMicros({ seconds: Long.fromNumber(1_485_449_191), nanos: 639_875_999 })).toBe(
      1_485_449_191_639_875,
    );
    expect(timestampToMicros({ seconds: Long.fromNumber(3) })).toBe(3_000_000);
    expect(timestampToMicros(undefined)).toBe(0);
    expect(timestampToMicros(null)).toBe(0);
  });

  it('reads a Duration as whole µs, sub-µs nanos dropped, unset as 0', () => {
    expect(durationToMicros({ seconds: Long.fromNumber(1), nanos: 1_500 })).toBe(1_000_001);
    expect(durationToMicros({ nanos: 999 })).toBe(0);
    expect(durationToMicros(undefined)).toBe(0);
  });
});
