import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from './rfc3339.ts';

describe('parseRfc3339 (Go RFC3339Nano)', () => {
  it('keeps microseconds and applies offsets', () => {
    expect(parseRfc3339('2017-01-26T16:46:31.639875Z')).toEqual({ ok: true, value: 1485449191639875 });
    expect(parseRfc3339('2017-01-26T17:46:31.639875123+01:00')).toEqual({
      ok: true,
      value: 1485449191639875,
    });
    expect(parseRfc3339('2017-01-26T16:46:31Z')).toEqual({ ok: true, value: 1485449191000000 });
  });

  it.each(['2017-01-26', '2017-02-30T00:00:00Z', '2017-01-26T25:00:00Z', 'now', '2017-01-26T16:46:31'])(
    'rejects %j',
    (text) => {
      expect(parseRfc3339(text).ok).toBe(false);
    },
  );
});
