import { describe, expect, it } from 'vitest';
import { computeCriticalPath } from './critical-path.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { traceOf, type SpanSpec } from './test-helpers.ts';
import { buildTrace } from './trace.ts';

describe('computeCriticalPath', () => {
  it('follows the last-finishing child and gives the parent the gaps', () => {
    // root 0..100; A 10..40; B 30..80 (finishes last); B1 35..60 inside B.
    const t = traceOf([
      ['root', null, 's', 'root', 0, 100],
      ['A', 'root', 's', 'A', 10, 30],
      ['B', 'root', 's', 'B', 30, 50],
      ['B1', 'B', 's', 'B1', 35, 25],
    ]);
    const cp = computeCriticalPath(t);
    expect(cp.get('root')).toEqual([
      { start: 80, end: 100 },
      { start: 0, end: 30 },
    ]);
    expect(cp.get('B')).toEqual([
      { start: 60, end: 80 },
      { start: 30, end: 35 },
    ]);
    expect(cp.get('B1')).toEqual([{ start: 35, end: 60 }]);
    // A ends at 40, after B started at 30: the root's own work covers 0..30, as in Jaeger UI.
    expect(cp.get('A')).toBeUndefined();
  });

  it('walks sequential children back to front', () => {
    const t = traceOf([
      ['r', null, 's', 'r', 0, 100],
      ['c1', 'r', 's', 'c1', 10, 20],
      ['c2', 'r', 's', 'c2', 40, 20],
    ]);
    const cp = computeCriticalPath(t);
    expect(cp.get('c1')).toEqual([{ start: 10, end: 30 }]);
    expect(cp.get('c2')).toEqual([{ start: 40, end: 60 }]);
    const total = [...cp.values()].flat().reduce((sum, s) => sum + s.end - s.start, 0);
    expect(total).toBe(100);
  });

  it.each<{ rule: string; specs: SpanSpec[]; expected: Record<string, { start: number; end: number }[]> }>([
    {
      rule: 'clips children that overflow the parent',
      specs: [
        ['r', null, 's', 'r', 0, 50],
        ['c', 'r', 's', 'c', 40, 100],
      ],
      expected: { c: [{ start: 40, end: 50 }], r: [{ start: 0, end: 40 }] },
    },
    {
      rule: 'terminates on zero-length children',
      specs: [
        ['r', null, 's', 'r', 0, 10],
        ['z', 'r', 's', 'z', 5, 0],
      ],
      expected: {
        r: [
          { start: 5, end: 10 },
          { start: 0, end: 5 },
        ],
      },
    },
  ])('$rule', ({ specs, expected }) => {
    const cp = computeCriticalPath(traceOf(specs));
    for (const [id, segments] of Object.entries(expected)) expect(cp.get(id)).toEqual(segments);
  });

  it('covers exactly the root duration on a large trace', () => {
    const t = buildTrace(makeSyntheticTrace({ spans: 5000 }));
    const total = [...computeCriticalPath(t).values()].flat().reduce((sum, s) => sum + s.end - s.start, 0);
    expect(total).toBe(t.byID.get(t.rootIDs[0]!)!.duration);
  });
});
