import { describe, expect, it } from 'vitest';
import { parseDay, resolveDay } from './day.ts';

describe('parseDay', () => {
  it('gives the UTC day and its span start times', () => {
    expect(parseDay('2024-02-29')).toEqual({
      date: '2024-02-29',
      startMs: Date.UTC(2024, 1, 29),
      endMs: Date.UTC(2024, 2, 1),
    });
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-01', '20240101', 'yesterday', ''])('refuses %j', (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
});

describe('resolveDay', () => {
  it("defaults to the run's UTC day (Jaeger: today)", () => {
    expect(resolveDay(undefined, Date.UTC(2026, 11, 5, 23, 55)).date).toBe('2026-12-05');
    expect(resolveDay('2026-12-01', Date.UTC(2026, 11, 5)).date).toBe('2026-12-01');
  });
});
