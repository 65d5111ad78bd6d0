import { describe, expect, it } from 'vitest';
import { computeStats, selfTime } from './stats.ts';
import { traceOf } from './test-helpers.ts';

const trace = traceOf([
  ['r', null, 'web', 'GET', 0, 100],
  ['a', 'r', 'db', 'query', 10, 30],
  ['b', 'r', 'db', 'query', 30, 30], // overlaps a: union 10..60
  ['c', 'r', 'db', 'insert', 90, 20], // overflows r: clipped to 90..100
]);

describe('selfTime', () => {
  it('subtracts the union of child intervals, clipped to the span', () => {
    expect(selfTime(trace.byID.get('r')!, trace)).toBe(100 - 50 - 10);
    expect(selfTime(trace.byID.get('a')!, trace)).toBe(30);
  });
});

describe('computeStats', () => {
  it('aggregates per service and operation', () => {
    const rows = computeStats(trace, 'operation');
    const query = rows.find((r) => r.operation === 'query')!;
    expect(query).toMatchObject({
      service: 'db',
      count: 2,
      total: 60,
      avg: 30,
      min: 30,
      max: 30,
      selfTotal: 60,
    });
    const get = rows.find((r) => r.service === 'web')!;
    expect(get).toMatchObject({ count: 1, selfTotal: 40 });
    // The trace ends at 110 (c overflows its parent), so 40 of 110 µs.
    expect(get.selfPercent).toBeCloseTo((40 / 110) * 100);
  });

  it('aggregates per service', () => {
    const rows = computeStats(trace, 'service');
    expect(rows.map((r) => [r.service, r.count])).toEqual([
      ['db', 3],
      ['web', 1],
    ]);
  });
});
