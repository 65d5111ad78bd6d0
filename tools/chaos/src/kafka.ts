import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';

/** The run's topic on the chosen Kafka, with the admin calls the runner needs. */
export interface ChaosTopic {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly dlqTopic: string;
  readonly groupId: string;
  /** Sum over partitions of end offsets (records written). */
  endOffsets(topic?: string): Promise<number>;
  /** The group's committed offsets, summed (records the ingesters finished). */
  committed(): Promise<number>;
  /** The partition with the most records and its leader's node id. */
  busiestLeader(): Promise<{ partition: number; leader: number }>;
  /** Random bytes straight onto the topic: records no decoder accepts. */
  producePoison(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function createChaosTopic(
  brokers: readonly string[],
  name: string,
  { partitions, replicationFactor }: { partitions: number; replicationFactor: number },
): Promise<ChaosTopic> {
  const kafka = new Kafka({
    clientId: 'spanstream-chaos',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
  });
  const admin: Admin = kafka.admin();
  await admin.connect();
  const topic = name;
  const dlqTopic = `${name}-dlq`;
  const minIsr = replicationFactor >= 3 ? [{ name: 'min.insync.replicas', value: '2' }] : [];
  // Not waitForLeaders: on a multi-broker cluster, kafkajs asks a broker whose metadata has not
  // caught up yet and fails with UNKNOWN_TOPIC_OR_PARTITION; leaders are polled below instead.
  const topics = [
    { topic, numPartitions: partitions, replicationFactor, configEntries: minIsr },
    { topic: dlqTopic, numPartitions: 1, replicationFactor, configEntries: minIsr },
  ];
  // A cluster started a moment ago registers its brokers one by one: until all have, the controller
  // refuses a replication factor of 3 (INVALID_REPLICATION_FACTOR). Topics already made are kept.
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await admin.createTopics({ waitForLeaders: false, topics });
      break;
    } catch (error) {
      if (!tooFewBrokers(error) || Date.now() > deadline) throw error;
    }
    await sleep(1_000);
  }
  await waitForLeaders(admin, [topic, dlqTopic], partitions + 1);
  let producer: Producer | undefined;
  const sum = (values: { offset?: string; high?: string }[], key: 'offset' | 'high') =>
    values.reduce((total, value) => total + Math.max(0, Number(value[key] ?? 0)), 0);
  return {
    brokers,
    topic,
    dlqTopic,
    groupId: `${name}-ingesters`,
    async endOffsets(which = topic) {
      return sum(await admin.fetchTopicOffsets(which), 'high');
    },
    async committed() {
      const [entry] = await admin.fetchOffsets({ groupId: `${name}-ingesters`, topics: [topic] });
      return sum(entry?.partitions ?? [], 'offset');
    },
    async busiestLeader() {
      const offsets = await admin.fetchTopicOffsets(topic);
      const busiest = offsets.reduce((a, b) => (Number(b.high) > Number(a.high) ? b : a));
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      const partition = metadata.topics[0]?.partitions.find((p) => p.partitionId === busiest.partition);
      if (partition === undefined) throw new Error(`no metadata for ${topic}/${busiest.partition}`);
      return { partition: partition.partitionId, leader: partition.leader };
    },
    async producePoison(count) {
      producer ??= kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const messages = Array.from({ length: count }, () => ({
        key: randomBytes(8),
        value: randomBytes(16 + Math.floor(Math.random() * 512)),
      }));
      await producer.send({ topic, acks: -1, messages });
    },
    async close() {
      await producer?.disconnect();
      try {
        await admin.deleteTopics({ topics: [topic, dlqTopic], timeout: 30_000 });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

async function waitForLeaders(admin: Admin, topics: string[], partitions: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const led = metadata.topics.flatMap((t) => t.partitions).filter((p) => p.leader >= 0).length;
      if (led === partitions) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics ${topics.join(', ')} have no leaders after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** createTopics refused because fewer brokers are registered than the replication factor needs. */
export function tooFewBrokers(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | undefined)?.errors;
  return (
    Array.isArray(errors) &&
    errors.some((e) => (e as { type?: unknown } | undefined)?.type === 'INVALID_REPLICATION_FACTOR')
  );
}
