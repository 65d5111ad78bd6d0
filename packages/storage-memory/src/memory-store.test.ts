import type { Span, TraceId } from '@spanstream/model';
import { micros, millis, parseSpanId, parseTraceId, stringTag } from '@spanstream/model';
import { StorageError, type TraceQuery } from '@spanstream/storage-api';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, DEFAULT_MAX_TRACES, MemorySpanStore } from './memory-store.ts';

function span(trace: number, id: number, overrides: Partial<Span> = {}): Span {
  const traceId = parseTraceId(trace.toString(16))!;
  return {
    traceId,
    spanId: parseSpanId(id.toString(16))!,
    operationName: 'op',
    references: [],
    flags: 1,
    startTime: micros(1_000_000 * trace),
    duration: micros(100),
    tags: [stringTag('k', 'v')],
    logs: [],
    process: { serviceName: 'svc', tags: [] },
    warnings: [],
    ...overrides,
  };
}

const query = (overrides: Partial<TraceQuery> = {}): TraceQuery => ({
  serviceName: 'svc',
  tags: {},
  startTimeMin: micros(0),
  startTimeMax: micros(Number.MAX_SAFE_INTEGER),
  numTraces: 100,
  ...overrides,
});

const traceId = (n: number): TraceId => parseTraceId(n.toString(16))!;

describe('MemorySpanStore', () => {
  it('defaults to 100,000 traces and refuses a bad bound', () => {
    expect(createMemoryStore().maxTraces).toBe(DEFAULT_MAX_TRACES);
    expect(() => new MemorySpanStore({ maxTraces: -1 })).toThrow(/max-traces/);
    expect(() => new MemorySpanStore({ maxTraces: 1.5 })).toThrow(/max-traces/);
  });

  it('evicts the oldest trace (by first write) beyond max-traces, and unindexes it', async () => {
    const store = createMemoryStore({ maxTraces: 2 });
    await store.writeSpans([span(1, 1), span(2, 1)]);
    await store.writeSpans([span(1, 2)]); // a later span of trace 1 does not make it younger
    await store.writeSpans([span(3, 1)]);
    expect(store.traceCount).toBe(2);
    expect(await store.getTrace(traceId(1))).toBeUndefined();
    expect(await store.findTraceIds(query())).toEqual([traceId(3), traceId(2)]);
    expect(await store.findTraceIds(query({ operationName: 'op' }))).toEqual([traceId(3), traceId(2)]);
    expect(await store.findTraceIds(query({ tags: { k: 'v' } }))).toEqual([traceId(3), traceId(2)]);
    expect(await store.getServices()).toEqual(['svc']);
  });

  it('keeps every trace when max-traces is 0', async () => {
    const store = createMemoryStore({ maxTraces: 0 });
    await store.writeSpans(Array.from({ length: 50 }, (_, i) => span(i + 1, 1)));
    expect(store.traceCount).toBe(50);
  });

  it('returns copies: a later write does not change a trace already returned', async () => {
    const store = createMemoryStore();
    await store.writeSpans([span(1, 1)]);
    const trace = await store.getTrace(traceId(1));
    await store.writeSpans([span(1, 2)]);
    expect(trace?.spans).toHaveLength(1);
    expect((await store.getTrace(traceId(1)))?.spans).toHaveLength(2);
  });

  it('matches all conditions within one span, not across spans of a trace', async () => {
    const store = createMemoryStore();
    await store.writeSpans([
      span(1, 1, { tags: [stringTag('a', '1')] }),
      span(1, 2, { tags: [stringTag('b', '2')], duration: micros(5000) }),
    ]);
    expect(await store.findTraceIds(query({ tags: { a: '1', b: '2' } }))).toEqual([]);
    expect(await store.findTraceIds(query({ tags: { a: '1' }, durationMin: micros(1000) }))).toEqual([]);
    expect(await store.findTraceIds(query({ tags: { b: '2' }, durationMin: micros(1000) }))).toEqual([
      traceId(1),
    ]);
  });

  it('narrows by literal tag values through the index, and still matches regexp values against every value', async () => {
    const store = createMemoryStore();
    await store.writeSpans([
      span(1, 1, { tags: [stringTag('http.url', 'http://a/x?y=1')] }),
      span(2, 1, { tags: [stringTag('http.url', 'http://a/z')] }),
      span(3, 1, {
        process: { serviceName: 'other', tags: [] },
        tags: [stringTag('http.url', 'http://a/z')],
      }),
    ]);
    expect(await store.findTraceIds(query({ tags: { 'http.url': 'http://a/z' } }))).toEqual([traceId(2)]);
    expect(await store.findTraceIds(query({ tags: { 'http.url': 'http://a/x?y=1' } }))).toEqual([traceId(1)]);
    expect(await store.findTraceIds(query({ tags: { 'http.url': 'http://a/.*' } }))).toEqual([
      traceId(2),
      traceId(1),
    ]);
    expect(await store.findTraceIds(query({ tags: { 'http.url': 'nowhere' } }))).toEqual([]);
  });

  it('searches link (reference) attributes too', async () => {
    const store = createMemoryStore();
    const ref = {
      refType: 'FOLLOWS_FROM' as const,
      traceId: traceId(9),
      spanId: parseSpanId('9')!,
      tags: [stringTag('link.k', 'v')],
    };
    await store.writeSpans([span(1, 1, { references: [ref] })]);
    expect(await store.findTraceIds(query({ tags: { 'link.k': 'v' } }))).toEqual([traceId(1)]);
  });

  it('treats spanKind "unspecified" as the operations without a known kind', async () => {
    const store = createMemoryStore();
    await store.writeSpans([
      span(1, 1, { operationName: 'a' }),
      span(1, 2, { operationName: 'b', tags: [stringTag('span.kind', 'server')] }),
      span(1, 3, { operationName: 'c', tags: [stringTag('span.kind', 'weird')] }),
    ]);
    expect(await store.getOperations({ serviceName: 'svc', spanKind: 'unspecified' })).toEqual([
      { name: 'a', spanKind: '' },
      { name: 'c', spanKind: '' },
    ]);
  });

  it('computes dependencies only from traces with a span strictly inside the window', async () => {
    const store = createMemoryStore();
    const at = (trace: number, id: number, service: string, start: number, parent?: number): Span =>
      span(trace, id, {
        startTime: micros(start),
        process: { serviceName: service, tags: [] },
        references:
          parent === undefined
            ? []
            : [{ refType: 'CHILD_OF', traceId: traceId(trace), spanId: parseSpanId(parent.toString(16))! }],
      });
    // Window (10 s, 20 s): trace 1 inside, trace 2 starts exactly at the lower bound (excluded).
    await store.writeSpans([
      at(1, 1, 'a', 15_000_000),
      at(1, 2, 'b', 15_000_000, 1),
      at(2, 1, 'c', 10_000_000),
      at(2, 2, 'd', 10_000_000, 1),
    ]);
    expect(await store.getDependencies(millis(20_000), millis(10_000))).toEqual([
      { parent: 'a', child: 'b', callCount: 1 },
    ]);
  });

  it('rejects writes after close with a StorageError', async () => {
    const store = createMemoryStore();
    await store.close();
    await expect(store.writeSpans([span(1, 1)])).rejects.toBeInstanceOf(StorageError);
  });
});
