import { describe, expect, it } from 'vitest';
import { HELD_BYTES_PER_RECORD_BYTE, heldBytes, memoryBound } from './memory-bound.ts';

const MiB = 1024 * 1024;

describe('memoryBound', () => {
  it('sizes fetches from the bound so one response cannot carry more than the room left under it', () => {
    const bound = memoryBound(2 * MiB, MiB);
    expect(bound.fetchMaxBytes).toBe(32 * 1024);
    expect(bound.fetchMaxBytesPerPartition).toBe(32 * 1024);
    // The rest of a response (records + the pipeline's 64 bytes each), held, fits above the pause point.
    expect(bound.pauseAtHeldBytes + 2 * heldBytes(bound.fetchMaxBytes)).toBeLessThanOrEqual(2 * MiB);
    expect(bound.resumeAtHeldBytes).toBe(bound.pauseAtHeldBytes / 2);
  });

  it('keeps a smaller configured per-partition fetch size', () => {
    expect(memoryBound(256 * MiB, 256 * 1024).fetchMaxBytesPerPartition).toBe(256 * 1024);
    expect(memoryBound(256 * MiB, 256 * 1024).fetchMaxBytes).toBe(4 * MiB);
  });

  it('never fetches less than 16 KiB, pausing after every fetch when the bound is that small', () => {
    const tiny = memoryBound(64 * 1024, MiB);
    expect(tiny.fetchMaxBytes).toBe(16 * 1024);
    expect(tiny.pauseAtHeldBytes).toBe(0);
  });

  it('counts decoded spans: held bytes are a multiple of record bytes', () => {
    expect(heldBytes(1000)).toBe(1000 * HELD_BYTES_PER_RECORD_BYTE);
  });
});
