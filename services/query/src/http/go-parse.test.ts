import { describe, expect, it } from 'vitest';
import { parseGoBool, parseGoDuration, parseGoInt } from './go-parse.ts';

describe('parseGoDuration (Go time.ParseDuration)', () => {
  it.each([
    ['0', 0n],
    ['1.2s', 1_200_000_000n],
    ['100ms', 100_000_000n],
    ['500us', 500_000n],
    ['500µs', 500_000n],
    ['500μs', 500_000n],
    ['1h2m3s', 3_723_000_000_000n],
    ['-1.5ms', -1_500_000n],
    ['.5s', 500_000_000n],
    ['1.s', 1_000_000_000n],
    ['7ns', 7n],
  ])('%s = %s ns', (text, nanos) => {
    expect(parseGoDuration(text)).toEqual({ ok: true, value: nanos });
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['abc', 'time: invalid duration "abc"'],
    ['.', 'time: invalid duration "."'],
    ['1', 'time: missing unit in duration "1"'],
    ['10', 'time: missing unit in duration "10"'],
    ['1x', 'time: unknown unit "x" in duration "1x"'],
    ['1ms2', 'time: missing unit in duration "1ms2"'],
    ['9999999999h', 'time: invalid duration "9999999999h"'],
  ])("%j is rejected with Go's message", (text, error) => {
    expect(parseGoDuration(text)).toEqual({ ok: false, error });
  });
});

describe('parseGoInt / parseGoBool', () => {
  it('parses base-10 integers within the bit size', () => {
    expect(parseGoInt('-42', 64)).toEqual({ ok: true, value: -42n });
    expect(parseGoInt('2147483648', 32)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "2147483648": value out of range',
    });
    expect(parseGoInt('1.5', 64)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "1.5": invalid syntax',
    });
  });

  it('accepts the spellings Go accepts for booleans', () => {
    expect(parseGoBool('True')).toEqual({ ok: true, value: true });
    expect(parseGoBool('0')).toEqual({ ok: true, value: false });
    expect(parseGoBool('yes').ok).toBe(false);
  });
});
