import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaBin, jdk17 } from '../java.ts';
import { pomVersion } from '../maven.ts';
import { kafkaAnswers } from '../probes.ts';
import { runChecked, spawnDetached } from '../proc.ts';
import type { ServiceContext, StackService } from '../service.ts';
import { classpath, heapFlags, provisionClasspath } from './java-classpath.ts';

const port = 9092;
const controllerPort = 9093;
/** base64url("spanstream-stack"): a fixed 16-byte cluster id, so re-formatting is a no-op. */
const clusterId = 'c3BhbnN0cmVhbS1zdGFjaw';

/**
 * Single-node KRaft. Every replication factor is 1, otherwise __consumer_offsets is never created
 * and consumer groups loop on "The group coordinator is not available".
 */
function serverProperties(dataDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=true',
    '',
  ].join('\n');
}

export const kafka: StackService = {
  name: 'kafka',
  defaultVersion: () => pomVersion('kafka'),
  port,
  startTimeoutMs: 60_000,
  endpoint: (version) => ({ service: 'kafka', url: `127.0.0.1:${port}`, version }),
  provision: (ctx) => provisionClasspath('kafka', ctx),
  async start(ctx: ServiceContext) {
    const dataDir = join(ctx.paths.home, 'data');
    const config = join(ctx.paths.home, 'server.properties');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(config, serverProperties(dataDir));
    const java = javaBin(jdk17(ctx.env));
    const logging = [
      '-Dorg.slf4j.simpleLogger.showDateTime=true',
      '-Dorg.slf4j.simpleLogger.defaultLogLevel=info',
    ];
    // KRaft storage must be formatted once; --ignore-formatted makes it a no-op afterwards.
    await runChecked(java, [
      ...logging,
      '-cp',
      classpath(ctx),
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      config,
      '--ignore-formatted',
    ]);
    const pid = spawnDetached(
      java,
      [
        ...heapFlags('SPANSTREAM_STACK_KAFKA_HEAP', '512m', ctx.env),
        ...logging,
        '-cp',
        classpath(ctx),
        'kafka.Kafka',
        config,
      ],
      { log: ctx.paths.log, cwd: ctx.paths.home },
    );
    return { pid };
  },
  ready: () => kafkaAnswers([`127.0.0.1:${port}`]),
};
