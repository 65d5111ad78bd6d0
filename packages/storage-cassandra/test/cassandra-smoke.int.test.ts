import { int64Tag, micros, parseSpanId, parseTraceId, stringTag, type Span } from '@spanstream/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCassandraStore } from '../src/index.ts';
import { stackCassandraOptions } from './stack.ts';
import type { SpanStore } from '@spanstream/storage-api';

let store: SpanStore;

const span = (id: string, overrides: Partial<Span> = {}): Span => ({
  traceId: parseTraceId('abc')!,
  spanId: parseSpanId(id)!,
  operationName: 'GET /users',
  references: [],
  flags: 1,
  startTime: micros(1_700_000_000_000_000),
  duration: micros(1500),
  tags: [stringTag('span.kind', 'server'), int64Tag('big', 9_007_199_254_740_993n)],
  logs: [{ timestamp: micros(1_700_000_000_000_100), fields: [stringTag('event', 'retry')] }],
  process: { serviceName: 'users', tags: [stringTag('hostname', 'h1')] },
  warnings: ['clock skew adjusted'],
  ...overrides,
});

beforeAll(async () => {
  store = await createCassandraStore(await stackCassandraOptions('smoke'));
});

afterAll(async () => {
  await store.close();
});

describe('Cassandra store smoke', () => {
  it('writes a span and reads it back losslessly, idempotently', async () => {
    const child = span('2', {
      references: [{ refType: 'CHILD_OF', traceId: parseTraceId('abc')!, spanId: parseSpanId('1')! }],
    });
    await store.writer.writeSpans([span('1'), child]);
    await store.writer.writeSpans([span('1')]);
    const trace = await store.reader.getTrace(parseTraceId('abc')!);
    expect(trace?.spans).toEqual([span('1'), child]);
    expect(await store.reader.getServices()).toEqual(['users']);
    expect(await store.reader.getOperations({ serviceName: 'users', spanKind: 'server' })).toEqual([
      { name: 'GET /users', spanKind: 'server' },
    ]);
    const found = await store.reader.findTraceIds({
      serviceName: 'users',
      tags: { big: '9007199254740993', event: 'retry' },
      startTimeMin: micros(1_699_999_999_000_000),
      startTimeMax: micros(1_700_000_001_000_000),
      durationMin: micros(1000),
      numTraces: 10,
    });
    expect(found).toEqual([parseTraceId('abc')]);
  });
});
