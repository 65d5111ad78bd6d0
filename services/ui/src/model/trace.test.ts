import { describe, expect, it } from 'vitest';
import { makeSyntheticTrace } from './synthetic.ts';
import { rawTrace, traceOf } from './test-helpers.ts';
import { buildTrace } from './trace.ts';

describe('buildTrace', () => {
  const raw = rawTrace([
    ['b', 'a', 'api', 'db', 120, 30],
    ['a', null, 'frontend', 'GET /', 100, 100],
    ['c', 'a', 'api', 'cache', 105, 10, [{ key: 'error', type: 'bool', value: true }]],
    ['d', 'c', 'redis', 'GET', 106, 5],
  ]);

  it('orders spans depth-first with children by start time', () => {
    const t = buildTrace(raw);
    expect(t.ordered.map((s) => s.spanID)).toEqual(['a', 'c', 'd', 'b']);
    expect(t.ordered.map((s) => s.depth)).toEqual([0, 1, 2, 1]);
    expect(t.byID.get('a')!.childIDs).toEqual(['c', 'b']);
  });

  it('summarises the trace like the Jaeger UI header', () => {
    const t = buildTrace(raw);
    expect(t).toMatchObject({
      rootService: 'frontend',
      rootOperation: 'GET /',
      startTime: 100,
      endTime: 200,
      duration: 100,
      maxDepth: 3,
      errorCount: 1,
    });
    expect(t.services).toEqual([
      { name: 'api', count: 2 },
      { name: 'frontend', count: 1 },
      { name: 'redis', count: 1 },
    ]);
    expect(t.byID.get('b')!.relativeStart).toBe(20);
  });

  it('treats spans whose parent is missing as roots and keeps the first of duplicate IDs', () => {
    const t = traceOf([
      ['x', 'missing', 's', 'orphan', 10, 1],
      ['y', null, 's', 'root', 5, 20],
      ['y', null, 's', 'duplicate', 5, 20],
    ]);
    expect(t.rootIDs).toEqual(['y', 'x']);
    expect(t.spans).toHaveLength(2);
    expect(t.byID.get('y')!.operationName).toBe('root');
  });

  it('keeps spans caught in a reference cycle visible', () => {
    const t = traceOf([
      ['a', 'b', 's', 'a', 0, 10],
      ['b', 'a', 's', 'b', 1, 5],
    ]);
    expect(t.ordered).toHaveLength(2);
  });

  it('measures the trace from its earliest span even when a child starts before its parent (clock skew)', () => {
    const t = traceOf([
      ['p', null, 'a', 'parent', 100, 50],
      ['c', 'p', 'b', 'child', 90, 5],
    ]);
    expect(t.startTime).toBe(90);
    expect(t.duration).toBe(60);
    expect(t.byID.get('p')!.relativeStart).toBe(10);
    expect(t.ordered.map((s) => s.spanID)).toEqual(['p', 'c']);
  });

  it('accepts zero-length spans and a CHILD_OF parent over a FOLLOWS_FROM one', () => {
    const raw = rawTrace([
      ['a', null, 's', 'a', 0, 0],
      ['b', null, 's', 'b', 0, 0],
      ['c', null, 's', 'c', 0, 0],
    ]);
    raw.spans[2]!.references = [
      { refType: 'FOLLOWS_FROM', traceID: 't1', spanID: 'a' },
      { refType: 'CHILD_OF', traceID: 't1', spanID: 'b' },
    ];
    const t = buildTrace(raw);
    expect(t.duration).toBe(0);
    expect(t.byID.get('c')!.parentID).toBe('b');
  });

  it('handles an empty trace', () => {
    const t = buildTrace({ traceID: 'e', spans: [], processes: {} });
    expect(t).toMatchObject({ duration: 0, maxDepth: 0, rootService: '', spans: [] });
  });

  it('builds a 10,000-span deep chain without recursion', () => {
    const specs = Array.from({ length: 10_000 }, (_, i) => [
      `s${i}`,
      i === 0 ? null : `s${i - 1}`,
      'svc',
      'op',
      i,
      10_000 - i,
    ]) as Parameters<typeof rawTrace>[0];
    const t = traceOf(specs);
    expect(t.maxDepth).toBe(10_000);
    expect(t.ordered.at(-1)!.spanID).toBe('s9999');
  });

  it('reads the synthetic large trace with all spans reachable from one root', () => {
    const t = buildTrace(makeSyntheticTrace({ spans: 10_000 }));
    expect(t.rootIDs).toHaveLength(1);
    expect(t.ordered).toHaveLength(10_000);
    expect(t.errorCount).toBeGreaterThan(0);
  });
});
