import { pomVersion } from '../maven.ts';
import { kafkaAnswers, portOpen } from '../probes.ts';
import type { ServiceContext, ServiceName, StackService } from '../service.ts';
import { classpath, provisionClasspath } from './java-classpath.ts';
import { startKraftNode } from './kraft.ts';

/**
 * An opt-in 3-broker KRaft cluster (each node broker + controller) beside the single-node `kafka`, on
 * its own ports (39092-39094, controllers 39192-39194) and data dirs, for failover tests: internal
 * topics have replication factor 3 and min ISR 2, like a production cluster. `npm run stack -- up
 * kafka-cluster` starts the three members; `down kafka-cluster` stops them.
 */
const KAFKA_CLUSTER_NODES = [1, 2, 3] as const;
const brokerPort = (node: number): number => 39091 + node;
const controllerPort = (node: number): number => 39191 + node;
/** base64url("spanstream-3node"): fixed, so re-formatting is a no-op. */
const clusterId = 'c3BhbnN0cmVhbS0zbm9kZQ';

export const kafkaClusterBrokers: readonly string[] = KAFKA_CLUSTER_NODES.map(
  (node) => `127.0.0.1:${brokerPort(node)}`,
);

function serverProperties(node: number, dataDir: string): string {
  const voters = KAFKA_CLUSTER_NODES.map((n) => `${n}@127.0.0.1:${controllerPort(n)}`).join(',');
  return [
    'process.roles=broker,controller',
    `node.id=${node}`,
    `controller.quorum.voters=${voters}`,
    `listeners=PLAINTEXT://127.0.0.1:${brokerPort(node)},CONTROLLER://127.0.0.1:${controllerPort(node)}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${brokerPort(node)}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${dataDir}`,
    'num.partitions=3',
    'default.replication.factor=3',
    'min.insync.replicas=2',
    'offsets.topic.replication.factor=3',
    'offsets.topic.num.partitions=3',
    'transaction.state.log.replication.factor=3',
    'transaction.state.log.min.isr=2',
    'share.coordinator.state.topic.replication.factor=3',
    'share.coordinator.state.topic.min.isr=2',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=true',
    // A killed leader's replicas leave the ISR quickly, so producers with acks=all resume soon.
    'replica.lag.time.max.ms=10000',
    'unclean.leader.election.enable=false',
    '',
  ].join('\n');
}

function member(node: number): StackService {
  const name = `kafka-cluster-${node}` as ServiceName;
  const last = node === KAFKA_CLUSTER_NODES.at(-1);
  return {
    name,
    // The same Kafka as the single-node service, and its cached classpath.
    defaultVersion: () => pomVersion('kafka'),
    port: brokerPort(node),
    startTimeoutMs: 90_000,
    endpoint: (version) => ({
      service: name,
      // The last member, once ready, stands for the whole cluster: its URL lists every broker.
      url: last ? kafkaClusterBrokers.join(',') : `127.0.0.1:${brokerPort(node)}`,
      version,
      extra: { nodeId: String(node), controller: `127.0.0.1:${controllerPort(node)}` },
    }),
    provision: (ctx) =>
      provisionClasspath('kafka', { ...ctx, paths: { ...ctx.paths, cache: kafkaCache(ctx) } }),
    start: (ctx) => startNode(node, ctx),
    // A lone voter cannot elect a controller, so members 1 and 2 are "ready" once their controller
    // listener accepts votes; the last member waits until the cluster answers metadata requests.
    ready: async () => (last ? kafkaAnswers([...kafkaClusterBrokers]) : portOpen(controllerPort(node))),
  };
}

/** Shares the single-node service's classpath cache (`kafka-<version>`) instead of a copy per member. */
function kafkaCache(ctx: ServiceContext): string {
  return ctx.paths.cache.replace(/kafka-cluster-\d+-/, 'kafka-');
}

function startNode(node: number, ctx: ServiceContext): Promise<{ pid: number }> {
  return startKraftNode(
    {
      properties: (dataDir) => serverProperties(node, dataDir),
      classpath: classpath({ ...ctx, paths: { ...ctx.paths, cache: kafkaCache(ctx) } }),
      clusterId,
      heap: ['SPANSTREAM_STACK_KAFKA_CLUSTER_HEAP', '384m'],
    },
    ctx,
  );
}

export const kafkaClusterMembers: readonly StackService[] = KAFKA_CLUSTER_NODES.map(member);
