/**
 * Jaeger's streaming strategy as real processes: `npm run collector` with SPAN_STORAGE_TYPE=kafka →
 * topic → `npm run ingester` → Elasticsearch (also OpenSearch, Cassandra) ← `npm run query`; with
 * each producer encoding, in either start order, and an ingester stopped mid-stream and restarted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueName } from '@spanstream/testkit';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './src/kafka.ts';
import {
  collectorReceiverFlags,
  queryListenerFlags,
  startService,
  stopService,
  waitReady,
  type ServiceProcess,
} from './src/processes.ts';
import { linkAttributesTrace, postOtlpJson, searchByLinkAttributes } from './src/link-trace.ts';
import { storageUnderTest, type Backend, type StorageUnderTest } from './src/storage.ts';
import {
  byTraceId,
  sendTrace,
  spanCount,
  storedSpans,
  storedTracesOf,
  type SentTrace,
} from './src/traces.ts';

const POLL = { timeout: 60_000, interval: 500 };

let admin: KafkaAdmin | undefined;
let storage: StorageUnderTest | undefined;
let query: ServiceProcess | undefined;
let queryPort = 0;
/** Processes started by a test and not yet stopped by it (stopped in afterAll if the test failed). */
const leftovers = new Set<ServiceProcess>();

beforeAll(async () => {
  admin = await kafkaAdmin();
  storage = await storageUnderTest('elasticsearch');
  const listeners = await queryListenerFlags();
  queryPort = listeners.httpPort;
  query = await startService('query', [...listeners.args, ...storage.args]);
});

afterAll(async () => {
  for (const service of leftovers) await stopService(service);
  const code = await stopService(query);
  await admin?.close();
  await storage?.cleanup();
  expect(code, query?.output()).toBe(0);
});

async function start(...args: Parameters<typeof startService>): Promise<ServiceProcess> {
  const service = await startService(...args);
  leftovers.add(service);
  return service;
}

/** SIGTERM and the exit code, which must be 0 (graceful shutdown: drain, flush, commit). */
async function stop(service: ServiceProcess): Promise<void> {
  leftovers.delete(service);
  expect(await stopService(service), service.output()).toBe(0);
}

/** `encoding` undefined: the collector's default. */
async function startCollector(topic: TopicUnderTest, encoding: string | undefined) {
  const receivers = await collectorReceiverFlags();
  const args = [...receivers.args, ...topic.producerArgs];
  if (encoding !== undefined) args.push(`--kafka.producer.encoding=${encoding}`);
  // The strategy's documented switch is the environment variable.
  const collector = await start('collector', args, { SPAN_STORAGE_TYPE: 'kafka' });
  return { collector, otlpHttpPort: receivers.otlpHttpPort };
}

function startIngester(
  topic: TopicUnderTest,
  extra: readonly string[] = [],
  storageArgs = storage!.args,
): Promise<ServiceProcess> {
  return start('ingester', [...topic.consumerArgs, ...storageArgs, ...extra]);
}

async function expectStoredOnce(traces: readonly SentTrace[], port = queryPort): Promise<void> {
  for (const trace of traces) {
    await expect.poll(() => storedSpans(port, trace.traceId), POLL).toEqual(trace.spans);
  }
}

async function sendTraces(port: number, service: string, count: number): Promise<SentTrace[]> {
  const sent: SentTrace[] = [];
  for (let i = 0; i < count; i++) sent.push(await sendTrace(port, service, 4));
  return sent;
}

/**
 * Sends 4-span traces one request after another until `stop()` or `max` traces (the bound keeps
 * the read-back queries small); returns what it sent.
 */
function produceContinuously(port: number, service: string, max: number) {
  const sent: SentTrace[] = [];
  let running = true;
  const loop = (async () => {
    while (running && sent.length < max) sent.push(await sendTrace(port, service, 4));
  })();
  return {
    sent,
    stop: async () => {
      running = false;
      await loop;
      return sent;
    },
  };
}

describe('streaming strategy: collector → Kafka → ingester → Elasticsearch ← query', () => {
  let topic: TopicUnderTest;
  let ingester: ServiceProcess;

  beforeAll(async () => {
    topic = await admin!.createTopic(3);
    ingester = await startIngester(topic);
  });

  afterAll(async () => {
    await stop(ingester);
  });

  // The ingester is started without an encoding flag: it auto-detects each message's.
  it.each(['protobuf', 'json', 'otlp_proto', 'otlp_json'])(
    'collector with --kafka.producer.encoding=%s: every span is queryable exactly once',
    async (encoding) => {
      const { collector, otlpHttpPort } = await startCollector(topic, encoding);
      const sent = await sendTraces(otlpHttpPort, uniqueName('orders'), 3);
      await stop(collector);
      await expectStoredOnce(sent);
      const dlqMessages = await admin!.endOffsetSum(topic.dlqTopic);
      expect(dlqMessages).toBe(0);
    },
  );

  // Jaeger's "Link Attributes" fixture query: the production strategy answers it, so the streaming
  // strategy must too. Jaeger's model (the `protobuf`/`json` encodings) has no link attributes.
  it.each([
    ['its default encoding', undefined],
    ['--kafka.producer.encoding=otlp_proto', 'otlp_proto'],
    ['--kafka.producer.encoding=otlp_json', 'otlp_json'],
  ])('collector with %s: the Link Attributes fixture query finds the trace', async (_label, encoding) => {
    const { collector, otlpHttpPort } = await startCollector(topic, encoding);
    const trace = linkAttributesTrace(uniqueName('links'));
    await postOtlpJson(otlpHttpPort, trace.body);
    await stop(collector);
    await expect.poll(() => searchByLinkAttributes(queryPort, trace.service), POLL).toEqual([trace.traceId]);
  });
});

describe('streaming strategy: started in any order', () => {
  it('an ingester started before its topic exists consumes it once the collector creates it', async () => {
    // Not created here: the collector's first write creates it (broker auto-creation, 1 partition).
    const topic = admin!.reserveTopic();
    const ingester = await start('ingester', [...topic.consumerArgs, ...storage!.args], {}, { ready: false });
    const { collector, otlpHttpPort } = await startCollector(topic, 'protobuf');
    const sent = await sendTraces(otlpHttpPort, uniqueName('orders'), 3);
    await expectStoredOnce(sent);
    // Ready (consumer group joined) once the topic exists.
    await waitReady(ingester);
    await stop(collector);
    await stop(ingester);
    // The broker creating the topic on the first write loses nothing: no error-level log for it; and
    // no kafkajs notice about its default partitioner at start.
    expect(collector.output()).not.toContain('"level":"error"');
    for (const service of [collector, ingester]) expect(service.output()).not.toMatch(/partitioner/i);
  });
});

describe('streaming strategy: an ingester stopped mid-stream and started again', () => {
  it(
    'commits only what is stored, and every span ends up in storage exactly once',
    { timeout: 240_000 },
    async () => {
      const topic = await admin!.createTopic(3);
      const service = uniqueName('orders');
      const stored = () => storedTracesOf(queryPort, service);
      const { collector, otlpHttpPort } = await startCollector(topic, 'protobuf');
      // Small bulk writes one at a time: a backlog of a few hundred spans takes a while to drain,
      // so the SIGTERM below lands while the ingester has work in flight. On SIGTERM it drains what
      // it has fetched for at most drain-timeout, then abandons the rest uncommitted (redelivered to
      // the next ingester, and written again: the writes must be idempotent).
      const slow = ['--ingester.batch-size=10', '--ingester.parallelism=1', '--ingester.drain-timeout=2s'];
      const first = await startIngester(topic, slow);
      const sent = await sendTraces(otlpHttpPort, service, 5);
      await expect.poll(stored, POLL).toEqual(byTraceId(sent));

      // SIGTERM while the collector is producing and the ingester is consuming that live stream.
      const live = produceContinuously(otlpHttpPort, service, 300);
      await expect
        .poll(async () => spanCount(await stored()), POLL)
        .toBeGreaterThan(spanCount(byTraceId(sent)));
      await stop(first);
      sent.push(...(await live.stop()));
      // Produced after the stop: nothing can have consumed these yet.
      sent.push(...(await sendTraces(otlpHttpPort, service, 3)));

      // At-least-once: the group's committed offsets never run ahead of the spans written (one span
      // per message with the protobuf encoding; a span stored twice would count twice here, and is
      // caught by the exact comparison below).
      const committed = await admin!.committedSum(topic.groupId, topic.topic);
      const spans = spanCount(byTraceId(sent));
      expect(committed).toBeLessThan(spans);
      await expect.poll(async () => spanCount(await stored()), POLL).toBeGreaterThanOrEqual(committed);

      // More spans while no ingester runs, then a new ingester in the same group.
      sent.push(...(await sendTraces(otlpHttpPort, service, 5)));
      const second = await startIngester(topic);
      await expect.poll(stored, POLL).toEqual(byTraceId(sent));

      const total = spanCount(byTraceId(sent));
      expect(await admin!.endOffsetSum(topic.topic)).toBe(total);
      await expect.poll(() => admin!.committedSum(topic.groupId, topic.topic), POLL).toBe(total);
      await stop(second);
      await stop(collector);
    },
  );
});

describe.each<Backend>(['opensearch', 'cassandra'])(
  'streaming strategy: collector → Kafka → ingester → %s ← query',
  (backend) => {
    let other: StorageUnderTest | undefined;
    let topic: TopicUnderTest;
    let ingester: ServiceProcess;
    let otherQuery: ServiceProcess;
    let otherQueryPort = 0;

    beforeAll(async () => {
      other = await storageUnderTest(backend);
      topic = await admin!.createTopic(3);
      // The ingester creates the keyspace/templates before it reports ready; the query starts after it.
      ingester = await startIngester(topic, [], other.args);
      const listeners = await queryListenerFlags();
      otherQueryPort = listeners.httpPort;
      otherQuery = await start('query', [...listeners.args, ...other.args]);
    });

    afterAll(async () => {
      try {
        await stop(ingester);
        await stop(otherQuery);
      } finally {
        await other?.cleanup();
      }
    });

    it('every span is queryable exactly once', async () => {
      const { collector, otlpHttpPort } = await startCollector(topic, 'protobuf');
      const sent = await sendTraces(otlpHttpPort, uniqueName('orders'), 3);
      await stop(collector);
      await expectStoredOnce(sent, otherQueryPort);
    });
  },
);
