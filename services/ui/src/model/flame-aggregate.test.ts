import { describe, expect, it } from 'vitest';
import { callPaths } from './call-paths.ts';
import { layoutAggregatedFlame } from './flame-aggregate.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { traceOf } from './test-helpers.ts';
import { buildTrace } from './trace.ts';

// web: GET calls db: query twice one after the other and cache: get twice at the same time.
const trace = traceOf([
  ['1', null, 'web', 'GET', 0, 100],
  ['2', '1', 'db', 'query', 0, 20],
  ['3', '1', 'db', 'query', 20, 20],
  ['4', '1', 'cache', 'get', 50, 40],
  ['5', '1', 'cache', 'get', 50, 40],
]);

const byLabel = (layout: ReturnType<typeof layoutAggregatedFlame>) =>
  Object.fromEntries(layout.boxes.map((b) => [`${b.path.service}: ${b.path.operation}`, b]));

describe('layoutAggregatedFlame', () => {
  it('merges identical call paths into one box as wide as their total time, widest first', () => {
    const layout = layoutAggregatedFlame(callPaths([trace]), 'total');
    const boxes = byLabel(layout);
    expect(layout.boxes).toHaveLength(3);
    expect(layout.extent).toBe(100);
    expect(boxes['web: GET']).toMatchObject({ x: 0, width: 100, row: 0 });
    // 80 µs of cache calls + 40 µs of db calls = 120 µs in a 100 µs caller: scaled by 100/120.
    expect(boxes['cache: get']).toMatchObject({ row: 1, value: 80 });
    expect(boxes['cache: get']!.x).toBe(0);
    expect(boxes['cache: get']!.width).toBeCloseTo(66.67, 1);
    expect(boxes['db: query']!.x).toBeCloseTo(66.67, 1);
    expect(boxes['db: query']!.width).toBeCloseTo(33.33, 1);
  });

  it('sizes boxes by inclusive self time, callees always filling their caller exactly', () => {
    const layout = layoutAggregatedFlame(callPaths([trace]), 'self');
    const boxes = byLabel(layout);
    // web's own time: 100 minus [0,40) ∪ [50,90) = 20; plus 40 (db) + 80 (cache).
    expect(boxes['web: GET']).toMatchObject({ width: 140, value: 140 });
    expect(boxes['cache: get']).toMatchObject({ x: 0, width: 80 });
    expect(boxes['db: query']).toMatchObject({ x: 80, width: 40 });
  });

  it('merges the same paths across traces', () => {
    const other = traceOf([
      ['a', null, 'web', 'GET', 0, 50],
      ['b', 'a', 'db', 'query', 0, 30],
    ]);
    const layout = layoutAggregatedFlame(callPaths([trace, other]), 'total');
    expect(layout.boxes).toHaveLength(3);
    expect(byLabel(layout)['web: GET']).toMatchObject({ width: 150 });
    expect(byLabel(layout)['db: query']!.path.counts).toEqual([2, 1]);
  });

  it('keeps every box inside its caller on a big generated trace', () => {
    const big = buildTrace(makeSyntheticTrace({ spans: 5000, services: 12 }));
    const layout = layoutAggregatedFlame(callPaths([big]), 'total');
    const byPath = new Map(layout.boxes.map((b) => [b.path.id, b]));
    for (const box of layout.boxes) {
      if (box.path.parent === null) continue;
      const parent = byPath.get(box.path.parent)!;
      expect(box.x).toBeGreaterThanOrEqual(parent.x - 1e-6);
      expect(box.x + box.width).toBeLessThanOrEqual(parent.x + parent.width + 1e-6);
      expect(box.row).toBe(parent.row + 1);
    }
  });
});
