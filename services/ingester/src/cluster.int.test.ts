import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseTraceId, type TraceId } from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { createCassandraStore, type CassandraOptions } from '@spanstream/storage-cassandra';
import { stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { kafkaBrokers, startNodeProcess, uniqueName } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  committedOffsets,
  createTopic,
  protobufRecords,
  testKafka,
  testSpan,
  type Kafka,
} from '@spanstream/kafka/test-helpers';

const MAIN = join(import.meta.dirname, 'main.ts');
const PARTITIONS = 6;
const TRACES = 300;
const SPANS_PER_TRACE = 10;

let brokers: string[];
let kafka: Kafka;
let cassandra: CassandraOptions;
let store: SpanStore;
const children: ChildProcess[] = [];

beforeAll(async () => {
  brokers = await kafkaBrokers();
  kafka = testKafka(brokers);
  cassandra = await stackCassandraOptions('ingest_cluster');
  store = await createCassandraStore(cassandra);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await store.close();
});

/** A real ingester process (npm run ingester), writing to the test's Cassandra keyspace. */
function spawnIngester(topic: string, name: string): ChildProcess {
  const { child } = startNodeProcess(MAIN, {
    inheritEnv: true,
    echoStderrAs: name,
    env: {
      LOG_LEVEL: 'warn',
      ADMIN_HTTP_HOST_PORT: '127.0.0.1:0',
      KAFKA_CONSUMER_BROKERS: brokers.join(','),
      KAFKA_CONSUMER_TOPIC: topic,
      KAFKA_CONSUMER_GROUP_ID: `${topic}-group`,
      KAFKA_CONSUMER_CLIENT_ID: name,
      SPAN_STORAGE_TYPE: 'cassandra',
      CASSANDRA_SERVERS: cassandra.servers.join(','),
      CASSANDRA_PORT: String(cassandra.port),
      CASSANDRA_LOCAL_DC: cassandra.localDc,
      CASSANDRA_KEYSPACE: cassandra.keyspace,
      INGESTER_BATCH_SIZE: '100',
    },
  });
  children.push(child);
  return child;
}

async function groupMembers(groupId: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return groups[0]?.state === 'Stable' ? groups[0].members.length : 0;
  } finally {
    await admin.disconnect();
  }
}

/** Sum of the group's committed offsets over all partitions (= records ingested, one span each). */
async function committedTotal(groupId: string, topic: string): Promise<number> {
  const offsets = await committedOffsets(kafka, groupId, topic);
  return [...offsets.values()].reduce((sum, offset) => sum + Math.max(0, offset), 0);
}

function traceId(t: number): TraceId {
  return parseTraceId(`a${t.toString(16).padStart(31, '0')}`)!;
}

async function spansPerTrace(): Promise<number[]> {
  const ids = Array.from({ length: TRACES }, (_, t) => traceId(t));
  const traces = await store.reader.getTraces(ids);
  const counts = new Map(traces.map((tr) => [tr.spans[0]!.traceId, tr.spans.length]));
  return ids.map((id) => counts.get(id) ?? 0);
}

describe('ingester group: scale out, crash, exactly once in query results', () => {
  it('three ingesters on 6 partitions, one SIGKILLed mid-load and one added: every span once', async () => {
    const topic = uniqueName('ingest-cluster');
    await createTopic(kafka, topic, PARTITIONS);
    const group = `${topic}-group`;
    const first = [0, 1, 2].map((i) => spawnIngester(topic, `ingester-${i}`));
    await expect.poll(() => groupMembers(group), { timeout: 60_000, interval: 500 }).toBe(3);

    const producer = kafka.producer();
    await producer.connect();
    const total = TRACES * SPANS_PER_TRACE;
    const bursts = 10;
    const sendBurst = async (burst: number) => {
      const spans = Array.from({ length: total / bursts }, (_, i) => {
        const n = burst * (total / bursts) + i;
        return testSpan(n, n % TRACES);
      });
      await producer.send({ topic, messages: protobufRecords(spans) });
    };
    for (let burst = 0; burst < 5; burst++) await sendBurst(burst);
    // The group is ingesting (it has committed offsets) ...
    await expect
      .poll(() => committedTotal(group, topic), { timeout: 60_000, interval: 200 })
      .toBeGreaterThan(0);
    // ... and one member dies mid-load: right after a burst lands on the topic, with no time
    // given to consume it. How far the group got by then depends on the machine, so it is
    // not asserted; exactly-once below must hold wherever the kill falls.
    await sendBurst(5);
    first[0]!.kill('SIGKILL');
    for (let burst = 6; burst < 8; burst++) await sendBurst(burst);
    spawnIngester(topic, 'ingester-3');
    for (let burst = 8; burst < bursts; burst++) await sendBurst(burst);
    await producer.disconnect();

    await expect.poll(() => groupMembers(group), { timeout: 60_000, interval: 500 }).toBe(3);
    await expect
      .poll(async () => (await spansPerTrace()).reduce((a, b) => a + b, 0), {
        timeout: 100_000,
        interval: 1_000,
      })
      .toBe(total);
    const counts = await spansPerTrace();
    await expect.poll(() => committedTotal(group, topic), { timeout: 30_000 }).toBe(total);
    expect(counts.every((c) => c === SPANS_PER_TRACE)).toBe(true);
    const trace = await store.reader.getTrace(traceId(7));
    expect(new Set(trace!.spans.map((s) => s.spanId)).size).toBe(SPANS_PER_TRACE);

    const survivors = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exits = survivors.map((c) => new Promise<number | null>((resolve) => c.once('exit', resolve)));
    for (const child of survivors) child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual(survivors.map(() => 0));
  });
});
