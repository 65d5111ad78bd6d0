/**
 * `npm start` with any storage, as Jaeger's all-in-one: `--span-storage.type` elasticsearch,
 * cassandra and kafka (collector → topic → in-process ingester → `--ingester.span-storage.type`) on the
 * stack's servers. Each serves a trace posted over OTLP end to end; unreachable storage and a
 * mismatched topic are one line. The embedded sqlite store (a trace survives a restart) needs no
 * server: services/all-in-one/test/sqlite-restart.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaAdmin } from './src/kafka.ts';
import {
  collectorReceiverFlags,
  queryListenerFlags,
  startService,
  stopService,
  type ServiceProcess,
} from './src/processes.ts';
import { storageUnderTest, type StorageUnderTest } from './src/storage.ts';
import { sendTrace, storedSpans } from './src/traces.ts';

const POLL = { timeout: 60_000, interval: 250 };
const leftovers = new Set<ServiceProcess>();
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const service of leftovers) await stopService(service);
  for (const cleanup of cleanups) await cleanup();
});

/** The all-in-one with `args`, every listener on a free port (or off); resolves once its admin answers. */
async function startAllInOne(args: readonly string[], env: Record<string, string> = {}) {
  const receivers = await collectorReceiverFlags();
  const listeners = await queryListenerFlags();
  const service = await startService('all-in-one', [...receivers.args, ...listeners.args, ...args], env);
  leftovers.add(service);
  return { service, otlpHttpPort: receivers.otlpHttpPort, queryPort: listeners.httpPort };
}

async function stop(service: ServiceProcess): Promise<void> {
  leftovers.delete(service);
  expect(await stopService(service), service.output()).toBe(0);
}

async function database(backend: 'elasticsearch' | 'cassandra'): Promise<StorageUnderTest> {
  const storage = await storageUnderTest(backend);
  cleanups.push(() => storage.cleanup());
  return storage;
}

/** Sends a trace and waits until the query service returns every span of it as sent. */
async function roundTrip(started: { otlpHttpPort: number; queryPort: number }, service: string) {
  const sent = await sendTrace(started.otlpHttpPort, service);
  await expect.poll(() => storedSpans(started.queryPort, sent.traceId), POLL).toEqual(sent.spans);
  return sent;
}

describe('all-in-one with --span-storage.type', { timeout: 180_000 }, () => {
  it.each(['elasticsearch', 'cassandra'] as const)(
    '%s: a trace posted over OTLP is served by the query API',
    async (backend) => {
      const storage = await database(backend);
      const started = await startAllInOne(storage.args);
      await roundTrip(started, `aio-${backend}`);
      await stop(started.service);
    },
  );

  it('kafka: collector → topic → in-process ingester → elasticsearch, read by the query API', async () => {
    const admin = await kafkaAdmin();
    cleanups.push(() => admin.close());
    const topic = admin.reserveTopic();
    const storage = await database('elasticsearch');
    const esArgs = storage.args.filter((arg) => !arg.startsWith('--span-storage.type='));
    const started = await startAllInOne(
      [
        ...esArgs,
        ...topic.producerArgs,
        `--kafka.consumer.group-id=${topic.groupId}`,
        `--kafka.consumer.dlq-topic=${topic.dlqTopic}`,
      ],
      { SPAN_STORAGE_TYPE: 'kafka', INGESTER_SPAN_STORAGE_TYPE: 'elasticsearch' },
    );
    await roundTrip(started, 'aio-kafka');
    // The spans went through the topic, not straight to storage.
    expect(await admin.endOffsetSum(topic.topic)).toBeGreaterThan(0);
    await stop(started.service);
  });

  it('kafka: a consumer topic other than the producer topic is refused in one line', async () => {
    const receivers = await collectorReceiverFlags();
    const service = await startService(
      'all-in-one',
      [
        ...receivers.args,
        '--span-storage.type=kafka',
        '--kafka.producer.topic=a',
        '--kafka.consumer.topic=b',
      ],
      {},
      { ready: false },
    );
    expect(await service.exited).toBe(1);
    const fatal = service
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"fatal"'));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('--kafka.consumer.topic (b) must be --kafka.producer.topic (a)');
    expect(fatal[0]).not.toContain('"stack"');
  });

  it('unreachable storage at start is one line naming the server, not a stack trace', async () => {
    const receivers = await collectorReceiverFlags();
    const service = await startService(
      'all-in-one',
      [
        ...receivers.args,
        '--span-storage.type=cassandra',
        '--cassandra.servers=127.0.0.1',
        '--cassandra.port=1',
      ],
      {},
      { ready: false },
    );
    expect(await service.exited).toBe(1);
    const fatal = service
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"fatal"'));
    expect(fatal).toHaveLength(1);
    const { msg } = JSON.parse(fatal[0]!) as { msg: string };
    expect(msg).toMatch(/^storage failed to start \(unreachable or not ready\): .*127\.0\.0\.1:1/);
    expect(fatal[0]).not.toContain('"stack"');
  });
});
