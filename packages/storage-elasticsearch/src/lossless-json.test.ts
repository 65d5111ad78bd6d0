import { describe, expect, it } from 'vitest';
import { needsLosslessParse, parseJsonLossless } from './lossless-json.ts';

describe('lossless JSON', () => {
  it('keeps integers beyond 2^53 exact as bigint, and nothing else changes', () => {
    const text =
      '{"a":9007199254740993,"b":-12345678901234567890,"c":1.5,"d":1764900000000000,"e":"9007199254740993","f":[100000000000000000000]}';
    expect(needsLosslessParse(text)).toBe(true);
    expect(parseJsonLossless(text)).toEqual({
      a: 9007199254740993n,
      b: -12345678901234567890n,
      c: 1.5,
      d: 1764900000000000,
      e: '9007199254740993',
      f: [100000000000000000000n],
    });
  });

  it('skips the slow path when no number token can be unsafe', () => {
    expect(
      needsLosslessParse('{"startTime":1764900000000000,"traceID":"00000000000000000000000000000011"}'),
    ).toBe(false);
    expect(needsLosslessParse('{"value":"9007199254740993"}')).toBe(false);
    expect(needsLosslessParse('[9007199254740993]')).toBe(true);
  });
});
