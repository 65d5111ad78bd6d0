import { pomVersion } from '../maven.ts';
import { kafkaAnswers } from '../probes.ts';
import type { ServiceContext, StackService } from '../service.ts';
import { classpath, provisionClasspath } from './java-classpath.ts';
import { startKraftNode } from './kraft.ts';

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
  start: (ctx: ServiceContext) =>
    startKraftNode(
      {
        properties: serverProperties,
        classpath: classpath(ctx),
        clusterId,
        heap: ['SPANSTREAM_STACK_KAFKA_HEAP', '512m'],
      },
      ctx,
    ),
  ready: () => kafkaAnswers([`127.0.0.1:${port}`]),
};
