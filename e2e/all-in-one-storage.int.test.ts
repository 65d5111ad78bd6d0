/**
 * `npm start` with any storage, as Jaeger's all-in-one: `--span-storage.type` elasticsearch,
 * cassandra and kafka (collector → topic → in-process ingester → `--ingester.span-storage.type`) on the
 * stack's servers. Each serves a trace posted over OTLP end to end; unreachable storage and a
 * mismatched topic are one line. The embedded sqlite store (a trace survives a restart) needs no
 * server: services/all-in-one/test/sqlite-restart.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  deploymentUnderTest,
  roundTrip,
  type DeploymentNeeds,
  type DeploymentUnderTest,
} from './src/deployment.ts';
import { asFlags } from './src/listeners.ts';
import { collectorReceiverFlags, startService, stopService, type ServiceProcess } from './src/processes.ts';

const leftovers = new Set<ServiceProcess>();
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const service of leftovers) await stopService(service);
  for (const cleanup of cleanups) await cleanup();
});

/** The all-in-one on `deployment`'s listeners with `args`; resolves once its admin answers. */
async function startAllInOne(
  needs: DeploymentNeeds,
  args: (deployment: DeploymentUnderTest) => readonly string[],
  env: Record<string, string> = {},
) {
  const deployment = await deploymentUnderTest(needs);
  cleanups.push(() => deployment.cleanup());
  const { collector, query } = deployment.listeners;
  const service = await startService(
    'all-in-one',
    [...asFlags(collector), ...asFlags(query), ...args(deployment)],
    env,
  );
  leftovers.add(service);
  return { deployment, service, ...deployment.listeners };
}

async function stop(service: ServiceProcess): Promise<void> {
  leftovers.delete(service);
  expect(await stopService(service), service.output()).toBe(0);
}

describe('all-in-one with --span-storage.type', { timeout: 180_000 }, () => {
  it.each(['elasticsearch', 'cassandra'] as const)(
    '%s: a trace posted over OTLP is served by the query API',
    async (backend) => {
      const started = await startAllInOne({ storage: backend }, (d) => d.storage!.args);
      await roundTrip(started, `aio-${backend}`);
      await stop(started.service);
    },
  );

  it('kafka: collector → topic → in-process ingester → elasticsearch, read by the query API', async () => {
    const started = await startAllInOne(
      { storage: 'elasticsearch', kafka: { partitions: 1 } },
      ({ storage, topic }) => [
        ...asFlags(storage!.options),
        ...topic!.producerArgs,
        `--kafka.consumer.group-id=${topic!.groupId}`,
        `--kafka.consumer.dlq-topic=${topic!.dlqTopic}`,
      ],
      { SPAN_STORAGE_TYPE: 'kafka', INGESTER_SPAN_STORAGE_TYPE: 'elasticsearch' },
    );
    await roundTrip(started, 'aio-kafka');
    // The spans went through the topic, not straight to storage.
    const { kafka, topic } = started.deployment;
    expect(await kafka!.endOffsetSum(topic!.topic)).toBeGreaterThan(0);
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
