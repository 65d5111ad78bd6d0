import { describe, expect, it } from 'vitest';
import { decodeResumePoint, encodeResumePoint } from './resume-point.ts';

const offsets = (committedOffset: number | undefined, committedMetadata = '') => ({
  partition: 0,
  endOffset: 100,
  lowOffset: 0,
  committedOffset,
  committedMetadata,
});

describe('resume point in the commit metadata', () => {
  it('round-trips the resume offset and the last window written', () => {
    expect(decodeResumePoint(offsets(40, encodeResumePoint(57, 29_000_123)))).toEqual({
      countFrom: 57,
      lastWindow: 29_000_123,
    });
  });

  it('counts everything when the group never committed', () => {
    expect(decodeResumePoint(offsets(undefined))).toEqual({
      countFrom: -1,
      lastWindow: Number.NEGATIVE_INFINITY,
    });
    expect(decodeResumePoint(undefined).countFrom).toBe(-1);
  });

  it('counts from a commit without our metadata (another tool, or an older aggregator)', () => {
    expect(decodeResumePoint(offsets(12, 'something else'))).toEqual({
      countFrom: 12,
      lastWindow: Number.NEGATIVE_INFINITY,
    });
  });
});
