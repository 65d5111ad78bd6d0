import { describe, expect, it } from 'vitest';
import { OrderedEntries } from './ordered-entries.ts';

describe('OrderedEntries', () => {
  it('gives the oldest live entry, skipping entries deleted out of order and re-added keys', () => {
    const entries = new OrderedEntries<{ n: number }>();
    for (let n = 0; n < 5; n++) entries.add(`k${n}`, { n });
    entries.delete('k0');
    entries.delete('k2');
    expect(entries.oldest()?.value.n).toBe(1);
    entries.deleteOldest();
    expect(entries.oldest()?.value.n).toBe(3);
    // A key deleted and added again is as new as its second insertion.
    entries.delete('k3');
    entries.add('k3', { n: 30 });
    expect(entries.oldest()?.value.n).toBe(4);
    entries.deleteOldest();
    expect(entries.oldest()).toEqual({ key: 'k3', value: { n: 30 } });
    expect(entries.size).toBe(1);
    entries.deleteOldest();
    expect(entries.oldest()).toBeUndefined();
    expect(entries.size).toBe(0);
  });

  it('agrees with a plain array model through many compactions', () => {
    const entries = new OrderedEntries<{ n: number }>();
    let model: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 1000; i++) {
        entries.add(String(next), { n: next });
        model.push(next++);
      }
      // Every third of the newest deleted out of order, then the 600 oldest in order.
      const dropped = new Set<number>();
      for (let i = next - 1000; i < next; i += 3) {
        entries.delete(String(i));
        dropped.add(i);
      }
      model = model.filter((n) => !dropped.has(n));
      for (let i = 0; i < 600; i++) entries.deleteOldest();
      model = model.slice(600);
      expect(entries.size).toBe(model.length);
      expect(entries.oldest()?.value.n).toBe(model[0]);
    }
  });
});
