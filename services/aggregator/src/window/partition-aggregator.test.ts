import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpanFacts } from '../span-facts.ts';
import { PartitionAggregator, type ResumePoint, type WindowOptions } from './partition-aggregator.ts';
import type { Segment } from './segment.ts';

const OPTIONS: WindowOptions = {
  windowMs: 60_000,
  graceMs: 5_000,
  join: { joinWaitMs: 180_000, maxEntries: 10_000 },
};

function facts(traceId: string, spanId: string, service: string, parentIds: string[] = []): SpanFacts {
  return {
    traceId,
    spanId,
    parentIds,
    service,
    operation: 'op',
    kind: 'SPAN_KIND_SERVER',
    startMs: 0,
    durationMs: 1,
    error: false,
  };
}

interface Rec {
  readonly offset: number;
  readonly timestampMs: number;
  readonly spans: SpanFacts[];
}

/** Documents by id, as Elasticsearch keeps them: a rewrite replaces. */
class Store {
  readonly docs = new Map<string, Map<string, number>>();
  write(segment: Segment): void {
    this.docs.set(`${segment.partition}-${segment.startOffset}`, new Map(segment.edges));
  }
  totals(): Record<string, number> {
    const sums: Record<string, number> = {};
    for (const doc of this.docs.values())
      for (const [edge, n] of doc)
        sums[edge.replace('\u0000', '->')] = (sums[edge.replace('\u0000', '->')] ?? 0) + n;
    return sums;
  }
}

/** A workload: traces of a 3-level call chain, each span its own record, children often first. */
function workload(traces: number, order: readonly number[]): Rec[] {
  const spans: SpanFacts[] = [];
  for (let t = 0; t < traces; t++) {
    spans.push(
      facts(`t${t}`, 'a', 'frontend'),
      facts(`t${t}`, 'b', 'api', ['a']),
      facts(`t${t}`, 'c', 'db', ['b']),
    );
  }
  const shuffled = spans
    .map((s, i) => ({ s, k: order[i % order.length]! * 1000 + i }))
    .sort((x, y) => x.k - y.k);
  return shuffled.map(({ s }, offset) => ({ offset, timestampMs: 1_000_000 + offset * 1_000, spans: [s] }));
}

describe('PartitionAggregator', () => {
  it('cuts segments where record timestamps enter a new window and dates them by window', () => {
    const agg = new PartitionAggregator(0, OPTIONS, { countFrom: -1, lastWindow: -Infinity });
    agg.addRecord(10, 60_000, [facts('t', 'a', 'frontend')], 0);
    agg.addRecord(11, 61_000, [facts('t', 'b', 'api', ['a'])], 0);
    agg.addRecord(12, 125_000, [facts('t', 'c', 'db', ['b'])], 0);
    expect(agg.closed).toHaveLength(1);
    expect(agg.closed[0]).toMatchObject({ startOffset: 10, endOffset: 12, window: 1 });
    expect(agg.closed[0]!.links()).toEqual([{ parent: 'frontend', child: 'api', callCount: 1 }]);
    agg.closeAll();
    expect(agg.closed[1]).toMatchObject({ startOffset: 12, endOffset: 13, window: 2 });
    expect(agg.closed[1]!.links()).toEqual([{ parent: 'api', child: 'db', callCount: 1 }]);
  });

  it('counts a late record in the window after the last one written', () => {
    const agg = new PartitionAggregator(0, OPTIONS, { countFrom: 5, lastWindow: 3 });
    agg.addRecord(5, 60_000, [facts('t', 'a', 'frontend')], 0);
    agg.closeAll();
    expect(agg.closed[0]).toMatchObject({ startOffset: 5, window: 4 });
    expect(agg.late).toBe(1);
  });

  it('closes an idle segment once its window and the grace are over', () => {
    const agg = new PartitionAggregator(0, OPTIONS, { countFrom: -1, lastWindow: -Infinity });
    agg.addRecord(0, 60_000, [facts('t', 'a', 'frontend')], 60_000);
    agg.closeIfDue(124_000);
    expect(agg.closed).toHaveLength(0);
    agg.closeIfDue(125_000);
    expect(agg.closed).toHaveLength(1);
  });

  it('keeps the commit point at the oldest record the join still needs', () => {
    const agg = new PartitionAggregator(0, OPTIONS, { countFrom: -1, lastWindow: -Infinity });
    agg.addRecord(0, 60_000, [facts('t', 'b', 'api', ['a'])], 0);
    agg.addRecord(1, 130_000, [facts('u', 'x', 'api')], 0);
    expect(agg.closed[0]!.endOffset).toBe(1);
    expect(agg.commitOffset(1)).toBe(0);
  });

  it('a restart at any point, with or without the last commit, counts every call exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
        fc.boolean(),
        (traces, order, crashPick, flushes, commitLast) => {
          const records = workload(traces, order);
          const crashAt = crashPick % (records.length + 1);
          const store = new Store();
          let committed: { offset: number; resume: ResumePoint } | undefined;
          const writeAndCommit = (agg: PartitionAggregator, commit: boolean) => {
            for (const segment of agg.closed.splice(0)) {
              store.write(segment);
              if (!commit) return;
              committed = {
                offset: agg.commitOffset(segment.endOffset),
                resume: { countFrom: segment.endOffset, lastWindow: segment.window },
              };
            }
          };
          // First run: wall-clock flushes at random points, then a crash (maybe between write and commit).
          const first = new PartitionAggregator(0, OPTIONS, { countFrom: -1, lastWindow: -Infinity });
          records.slice(0, crashAt).forEach((r, i) => {
            first.addRecord(r.offset, r.timestampMs, r.spans, 0);
            if (flushes[i % flushes.length]) first.closeAll();
            writeAndCommit(first, true);
          });
          first.closeAll();
          writeAndCommit(first, commitLast);
          // Second run: from the committed offset and resume point, to the end.
          const resume = committed?.resume ?? { countFrom: -1, lastWindow: -Infinity };
          const second = new PartitionAggregator(0, OPTIONS, resume);
          for (const r of records.slice(committed?.offset ?? 0))
            second.addRecord(r.offset, r.timestampMs, r.spans, 0);
          second.closeAll();
          writeAndCommit(second, true);
          expect(store.totals()).toEqual({ 'frontend->api': traces, 'api->db': traces });
        },
      ),
    );
  });
});
