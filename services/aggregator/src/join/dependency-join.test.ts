import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DependencyJoin, type JoinInput } from './dependency-join.ts';

const span = (spanId: string, service: string, parentIds: string[] = [], traceId = 't1'): JoinInput => ({
  traceId,
  spanId,
  parentIds,
  service,
});

function run(join: DependencyJoin, inputs: [JoinInput, number][]): string[] {
  const edges: string[] = [];
  inputs.forEach(([input, timeMs], offset) => {
    join.add(input, offset, timeMs, (parent, child) => edges.push(`${parent}->${child}`));
  });
  return edges.sort();
}

describe('DependencyJoin', () => {
  it('counts a parent→child call whichever of the two arrives first', () => {
    const parentFirst = run(new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 100 }), [
      [span('a', 'frontend'), 0],
      [span('b', 'api', ['a']), 10],
    ]);
    const childFirst = run(new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 100 }), [
      [span('b', 'api', ['a']), 0],
      [span('a', 'frontend'), 10],
    ]);
    expect(parentFirst).toEqual(['frontend->api']);
    expect(childFirst).toEqual(['frontend->api']);
  });

  it('joins a child delivered two minutes before its parent within a three-minute wait', () => {
    const join = new DependencyJoin({ joinWaitMs: 180_000, maxEntries: 100 });
    const edges = run(join, [
      [span('b', 'api', ['a']), 0],
      [span('x', 'other', [], 't2'), 60_000],
      [span('a', 'frontend'), 120_000],
    ]);
    expect(edges).toEqual(['frontend->api']);
    expect(join.evicted).toEqual({ expired: 0, overflow: 0 });
  });

  it('evicts a waiting child after the join wait (event time) and counts it as unmatched', () => {
    const join = new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 100 });
    const edges = run(join, [
      [span('b', 'api', ['a']), 0],
      [span('a', 'frontend'), 120_000],
    ]);
    expect(edges).toEqual([]);
    expect(join.evicted.expired).toBe(1);
  });

  it('leaves out calls within one service and counts links (several references) as calls', () => {
    const edges = run(new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 100 }), [
      [span('a', 'frontend'), 0],
      [span('c', 'frontend', ['a']), 1],
      [span('q', 'queue'), 2],
      [span('b', 'worker', ['a', 'q']), 3],
    ]);
    expect(edges).toEqual(['frontend->worker', 'queue->worker']);
  });

  it('does not join spans of different traces that share a span ID', () => {
    const edges = run(new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 100 }), [
      [span('a', 'frontend', [], 't1'), 0],
      [span('b', 'api', ['a'], 't2'), 1],
    ]);
    expect(edges).toEqual([]);
  });

  it('stays within maxEntries, dropping the oldest entries first', () => {
    const join = new DependencyJoin({ joinWaitMs: 3_600_000, maxEntries: 10 });
    const inputs: [JoinInput, number][] = [];
    for (let i = 0; i < 50; i++) inputs.push([span(`c${i}`, 'api', [`missing${i}`]), i]);
    run(join, inputs);
    expect(join.size()).toBeLessThanOrEqual(10);
    expect(join.evicted.overflow).toBeGreaterThan(0);
    // The oldest record still held is recent: a restart replays only what the state still needs.
    expect(join.oldestOffset()).toBeGreaterThanOrEqual(40);
  });

  it('finds every cross-service call of a trace tree in any delivery order (property)', () => {
    // A random tree of spans over 4 services; delivered in a random order within the join wait.
    const tree = fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 })
      .map((nodes) =>
        nodes.map(([parent, service], i) => ({
          id: `s${i}`,
          service: `svc${service}`,
          parent: i === 0 ? undefined : `s${parent % i}`,
        })),
      );
    fc.assert(
      fc.property(tree, fc.infiniteStream(fc.nat()), (nodes, picks) => {
        const bySpan = new Map(nodes.map((n) => [n.id, n]));
        const expected = nodes
          .filter((n) => n.parent !== undefined && bySpan.get(n.parent)!.service !== n.service)
          .map((n) => `${bySpan.get(n.parent!)!.service}->${n.service}`)
          .sort();
        const order = [...nodes];
        const it = picks[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = it.next().value! % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const join = new DependencyJoin({ joinWaitMs: 60_000, maxEntries: 1_000 });
        const got = run(
          join,
          order.map((n, i) => [span(n.id, n.service, n.parent === undefined ? [] : [n.parent]), i * 100]),
        );
        expect(got).toEqual(expected);
      }),
    );
  });
});
