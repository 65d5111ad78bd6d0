import { describe, expect, it } from 'vitest';
import { diffTraces } from './diff.ts';
import { traceOf } from './test-helpers.ts';

describe('diffTraces', () => {
  it('matches spans by call path and counts what is only in A, only in B, or in both', () => {
    const a = traceOf([
      ['1', null, 'web', 'GET', 0, 100],
      ['2', '1', 'db', 'query', 10, 10],
      ['3', '1', 'db', 'query', 30, 10],
      ['4', '1', 'cache', 'get', 50, 5],
    ]);
    const b = traceOf([
      ['x', null, 'web', 'GET', 0, 80],
      ['y', 'x', 'db', 'query', 10, 10],
      ['z', 'x', 'auth', 'check', 20, 5],
    ]);
    const diff = diffTraces(a, b);
    const byKey = Object.fromEntries(diff.nodes.map((n) => [n.key, n]));
    expect(byKey['web::GET']).toMatchObject({ state: 'both', countA: 1, countB: 1, depth: 0 });
    expect(byKey['web::GET > db::query']).toMatchObject({ state: 'both', countA: 2, countB: 1, depth: 1 });
    expect(byKey['web::GET > cache::get']).toMatchObject({ state: 'onlyA', countA: 1, countB: 0 });
    expect(byKey['web::GET > auth::check']).toMatchObject({ state: 'onlyB', countA: 0, countB: 1 });
    expect(diff.summary).toEqual({
      both: { nodes: 2, spans: 5 },
      onlyA: { nodes: 1, spans: 1 },
      onlyB: { nodes: 1, spans: 1 },
    });
  });

  it('finds no differences between a trace and itself', () => {
    const a = traceOf([['1', null, 'web', 'GET', 0, 100]]);
    const diff = diffTraces(a, a);
    expect(diff.summary.onlyA.nodes + diff.summary.onlyB.nodes).toBe(0);
  });
});
