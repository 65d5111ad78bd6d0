import {
  deriveDependencies,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type Span,
} from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { parseDay } from './day.ts';
import { countPartition, mergeLinks, slimSpan } from './derive.ts';
import type { SpanSource } from './storage.ts';

const day = parseDay('2026-12-01')!;

function span(
  trace: number,
  id: number,
  service: string,
  parent?: number,
  tags = [stringTag('span.kind', 'server')],
): Span {
  const traceId = parseTraceId(trace.toString(16))!;
  return {
    traceId,
    spanId: parseSpanId(id.toString(16))!,
    operationName: 'op',
    references:
      parent === undefined
        ? []
        : [{ refType: 'CHILD_OF', traceId, spanId: parseSpanId(parent.toString(16))! }],
    flags: 1,
    startTime: micros(day.startMs * 1000),
    duration: micros(5),
    tags: [...tags, stringTag('http.url', '/x')],
    logs: [{ timestamp: micros(day.startMs * 1000), fields: [stringTag('event', 'x')] }],
    process: { serviceName: service, tags: [stringTag('hostname', 'h')] },
    warnings: [],
  };
}

/** A fake source: partition i holds the traces whose number is i modulo the count, in pages of 2. */
function source(spans: readonly Span[], count: number): SpanSource {
  return {
    partitions: (n) => Array.from({ length: n }, (_, i) => ({ index: String(i) })),
    total: () => Promise.resolve(spans.length),
    scan: async (_day, partition, onPage) => {
      const mine = spans.filter((s) => parseInt(s.traceId, 16) % count === Number(partition['index']));
      for (let i = 0; i < mine.length; i += 2) await onPage(mine.slice(i, i + 2));
      return mine.length;
    },
    close: () => Promise.resolve(),
  };
}

describe('countPartition and mergeLinks', () => {
  it("sum partitions of whole traces to the whole day's spark links", async () => {
    const spans: Span[] = [];
    for (let t = 1; t <= 9; t++) {
      spans.push(span(t, 1, 'web'), span(t, 2, 'api', 1), span(t, 3, 'db', 2), span(t, 4, 'api', 2));
      if (t % 3 === 0)
        spans.push(
          span(t, 5, 'api', 4, [stringTag('span.kind', 'client'), stringTag('peer.service', 'cache')]),
        );
    }
    const src = source(spans, 4);
    const parts = await Promise.all(src.partitions(4).map((p) => countPartition(src, day, p)));
    expect(parts.map((p) => p.spans).reduce((a, b) => a + b)).toBe(spans.length);
    expect(mergeLinks(parts.map((p) => p.links))).toEqual(deriveDependencies(spans, { rule: 'spark' }));
    expect(mergeLinks(parts.map((p) => p.links))).toContainEqual({
      parent: 'api',
      child: 'cache',
      callCount: 3,
    });
  });

  it('merges equal edges and sorts by parent, then child', () => {
    expect(
      mergeLinks([
        [{ parent: 'b', child: 'a', callCount: 1 }],
        [
          { parent: 'a', child: 'b', callCount: 2 },
          { parent: 'b', child: 'a', callCount: 3 },
        ],
      ]),
    ).toEqual([
      { parent: 'a', child: 'b', callCount: 2 },
      { parent: 'b', child: 'a', callCount: 4 },
    ]);
  });
});

describe('slimSpan', () => {
  it('keeps what derivation reads and drops the rest', () => {
    const slim = slimSpan(
      span(1, 2, 'api', 1, [stringTag('span.kind', 'client'), stringTag('peer.service', 'db')]),
    );
    expect(slim.tags.map((t) => t.key)).toEqual(['span.kind', 'peer.service']);
    expect(slim.logs).toEqual([]);
    expect(slim.process).toEqual({ serviceName: 'api', tags: [] });
    expect(slim.references).toHaveLength(1);
  });
});
