import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetTracker } from './offset-tracker.ts';

describe('OffsetTracker', () => {
  it('commits only past offsets whose predecessors are all done', () => {
    const tracker = new OffsetTracker();
    for (const offset of [10, 11, 12, 13]) tracker.add(offset);
    tracker.markDone(12);
    tracker.markDone(13);
    expect(tracker.committable()).toBeUndefined();
    tracker.markDone(10);
    expect(tracker.committable()).toBe(11);
    tracker.markDone(11);
    expect(tracker.committable()).toBe(14);
    expect(tracker.pendingCount()).toBe(0);
  });

  it('lets a skipped tail (control records) be committed once the rest is done', () => {
    const tracker = new OffsetTracker();
    tracker.add(5);
    tracker.skipTo(7);
    expect(tracker.committable()).toBeUndefined();
    tracker.markDone(5);
    expect(tracker.committable()).toBe(8);
  });

  it('refuses offsets that go backwards (a redelivery needs a fresh tracker)', () => {
    const tracker = new OffsetTracker();
    tracker.add(3);
    expect(() => {
      tracker.add(3);
    }).toThrow(RangeError);
  });

  it('never commits beyond the lowest unfinished offset, whatever the completion order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 60 }),
        fc.infiniteStream(fc.nat()),
        (gaps, picks) => {
          const tracker = new OffsetTracker();
          const offsets: number[] = [];
          let offset = 0;
          for (const gap of gaps) offsets.push((offset += gap));
          for (const o of offsets) tracker.add(o);
          const remaining = [...offsets];
          const iterator = picks[Symbol.iterator]();
          while (remaining.length > 0) {
            const [done] = remaining.splice(iterator.next().value! % remaining.length, 1);
            tracker.markDone(done!);
            const lowest = Math.min(...remaining);
            const committed = tracker.committable();
            if (remaining.length === 0) expect(committed).toBe(offsets[offsets.length - 1]! + 1);
            else if (committed !== undefined) expect(committed).toBeLessThanOrEqual(lowest);
            expect(tracker.lowestPending()).toBe(remaining.length === 0 ? undefined : lowest);
          }
        },
      ),
    );
  });
});
