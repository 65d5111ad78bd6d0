import { latencyBucket, createRedisMetricsReader, type MetricFamily } from '@spanstream/metrics-store';
import { createQueryService, defaultQueryOptions } from '@spanstream/query';
import { millis } from '@spanstream/model';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import { createMemoryStore } from '@spanstream/storage-memory';
import { kafkaBrokers, redisUrl, uniqueName } from '@spanstream/testkit';
import type { SpanStore } from '@spanstream/storage-api';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTopic, produceSpans, redisWriter, startTestAggregator, type TestAggregator } from './harness.ts';
import { sortedEdges, workload } from './workload.ts';

let brokers: string[];
let redis: Redis;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  brokers = await kafkaBrokers();
  redis = new Redis(await redisUrl());
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  redis.disconnect();
});

function started(aggregator: TestAggregator): TestAggregator {
  cleanups.push(() => aggregator.service.stop());
  return aggregator;
}

async function esStore(prefix: string): Promise<SpanStore> {
  const store = await createElasticsearchStore(await stackEsOptions(prefix));
  cleanups.push(() => store.close());
  return store;
}

describe('aggregator on Elasticsearch, default 1-minute windows', () => {
  it('shows exactly the expected edges within 90 s, and RED metrics matching the sent spans', async () => {
    const topic = uniqueName('agg-es');
    const keyPrefix = `${uniqueName('agg-red')}:`;
    await newTopic(brokers, topic, 3);
    const store = await esStore('agg-es');
    const sentAt = Date.now();
    const load = workload(300, sentAt - 10_000);
    await produceSpans(brokers, topic, load.spans);
    const aggregator = started(
      startTestAggregator({
        brokers,
        topic,
        groupId: uniqueName('agg-es'),
        dependencyWriter: store.dependencyWriter,
        redWriter: redisWriter(redis, keyPrefix),
        window: { windowMs: 60_000, graceMs: 5_000, join: { joinWaitMs: 180_000, maxEntries: 100_000 } },
      }),
    );
    await aggregator.service.start();
    await expect
      .poll(
        async () =>
          sortedEdges(await store.dependencies.getDependencies(millis(Date.now()), millis(3_600_000))),
        {
          timeout: 90_000 - (Date.now() - sentAt),
          interval: 1_000,
        },
      )
      .toEqual(sortedEdges(load.edges));
    expect(await aggregator.metric('spanstream_aggregator_spans_total')).toBe(load.spans.length);
    expect(await aggregator.metric('spanstream_aggregator_join_evicted_unmatched_total')).toBe(0);
    expect(await aggregator.metric('traces_span_metrics_calls_total')).toBe(load.spans.length);

    // Jaeger's metrics API on the query service, over the Redis store the aggregator wrote.
    const query = createQueryService({
      ...memoryReaders(),
      metricsReader: createRedisMetricsReader(redis, { keyPrefix }),
      logger: createLogger({ level: 'silent' }),
      registry: createMetricsRegistry({ defaultMetrics: false }),
      options: {
        ...defaultQueryOptions(),
        httpHostPort: { host: '127.0.0.1', port: 0 },
        grpcHostPort: { host: '127.0.0.1', port: 0 },
      },
    });
    await query.start();
    cleanups.push(() => query.stop());
    const endTs = Date.now();
    const get = async (path: string): Promise<MetricFamily> => {
      const response = await fetch(
        `http://127.0.0.1:${query.ports.http}/api/metrics/${path}&endTs=${endTs}&lookback=60000&step=60000&ratePer=600000`,
      );
      expect(response.status).toBe(200);
      return (await response.json()) as MetricFamily;
    };
    const last = (family: MetricFamily, service: string, operation?: string): number => {
      const metric = family.metrics?.find(
        (m) =>
          m.labels.some((l) => l.name === 'service_name' && l.value === service) &&
          (operation === undefined || m.labels.some((l) => l.name === 'operation' && l.value === operation)),
      );
      return metric!.metricPoints.at(-1)!.gaugeValue.doubleValue;
    };
    const servers = (service: string, operation?: string) =>
      load.spans.filter(
        (s) =>
          s.process.serviceName === service &&
          (operation === undefined || s.operationName === operation) &&
          s.tags.some((t) => t.key === 'span.kind' && t.value === 'server'),
      );
    const calls = await get('calls?service=db&service=api');
    expect(calls.name).toBe('service_call_rate');
    for (const service of ['db', 'api']) {
      expect(last(calls, service)).toBeCloseTo(servers(service).length / 600, 1);
      expect(Math.abs(last(calls, service) / (servers(service).length / 600) - 1)).toBeLessThan(0.05);
    }
    const errors = await get('errors?service=db&groupByOperation=true');
    expect(errors.name).toBe('service_operation_error_rate');
    const select = servers('db', 'SELECT');
    const failed = select.filter((s) => s.tags.some((t) => t.key === 'error')).length;
    expect(Math.abs(last(errors, 'db', 'SELECT') - failed / select.length)).toBeLessThan(
      0.05 * (failed / select.length),
    );
    expect(last(errors, 'db', 'flush')).toBe(0);
    const latencies = await get('latencies?service=api&quantile=0.95');
    expect(latencies.name).toBe('service_latencies');
    const durations = servers('api')
      .map((s) => s.duration / 1000)
      .sort((a, b) => a - b);
    const p95 = durations[Math.ceil(0.95 * durations.length) - 1]!;
    expect(Math.abs(latencyBucket(last(latencies, 'api')) - latencyBucket(p95))).toBeLessThanOrEqual(1);
  });
});

describe('aggregator join across delivery order', () => {
  it('counts children delivered two minutes before their parents, and evicts them with a shorter join wait', async () => {
    const topic = uniqueName('agg-late');
    await newTopic(brokers, topic, 1);
    const now = Date.now();
    const load = workload(40, now - 150_000, 2);
    // Every span but api's and the roots 2 minutes (Kafka time, and many offsets) before api's spans:
    // auth's and db's calls from api arrive long before api, their parent.
    const late = (s: (typeof load.spans)[number]) =>
      s.process.serviceName === 'api' || s.references.length === 0;
    await produceRaw(
      topic,
      load.spans.filter((s) => !late(s)),
      now - 150_000,
    );
    await produceRaw(topic, load.spans.filter(late), now - 30_000);
    const window = { windowMs: 5_000, graceMs: 500 };
    const store = await esStore('agg-late');
    const patient = started(
      startTestAggregator({
        brokers,
        topic,
        groupId: uniqueName('agg-late-3m'),
        dependencyWriter: store.dependencyWriter,
        window: { ...window, join: { joinWaitMs: 180_000, maxEntries: 100_000 } },
      }),
    );
    const hasty = started(
      startTestAggregator({
        brokers,
        topic,
        groupId: uniqueName('agg-late-1m'),
        dependencyWriter: undefined,
        window: { ...window, join: { joinWaitMs: 60_000, maxEntries: 100_000 } },
      }),
    );
    await Promise.all([patient.service.start(), hasty.service.start()]);
    await expect
      .poll(() => patient.metric('spanstream_aggregator_spans_total'), { timeout: 60_000 })
      .toBe(load.spans.length);
    await expect
      .poll(() => hasty.metric('spanstream_aggregator_spans_total'), { timeout: 60_000 })
      .toBe(load.spans.length);
    expect(await patient.metric('spanstream_aggregator_edges_total')).toBe(
      load.edges.reduce((n, e) => n + e.callCount, 0),
    );
    await expect
      .poll(
        async () =>
          sortedEdges(await store.dependencies.getDependencies(millis(Date.now()), millis(3_600_000))),
        {
          timeout: 30_000,
        },
      )
      .toEqual(sortedEdges(load.edges));
    // With a 1-minute wait, every early child of a late parent was evicted unmatched: auth's and db's
    // calls from api, and frontend's client spans under their (late) root. Only the flush links remain.
    const lateIds = new Set(load.spans.filter(late).map((s) => s.spanId));
    const orphans = load.spans.filter((s) => !late(s) && s.references.some((r) => lateIds.has(r.spanId)));
    expect(orphans).toHaveLength(120);
    await expect
      .poll(() => hasty.metric('spanstream_aggregator_join_evicted_unmatched_total', { reason: 'expired' }), {
        timeout: 10_000,
      })
      .toBe(orphans.length);
    const flushes = load.spans.filter((s) => s.operationName === 'flush').length;
    expect(await hasty.metric('spanstream_aggregator_edges_total')).toBe(flushes);
  });
});

describe('aggregator group on OpenSearch', () => {
  it('two members share the partitions through rebalances and count every call once', async () => {
    const topic = uniqueName('agg-group');
    await newTopic(brokers, topic, 4);
    const store = await createElasticsearchStore(await stackEsOptions('agg-group', 'opensearch'));
    cleanups.push(() => store.close());
    const groupId = uniqueName('agg-group');
    const member = () =>
      started(
        startTestAggregator({
          brokers,
          topic,
          groupId,
          dependencyWriter: store.dependencyWriter,
          window: { windowMs: 3_000, graceMs: 500, join: { joinWaitMs: 180_000, maxEntries: 100_000 } },
        }),
      );
    const dependencies = async () =>
      sortedEdges(await store.dependencies.getDependencies(millis(Date.now()), millis(3_600_000)));
    const now = Date.now();
    const loads = [workload(150, now, 21), workload(150, now, 22), workload(150, now, 23)];
    const expected = (n: number) => sortedEdges(loads.slice(0, n).flatMap((l) => l.edges)).reduce(merge, []);

    const a = member();
    await a.service.start();
    await produceSpans(brokers, topic, loads[0]!.spans);
    const b = member();
    await b.service.start(); // a rebalance: some of a's partitions move to b
    await produceSpans(brokers, topic, loads[1]!.spans);
    await expect.poll(dependencies, { timeout: 60_000, interval: 500 }).toEqual(expected(2));
    await a.service.stop(); // a rebalance again: b takes everything
    await produceSpans(brokers, topic, loads[2]!.spans);
    await expect.poll(dependencies, { timeout: 60_000, interval: 500 }).toEqual(expected(3));
  });
});

function merge(
  out: { parent: string; child: string; callCount: number }[],
  link: { parent: string; child: string; callCount: number },
): { parent: string; child: string; callCount: number }[] {
  const same = out.find((l) => l.parent === link.parent && l.child === link.child);
  if (same) same.callCount += link.callCount;
  else out.push({ ...link });
  return out;
}

async function produceRaw(
  topic: string,
  spans: Parameters<typeof produceSpans>[2],
  timestampMs: number,
): Promise<void> {
  const { testKafka, protobufRecords } = await import('@spanstream/kafka/test-helpers');
  const producer = testKafka(brokers).producer();
  await producer.connect();
  try {
    const messages = protobufRecords(spans).map((m) => ({ ...m, timestamp: String(timestampMs) }));
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

function memoryReaders() {
  const memory = createMemoryStore();
  return { reader: memory.reader, dependencies: memory.dependencies };
}
