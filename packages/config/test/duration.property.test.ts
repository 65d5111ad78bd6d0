import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../src/index.ts';

describe('Go durations (properties)', () => {
  it('parse(format(d)) gives d back, to the nanosecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (nanos) => {
        const ms = nanos / 1e6;
        expect(Math.round(parseDuration(formatDuration(ms))! * 1e6)).toBe(nanos === 0 ? 0 : nanos);
      }),
    );
  });

  it('composite durations add up, whatever the parts', () => {
    const part = fc.tuple(
      fc.integer({ min: 0, max: 1000 }),
      fc.constantFrom('h', 'm', 's', 'ms', 'us', 'ns'),
    );
    const factor = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 1e-3, ns: 1e-6 } as const;
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([n, unit]) => `${n}${unit}`).join('');
        const expected = parts.reduce((sum, [n, unit]) => sum + n * factor[unit], 0);
        expect(parseDuration(text)).toBeCloseTo(expected, 6);
      }),
    );
  });
});
