import { describe, expect, it } from 'vitest';
import { diffGraph } from './diff-graph.ts';
import { diffTraces } from './diff.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { traceOf } from './test-helpers.ts';
import { buildTrace } from './trace.ts';

const a = traceOf([
  ['1', null, 'web', 'GET', 0, 100],
  ['2', '1', 'db', 'query', 10, 10],
  ['3', '1', 'db', 'query', 30, 10],
  ['4', '1', 'cache', 'get', 50, 5],
  ['5', '1', 'auth', 'check', 60, 5],
]);
const b = traceOf([
  ['x', null, 'web', 'GET', 0, 80],
  ['y', 'x', 'db', 'query', 10, 10],
  ['z', 'x', 'queue', 'send', 20, 5],
  ['w', 'x', 'auth', 'check', 30, 5],
  ['v', 'x', 'auth', 'check', 40, 5],
  ['u', 'x', 'auth', 'check', 50, 5],
]);

describe('diffGraph', () => {
  it('classes each call path by where it occurs and how its count changed', () => {
    const graph = diffGraph(a, b);
    const of = (service: string) => graph.nodes.find((n) => n.service === service)!;
    expect(of('web')).toMatchObject({ diffClass: 'same', countA: 1, countB: 1, intensity: 0 });
    expect(of('db')).toMatchObject({ diffClass: 'fewer', countA: 2, countB: 1, intensity: 0.5 });
    expect(of('auth')).toMatchObject({ diffClass: 'more', countA: 1, countB: 3, intensity: 1 });
    expect(of('cache')).toMatchObject({ diffClass: 'onlyA', countB: 0 });
    expect(of('queue')).toMatchObject({ diffClass: 'onlyB', countA: 0 });
    expect(graph.edges).toHaveLength(4);
    expect(graph.edges.every((e) => e.from === of('web').id)).toBe(true);
  });

  it('has the nodes and counts of the diff table', () => {
    const ta = buildTrace(makeSyntheticTrace({ spans: 30, services: 4 }));
    const tb = buildTrace(makeSyntheticTrace({ spans: 40, services: 4 }));
    const table = diffTraces(ta, tb);
    const graph = diffGraph(ta, tb);
    expect(graph.nodes).toHaveLength(table.nodes.length);
    const onlyA = graph.nodes.filter((n) => n.diffClass === 'onlyA').length;
    expect(onlyA).toBe(table.summary.onlyA.nodes);
    const counts = (ns: { countA: number; countB: number }[]) =>
      ns.map((n) => `${n.countA}/${n.countB}`).sort();
    expect(counts(graph.nodes)).toEqual(counts(table.nodes));
  });
});

describe('diffGraph with a limit', () => {
  it('folds the paths past the limit, their spans summed per trace', () => {
    const graph = diffGraph(a, b, 3);
    expect(graph).toMatchObject({ shown: 3, total: 5 });
    const folded = graph.nodes.find((n) => n.folded !== undefined)!;
    // Kept: web (root), db (30 µs in A+B) and auth (20 µs); cache (5 µs) and queue (5 µs) are folded.
    expect(folded).toMatchObject({ folded: 2, countA: 1, countB: 1, diffClass: 'same' });
    const spans = (side: 'countA' | 'countB') => graph.nodes.reduce((n, x) => n + x[side], 0);
    expect([spans('countA'), spans('countB')]).toEqual([a.spans.length, b.spans.length]);
  });
});
