import { describe, expect, it } from 'vitest';
import { sortTraces } from './sort.ts';
import { traceOf } from './test-helpers.ts';
import { ancestorIDs, findSpans, parentIDs, visibleSpans } from './timeline-rows.ts';

const trace = traceOf([
  ['a', null, 'web', 'GET /', 0, 100],
  ['b', 'a', 'api', 'list', 10, 50, [{ key: 'http.status_code', type: 'int64', value: 500 }]],
  ['c', 'b', 'db', 'select', 20, 10],
  ['d', 'a', 'api', 'render', 70, 20],
]);

describe('timeline rows', () => {
  it('hides the subtrees of collapsed spans', () => {
    const ids = (set: Set<string>): string[] => visibleSpans(trace.ordered, set).map((s) => s.spanID);
    expect(ids(new Set())).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(new Set(['b']))).toEqual(['a', 'b', 'd']);
    expect(ids(new Set(['a']))).toEqual(['a']);
    expect(ids(parentIDs(trace))).toEqual(['a']);
  });

  it('finds spans by service, operation, ID and tag key=value; all terms must match', () => {
    expect([...findSpans(trace, 'api')].sort()).toEqual(['b', 'd']);
    expect([...findSpans(trace, 'http.status_code=500')]).toEqual(['b']);
    expect([...findSpans(trace, 'api render')]).toEqual(['d']);
    expect(findSpans(trace, '  ').size).toBe(0);
  });

  it('lists ancestors to reveal a span', () => {
    expect(ancestorIDs(trace, 'c')).toEqual(['b', 'a']);
  });
});

describe('sortTraces', () => {
  const t1 = traceOf([['x', null, 's', 'o', 100, 50]], 't1');
  const t2 = traceOf(
    [
      ['y', null, 's', 'o', 200, 10],
      ['z', 'y', 's', 'o', 201, 1],
    ],
    't2',
  );
  it.each([
    ['mostRecent', ['t2', 't1']],
    ['longest', ['t1', 't2']],
    ['shortest', ['t2', 't1']],
    ['mostSpans', ['t2', 't1']],
    ['leastSpans', ['t1', 't2']],
  ] as const)('%s', (key, expected) => {
    expect(sortTraces([t1, t2], key).map((t) => t.traceID)).toEqual(expected);
  });
});
