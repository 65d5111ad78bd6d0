import type { KafkaClient } from './kafka-client.ts';

/**
 * Creates `topic` with the broker's default partitions and replication unless it exists; resolves
 * once its partitions have leaders. For a process that both writes and consumes a topic (the
 * all-in-one's Kafka mode): its consumer waits for the topic, which the producer would otherwise
 * create only on its first write. Connection errors are kafkajs's, `retriable` set.
 */
export async function ensureTopic(kafka: KafkaClient, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
