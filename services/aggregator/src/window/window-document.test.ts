import { describe, expect, it } from 'vitest';
import { Segment } from './segment.ts';
import { windowDocument } from './window-document.ts';

describe('windowDocument', () => {
  it('names a window by topic, partition and resume offset, dated in the window', () => {
    expect(windowDocument('spans', 60_000, new Segment(3, 1200, 29_000_000))).toEqual({
      id: 'spans-3-1200',
      timestamp: (29_000_000 * 60_000 + 3_000) * 1000,
    });
  });

  it('gives every partition of a window its own timestamp, inside the window', () => {
    const stamps = Array.from(
      { length: 60 },
      (_, p) => windowDocument('t', 60_000, new Segment(p, 0, 10)).timestamp,
    );
    expect(new Set(stamps).size).toBe(60);
    for (const stamp of stamps) {
      expect(stamp).toBeGreaterThanOrEqual(10 * 60_000 * 1000);
      expect(stamp).toBeLessThan(11 * 60_000 * 1000);
    }
  });
});
