import { StorageError } from '@spanstream/storage-api';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkWriter, type BulkDocument } from './bulk-writer.ts';
import type { EsRequest, EsResponse, EsTransport } from './client.ts';
import { createEsMetrics } from './metrics.ts';
import { DEFAULT_ES_OPTIONS } from './options.ts';

type Reply = (ids: string[]) => { status: number; error?: { type: string; reason: string } }[] | Error;

/** A fake `_bulk` endpoint: records each request's document IDs and answers per item. */
function fakeTransport(reply: Reply) {
  const requests: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const transport: EsTransport = {
    request: async <T>(request: EsRequest): Promise<EsResponse<T>> => {
      const ids = String(request.bulkBody ?? '')
        .split('\n')
        .filter((line) => line.startsWith('{"index"'))
        .map((line) => (JSON.parse(line) as { index: { _id: string } }).index._id);
      requests.push(ids);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      const answer = reply(ids);
      if (answer instanceof Error) throw answer;
      return { statusCode: 200, body: { errors: false, items: answer.map((index) => ({ index })) } as T };
    },
    close: () => Promise.resolve(),
  };
  return { transport, requests, maxInFlight: () => maxInFlight };
}

const docs = (ids: string[]): BulkDocument[] =>
  ids.map((id) => ({ index: 'jaeger-span-2026-01-01', id, source: '{}' }));
const ok = (ids: string[]) => ids.map(() => ({ status: 201 }));

describe('BulkWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const writer = (transport: EsTransport, bulk: Partial<typeof DEFAULT_ES_OPTIONS.bulk> = {}) => {
    const metrics = createEsMetrics(new Registry());
    return { metrics, bulk: new BulkWriter(transport, { ...DEFAULT_ES_OPTIONS.bulk, ...bulk }, metrics) };
  };

  it('sends a bulk when the action count is reached, and the rest after the flush interval', async () => {
    const fake = fakeTransport(ok);
    const { bulk } = writer(fake.transport, { actions: 3, flushIntervalMs: 200 });
    const done = bulk.add(docs(['a', 'b', 'c', 'd']));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.requests).toEqual([['a', 'b', 'c']]);
    await vi.advanceTimersByTimeAsync(200);
    await done;
    expect(fake.requests).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('sends one NDJSON body of UTF-8 bytes, each document after its action line, asking for statuses only', async () => {
    const bodies: { body: unknown; querystring: unknown }[] = [];
    const transport: EsTransport = {
      request: <T>(request: EsRequest): Promise<EsResponse<T>> => {
        bodies.push({ body: request.bulkBody, querystring: request.querystring });
        const items = [{ index: { status: 201 } }, { index: { status: 201 } }];
        return Promise.resolve({ statusCode: 200, body: { errors: false, items } as T });
      },
      close: () => Promise.resolve(),
    };
    const { bulk } = writer(transport, { actions: 2 });
    await bulk.add([
      { index: 'jaeger-span-2026-01-01', id: 'é_1', source: '{"operationName":"héllo ✓ 😀"}' },
      { index: 'jaeger-service-2026-01-01', id: 'x"2', source: '{"serviceName":"s"}' },
    ]);
    const expected =
      '{"index":{"_index":"jaeger-span-2026-01-01","_id":"é_1"}}\n{"operationName":"héllo ✓ 😀"}\n' +
      '{"index":{"_index":"jaeger-service-2026-01-01","_id":"x\\"2"}}\n{"serviceName":"s"}\n';
    expect(bodies).toHaveLength(1);
    expect(Buffer.isBuffer(bodies[0]!.body)).toBe(true);
    expect((bodies[0]!.body as Buffer).equals(Buffer.from(expected))).toBe(true);
    expect(bodies[0]!.querystring).toEqual({ filter_path: 'errors,items.*.status,items.*.error' });
  });

  it('cuts bulks by bytes too', async () => {
    const fake = fakeTransport(ok);
    const { bulk } = writer(fake.transport, { actions: 1000, size: 1 });
    await Promise.all([bulk.add(docs(['a'])), bulk.add(docs(['b']))]);
    expect(fake.requests).toEqual([['a'], ['b']]);
  });

  it('retries only the items refused with 429/503, then resolves', async () => {
    let calls = 0;
    const fake = fakeTransport((ids) => {
      calls++;
      return ids.map((id) =>
        calls === 1 && id === 'b'
          ? { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } }
          : { status: 201 },
      );
    });
    const { bulk, metrics } = writer(fake.transport, { actions: 2 });
    const done = bulk.add(docs(['a', 'b']));
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(fake.requests).toEqual([['a', 'b'], ['b']]);
    expect((await metrics.bulkRetries.get()).values[0]?.value).toBe(1);
  });

  it('fails only the writes whose documents were refused, with the reason, and keeps the others', async () => {
    const fake = fakeTransport((ids) =>
      ids.map((id) =>
        id === 'bad'
          ? { status: 400, error: { type: 'mapper_parsing_exception', reason: 'bad field' } }
          : { status: 201 },
      ),
    );
    const { bulk, metrics } = writer(fake.transport, { actions: 3 });
    const forgotten: string[] = [];
    const good = bulk.add(docs(['a', 'b']));
    const bad = bulk.add(docs(['bad']), (doc) => forgotten.push(doc.id));
    const error = await bad.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid');
    expect((error as StorageError).message).toContain('mapper_parsing_exception: bad field');
    await expect(good).resolves.toBeUndefined();
    expect(forgotten).toEqual(['bad']);
    const count = async (metric: { get(): Promise<{ values: { value: number }[] }> }) =>
      (await metric.get()).values[0]?.value;
    expect(await count(metrics.bulkAttempts)).toBe(3);
    expect(await count(metrics.bulkInserts)).toBe(2);
    expect(await count(metrics.bulkErrors)).toBe(1);
    expect((await metrics.errors.get()).values).toEqual([{ value: 1, labels: { code: 'invalid' } }]);
  });

  it('gives up after maxAttempts on a server that stays unavailable, with a retriable error', async () => {
    const fake = fakeTransport(() => new StorageError('unavailable', 'connection refused'));
    const { bulk } = writer(fake.transport, { actions: 1, maxAttempts: 3 });
    const done = bulk.add(docs(['a']));
    const outcome = expect(done).rejects.toMatchObject({ code: 'unavailable', retriable: true });
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
    expect(fake.requests).toHaveLength(3);
  });

  it('rejects a timed-out request at once, retriable, without retrying it itself and without client retries', async () => {
    const sent: EsRequest[] = [];
    const transport: EsTransport = {
      request: (request) => {
        sent.push(request);
        return Promise.reject(new StorageError('timeout', 'TimeoutError on POST /_bulk: Request timed out'));
      },
      close: () => Promise.resolve(),
    };
    const { bulk } = writer(transport, { actions: 1, maxAttempts: 5 });
    const done = bulk.add(docs(['a']));
    const outcome = expect(done).rejects.toMatchObject({ code: 'timeout', retriable: true });
    await vi.advanceTimersByTimeAsync(0);
    await outcome;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ path: '/_bulk', noClientRetry: true });
  });

  it('keeps at most `workers` bulks in flight, and flush waits for all of them', async () => {
    const fake = fakeTransport(ok);
    const { bulk } = writer(fake.transport, { actions: 1, workers: 2 });
    const writes = ['a', 'b', 'c', 'd', 'e'].map((id) => bulk.add(docs([id])));
    await bulk.flush();
    await Promise.all(writes);
    expect(fake.requests.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fake.maxInFlight()).toBe(2);
  });

  it('refuses writes after close, after sending what was buffered', async () => {
    const fake = fakeTransport(ok);
    const { bulk } = writer(fake.transport);
    const pending = bulk.add(docs(['a']));
    await bulk.close();
    await pending;
    expect(fake.requests).toEqual([['a']]);
    await expect(bulk.add(docs(['b']))).rejects.toBeInstanceOf(StorageError);
  });
});
