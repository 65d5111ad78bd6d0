import { describe, expect, it } from 'vitest';
import { flameRows } from './flame-layout.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { traceOf } from './test-helpers.ts';
import { buildTrace, type Trace } from './trace.ts';

/** Every pair of spans drawn on the same row is disjoint in time. */
function overlapsOnARow(trace: Trace, rows: Map<string, number>): string[] {
  const byRow = new Map<number, Trace['spans']>();
  for (const s of trace.spans) {
    const r = rows.get(s.spanID)!;
    byRow.set(r, [...(byRow.get(r) ?? []), s]);
  }
  const found: string[] = [];
  for (const spans of byRow.values()) {
    const sorted = [...spans].sort((a, b) => a.startTime - b.startTime);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (sorted[i]!.startTime < prev.startTime + Math.max(1, prev.duration))
        found.push(`${prev.operationName} / ${sorted[i]!.operationName}`);
    }
  }
  return found;
}

describe('flameRows', () => {
  it('gives concurrent siblings rows of their own and keeps sequential ones on one row', () => {
    // The defect: redis GET (concurrent with inventory ReserveStock) was drawn over it.
    const t = traceOf([
      ['root', null, 'frontend', 'checkout', 0, 100],
      ['redis', 'root', 'redis', 'GET cart:0', 10, 40],
      ['inv', 'root', 'inventory', 'ReserveStock', 20, 50],
      ['inv-db', 'inv', 'db', 'UPDATE', 25, 10],
      ['pay', 'root', 'payment', 'Charge', 75, 20],
    ]);
    const rows = flameRows(t);
    expect(rows.get('root')).toBe(0);
    expect(rows.get('redis')).toBe(1);
    expect(rows.get('inv')).toBe(2);
    expect(rows.get('inv-db')).toBe(3);
    expect(rows.get('pay')).toBe(1); // after redis ended, on its row
    expect(overlapsOnARow(t, rows)).toEqual([]);
  });

  it('packs a 10,000-span trace without any overlap, children always below their parent', () => {
    const t = buildTrace(makeSyntheticTrace({ spans: 10_000 }));
    const rows = flameRows(t);
    expect(rows.size).toBe(t.spans.length);
    expect(overlapsOnARow(t, rows)).toEqual([]);
    for (const s of t.spans)
      if (s.parentID !== null && rows.has(s.parentID))
        expect(rows.get(s.spanID)!).toBeGreaterThan(rows.get(s.parentID)!);
  });
});
