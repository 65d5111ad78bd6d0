import { createAdminServer, type AdminServer } from '@spanstream/runtime';
import { isRetriable, type SpanWriter } from '@spanstream/storage-api';
import type { Span } from '@spanstream/model';
import { createCassandraStore, defaultCassandraOptions } from '@spanstream/storage-cassandra';
import { createElasticsearchStore, type ElasticsearchSpanStore } from '@spanstream/storage-elasticsearch';
import {
  cassandraContactPoints,
  cassandraLocalDataCenter,
  elasticsearchUrl,
  startFreezableProxy,
  uniqueName,
  type FreezableProxy,
} from '@spanstream/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createTopic, protobufRecords, testSpan } from '@spanstream/kafka/test-helpers';
import { consumerOptions, startTestIngester, useTestBroker } from '../test/harness.ts';

const broker = useTestBroker();
const { running } = broker;
const TIMEOUT_MS = 2_000;
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** What a write does within `ms`: 'written', its error, or 'still hanging'. */
function writeOutcome(writer: SpanWriter, spans: Span[], ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    writer.writeSpans(spans).then(
      () => 'written',
      (error: unknown) => error,
    ),
    new Promise((resolve) => {
      timer = setTimeout(() => {
        resolve('still hanging');
      }, ms);
    }),
  ]).finally(() => {
    clearTimeout(timer);
  });
}

async function produce(topic: string, from: number, count: number): Promise<void> {
  const spans = Array.from({ length: count }, (_, i) => testSpan(from + i));
  const messages = protobufRecords(spans);
  await broker.produce(topic, messages);
}

/** Span documents in the test's indices, read from Elasticsearch directly (not through the proxy). */
async function spanDocuments(esUrl: string, prefix: string): Promise<number> {
  const index = `${prefix}-jaeger-span-*`;
  await fetch(`${esUrl}/${index}/_refresh`, { method: 'POST' });
  const response = await fetch(`${esUrl}/${index}/_count`);
  return ((await response.json()) as { count?: number }).count ?? 0;
}

async function readiness(admin: AdminServer): Promise<{ status: number; body: { unavailable?: string[] } }> {
  const response = await fetch(`http://127.0.0.1:${admin.port()}/`);
  return { status: response.status, body: (await response.json()) as { unavailable?: string[] } };
}

describe('ingester while storage is frozen (server alive, forwarding no byte)', () => {
  it('Elasticsearch: writes time out into retry, partitions pause, readiness says unreachable; after the thaw every span lands once', async () => {
    const esUrl = await elasticsearchUrl();
    const target = new URL(esUrl);
    const proxy: FreezableProxy = await startFreezableProxy({
      host: target.hostname,
      port: Number(target.port || 9200),
    });
    cleanup.push(() => proxy.close());
    const prefix = uniqueName('freeze').toLowerCase();
    const store: ElasticsearchSpanStore = await createElasticsearchStore({
      serverUrls: [`http://${proxy.address}`],
      indexPrefix: prefix,
      numShards: 1,
      numReplicas: 0,
      timeoutMs: TIMEOUT_MS,
      bulk: { flushIntervalMs: 20 },
    });
    cleanup.push(() => store.close());

    const topic = uniqueName('ingest-freeze');
    await createTopic(broker.kafka, topic, 2);
    const t = await startTestIngester(broker.brokers, store.writer, consumerOptions(topic));
    running.push(t);
    const admin = createAdminServer({ port: 0, host: '127.0.0.1', registry: t.registry, health: t.health });
    await admin.start();
    cleanup.push(() => admin.stop());

    await produce(topic, 0, 100);
    await expect.poll(() => spanDocuments(esUrl, prefix), { timeout: 30_000, interval: 250 }).toBe(100);
    await expect.poll(async () => (await readiness(admin)).status, { timeout: 10_000 }).toBe(200);

    proxy.freeze();
    // A write into the frozen server fails within the timeout, as a retriable error (it used to hang
    // for the client's 10 min default, then again for each bulk-writer retry).
    const direct = await writeOutcome(store.writer, [testSpan(10_000)], 2 * TIMEOUT_MS);
    expect(isRetriable(direct)).toBe(true);

    await produce(topic, 100, 300);
    await expect
      .poll(() => t.metric('jaeger_ingester_span_processor_retry_attempts_total'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => t.metric('spanstream_ingester_paused_partitions'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => readiness(admin), { timeout: 10_000 })
      .toMatchObject({
        status: 503,
        body: { unavailable: [expect.stringMatching(/^storage: unreachable/)] },
      });

    proxy.thaw();
    await expect.poll(() => spanDocuments(esUrl, prefix), { timeout: 60_000, interval: 500 }).toBe(400);
    await expect.poll(() => t.metric('spanstream_ingester_paused_partitions'), { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => (await readiness(admin)).status, { timeout: 10_000 }).toBe(200);
    // Exactly once (the 100 + 300 produced; the direct write above was abandoned by its caller):
    // deterministic document IDs, so a retried bulk overwrote instead of duplicating.
    expect(await spanDocuments(esUrl, prefix)).toBe(400);
    expect(t.fatal).toEqual([]);
  });

  it('Cassandra: a write into a frozen node fails within cassandra.timeout as retriable', async () => {
    const [host, port] = (await cassandraContactPoints())[0]!.split(':');
    const proxy = await startFreezableProxy({ host: host!, port: Number(port ?? 9042) });
    cleanup.push(() => proxy.close());
    const store = await createCassandraStore({
      ...defaultCassandraOptions,
      servers: ['127.0.0.1'],
      port: proxy.port,
      localDc: await cassandraLocalDataCenter(),
      keyspace: uniqueName('freeze')
        .toLowerCase()
        .replace(/[^a-z0-9_]/g, '_'),
      createSchema: true,
      timeoutMs: TIMEOUT_MS,
    });
    cleanup.push(() => store.close());
    await store.writer.writeSpans([testSpan(1)]);
    proxy.freeze();
    const outcome = await writeOutcome(store.writer, [testSpan(2)], 3 * TIMEOUT_MS);
    expect(isRetriable(outcome)).toBe(true);
    proxy.thaw();
  });
});
