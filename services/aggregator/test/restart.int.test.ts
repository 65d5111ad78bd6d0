import { fileURLToPath } from 'node:url';
import { createRedisMetricsReader } from '@spanstream/metrics-store';
import { millis, type DependencyLink } from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { createCassandraStore, type CassandraOptions } from '@spanstream/storage-cassandra';
import { dropCassandraKeyspace, stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { kafkaBrokers, redisUrl, startNodeProcess, uniqueName, type NodeProcess } from '@spanstream/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTopic, produceSpans } from './harness.ts';
import { sortedEdges, workload } from './workload.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

let brokers: string[];
let cassandra: CassandraOptions;
let store: SpanStore;
let redis: Redis;
const processes: NodeProcess[] = [];

beforeAll(async () => {
  brokers = await kafkaBrokers();
  cassandra = await stackCassandraOptions('agg_restart');
  store = await createCassandraStore(cassandra);
  redis = new Redis(await redisUrl());
});

afterAll(async () => {
  for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  await store.close();
  await dropCassandraKeyspace(cassandra);
  redis.disconnect();
});

/** A real aggregator process (npm run aggregator) on the test's topic, keyspace and Redis prefix. */
async function spawnAggregator(topic: string, keyPrefix: string): Promise<NodeProcess> {
  const proc = startNodeProcess(MAIN, {
    inheritEnv: true,
    echoStderrAs: 'aggregator',
    env: {
      LOG_LEVEL: 'warn',
      ADMIN_HTTP_HOST_PORT: '127.0.0.1:0',
      KAFKA_CONSUMER_BROKERS: brokers.join(','),
      KAFKA_CONSUMER_TOPIC: topic,
      KAFKA_CONSUMER_GROUP_ID: `${topic}-aggregator`,
      SPAN_STORAGE_TYPE: 'cassandra',
      CASSANDRA_SERVERS: cassandra.servers.join(','),
      CASSANDRA_PORT: String(cassandra.port),
      CASSANDRA_LOCAL_DC: cassandra.localDc,
      CASSANDRA_KEYSPACE: cassandra.keyspace,
      METRICS_STORAGE_TYPE: 'redis',
      METRICS_STORAGE_REDIS_URL: await redisUrl(),
      METRICS_STORAGE_REDIS_KEY_PREFIX: keyPrefix,
      AGGREGATOR_WINDOW: '3s',
      AGGREGATOR_WINDOW_GRACE: '500ms',
    },
  });
  processes.push(proc);
  return proc;
}

const total = (links: readonly DependencyLink[]) => links.reduce((n, l) => n + l.callCount, 0);
const dependencies = async () =>
  sortedEdges(await store.dependencies.getDependencies(millis(Date.now()), millis(3_600_000)));

function sum(a: readonly DependencyLink[], b: readonly DependencyLink[]): DependencyLink[] {
  const counts = new Map<string, number>();
  for (const l of [...a, ...b])
    counts.set(`${l.parent}>${l.child}`, (counts.get(`${l.parent}>${l.child}`) ?? 0) + l.callCount);
  return [...counts].map(([key, callCount]) => {
    const [parent, child] = key.split('>') as [string, string];
    return { parent, child, callCount };
  });
}

describe('aggregator killed mid-run and restarted (Cassandra)', () => {
  it('replays from its commit without changing the counts', async () => {
    const topic = uniqueName('agg-restart');
    const keyPrefix = `${uniqueName('agg-restart-red')}:`;
    await newTopic(brokers, topic, 3);
    const now = Date.now();
    const first = workload(200, now, 11);
    const second = workload(200, now, 12);
    const third = workload(20, now, 13);

    const a = await spawnAggregator(topic, keyPrefix);
    await produceSpans(brokers, topic, first.spans);
    await expect
      .poll(async () => total(await dependencies()), { timeout: 60_000, interval: 250 })
      .toBeGreaterThan(0);
    await produceSpans(brokers, topic, second.spans);
    a.child.kill('SIGKILL');
    await a.exited;

    await spawnAggregator(topic, keyPrefix);
    const both = sum(first.edges, second.edges);
    await expect.poll(dependencies, { timeout: 60_000, interval: 500 }).toEqual(sortedEdges(both));
    // Still exact after more windows: nothing replayed was counted twice.
    await produceSpans(brokers, topic, third.spans);
    await expect
      .poll(dependencies, { timeout: 60_000, interval: 500 })
      .toEqual(sortedEdges(sum(both, third.edges)));

    // RED counts are replaced per window too: api's calls over the whole run, exactly.
    const reader = createRedisMetricsReader(redis, { keyPrefix });
    const apiServers = [first, second, third].reduce(
      (n, w) => n + w.spans.filter((s) => s.process.serviceName === 'api').length,
      0,
    );
    const calls = await reader.getCallRates({
      services: ['api'],
      groupByOperation: false,
      spanKinds: ['SPAN_KIND_SERVER'],
      endMs: Date.now() + 60_000,
      lookbackMs: 0,
      stepMs: 60_000,
      ratePerMs: 3_600_000,
    });
    expect(calls.metrics?.[0]?.metricPoints[0]?.gaugeValue.doubleValue).toBeCloseTo(apiServers / 3600, 9);
  });
});
