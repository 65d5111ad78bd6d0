import { Kafka, logLevel, type Admin } from 'kafkajs';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';

/** A topic (and its dead-letter topic and consumer group) no other run uses. */
export interface TopicUnderTest {
  readonly brokers: string;
  readonly topic: string;
  readonly dlqTopic: string;
  readonly groupId: string;
  /** Flags for the collector's Kafka writer on this topic. */
  readonly producerArgs: readonly string[];
  /** Flags for an ingester consuming this topic in this group. */
  readonly consumerArgs: readonly string[];
}

export interface KafkaAdmin {
  /** Creates a topic of `partitions` partitions with a fresh group name. */
  createTopic(partitions: number): Promise<TopicUnderTest>;
  /** A fresh topic name, group and DLQ topic, not created (deleted by `close` if something creates them). */
  reserveTopic(): TopicUnderTest;
  /** Messages ever written to the topic (sum of its partitions' end offsets). */
  endOffsetSum(topic: string): Promise<number>;
  /** The group's committed offsets summed over the topic's partitions (no commit = 0). */
  committedSum(groupId: string, topic: string): Promise<number>;
  /** Deletes every topic created here, then disconnects. */
  close(): Promise<void>;
}

export async function kafkaAdmin(): Promise<KafkaAdmin> {
  const brokers = await kafkaBrokers();
  const admin: Admin = new Kafka({ clientId: 'spanstream-e2e', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const created: string[] = [];
  const reserveTopic = (): TopicUnderTest => {
    const topic = uniqueName('e2e-spans');
    const dlqTopic = `${topic}-dlq`;
    const groupId = uniqueName('e2e-ingester');
    created.push(topic, dlqTopic);
    const list = brokers.join(',');
    return {
      brokers: list,
      topic,
      dlqTopic,
      groupId,
      producerArgs: [`--kafka.producer.brokers=${list}`, `--kafka.producer.topic=${topic}`],
      consumerArgs: [
        `--kafka.consumer.brokers=${list}`,
        `--kafka.consumer.topic=${topic}`,
        `--kafka.consumer.group-id=${groupId}`,
        `--kafka.consumer.dlq-topic=${dlqTopic}`,
      ],
    };
  };
  return {
    reserveTopic,
    async createTopic(partitions) {
      const reserved = reserveTopic();
      await admin.createTopics({
        topics: [
          { topic: reserved.topic, numPartitions: partitions, replicationFactor: 1 },
          { topic: reserved.dlqTopic, numPartitions: 1, replicationFactor: 1 },
        ],
        waitForLeaders: true,
      });
      return reserved;
    },
    async endOffsetSum(topic) {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    },
    async committedSum(groupId, topic) {
      const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const partitions = entry?.partitions ?? [];
      return partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
    },
    async close() {
      try {
        const existing = new Set(await admin.listTopics());
        const topics = created.filter((topic) => existing.has(topic));
        if (topics.length > 0) await admin.deleteTopics({ topics });
      } finally {
        await admin.disconnect();
      }
    },
  };
}
