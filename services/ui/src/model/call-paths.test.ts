import { describe, expect, it } from 'vitest';
import { callPaths, pathLabel } from './call-paths.ts';
import { pathGraph } from './path-graph.ts';
import { makeSyntheticTrace } from './synthetic.ts';
import { buildTrace } from './trace.ts';
import { traceOf } from './test-helpers.ts';

const trace = traceOf([
  ['1', null, 'web', 'GET', 0, 100],
  ['2', '1', 'auth', 'check', 0, 20],
  ['3', '2', 'db', 'query', 5, 10],
  ['4', '1', 'db', 'query', 30, 10],
  ['5', '1', 'db', 'query', 50, 20, [{ key: 'error', type: 'bool', value: true }]],
]);

describe('callPaths', () => {
  it('merges spans with the same service+operation chain and keeps other callers apart', () => {
    const tree = callPaths([trace]);
    const byLabel = Object.fromEntries(tree.paths.map((p) => [pathLabel(tree, p.id), p]));
    expect(Object.keys(byLabel).sort()).toEqual([
      'web: GET',
      'web: GET → auth: check',
      'web: GET → auth: check → db: query',
      'web: GET → db: query',
    ]);
    expect(byLabel['web: GET → db: query']).toMatchObject({
      count: 2,
      errors: 1,
      totalTime: 30,
      selfTime: 30,
      depth: 1,
    });
    // 100 µs minus the union of its children [0,20) [30,40) [50,70): 50 µs.
    expect(byLabel['web: GET']).toMatchObject({ count: 1, totalTime: 100, selfTime: 50 });
    expect(byLabel['web: GET → auth: check']).toMatchObject({ totalTime: 20, selfTime: 10 });
    expect(tree.roots).toEqual([byLabel['web: GET']!.id]);
  });

  it('counts each input trace separately as well as in total', () => {
    const other = traceOf([
      ['a', null, 'web', 'GET', 0, 50],
      ['b', 'a', 'db', 'query', 10, 10],
    ]);
    const tree = callPaths([trace, other]);
    const dbPath = tree.paths.find((p) => p.depth === 1 && p.service === 'db')!;
    expect(dbPath.counts).toEqual([2, 1]);
    expect(dbPath.count).toBe(3);
    expect(tree.traces).toBe(2);
  });

  it('stays linear on a 10,000-deep chain', () => {
    const chain = traceOf(
      Array.from({ length: 10_000 }, (_, i) => [
        String(i + 1),
        i === 0 ? null : String(i),
        'svc',
        'op',
        i,
        10_000 - i,
      ]),
    );
    const tree = callPaths([chain]);
    expect(tree.paths).toHaveLength(10_000);
    expect(tree.paths.at(-1)!.depth).toBe(9_999);
  });
});

describe('pathGraph', () => {
  it('has a node per call path and an edge per call with the callee count', () => {
    const graph = pathGraph(trace);
    expect(graph.nodes).toHaveLength(4);
    expect(graph.edges).toHaveLength(3);
    const db = graph.nodes.find((n) => n.service === 'db' && n.count === 2)!;
    const web = graph.nodes.find((n) => n.service === 'web')!;
    expect(graph.edges).toContainEqual({ from: web.id, to: db.id, count: 2 });
  });

  it('has as many nodes as distinct paths on a big generated trace, each span counted once', () => {
    const big = buildTrace(makeSyntheticTrace({ spans: 2000, services: 6 }));
    const graph = pathGraph(big);
    expect(graph.nodes.reduce((n, node) => n + node.count, 0)).toBe(2000);
    expect(graph.edges).toHaveLength(graph.nodes.length - 1);
  });
});

describe('pathGraph with a limit', () => {
  it('draws the busiest paths with their callers and folds the callees left out of each path', () => {
    const graph = pathGraph(trace, 2);
    // web: GET (100 µs) and web → db: query (30 µs) are kept; auth: check's 20 µs lose to db's 30.
    expect(graph).toMatchObject({ shown: 2, total: 4 });
    const folded = graph.nodes.filter((n) => n.folded !== undefined);
    expect(folded).toHaveLength(1);
    // auth: check and the db: query below it: two paths, two spans, one call edge from web.
    expect(folded[0]).toMatchObject({ folded: 2, count: 1, totalTime: 20, selfTime: 20 });
    expect(graph.edges.filter((e) => e.to === folded[0]!.id)).toHaveLength(1);
  });

  it('never keeps a path without its caller, and accounts for every path', () => {
    const big = buildTrace(makeSyntheticTrace({ spans: 3000, services: 12 }));
    const graph = pathGraph(big, 150);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.shown).toBe(150);
    for (const e of graph.edges) expect(ids.has(e.from)).toBe(true);
    const folded = graph.nodes.reduce((n, x) => n + (x.folded ?? 0), 0);
    expect(graph.shown + folded).toBe(graph.total);
    expect(graph.total).toBeGreaterThan(150);
  });
});
