/**
 * What reached Kafka or Elasticsearch, read from the broker and the index, never from a server's counter.
 */
import { censusOfTopic, createKafkaClient, silentLogger, type TopicCensus } from '@spanstream/kafka';
import type { Namespace } from '@spanstream/interop/jaeger';
import { Kafka, logLevel } from 'kafkajs';

export type { TopicCensus };

/** A kafkajs client for the admin calls (topics, offsets, groups): the bench's own, not the product's. */
export function benchKafka(brokers: readonly string[]): Kafka {
  return new Kafka({ brokers: [...brokers], clientId: 'vs-jaeger', logLevel: logLevel.NOTHING });
}

export async function createTopics(
  kafka: Kafka,
  topics: readonly string[],
  partitions: number,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

export async function deleteTopics(kafka: Kafka, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await admin.deleteTopics({ topics: present });
  } finally {
    await admin.disconnect();
  }
}

/** Records ever written to the topic (sum of its partitions' end offsets). */
export async function endOffsetSum(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
  } finally {
    await admin.disconnect();
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the topic holds `minRecords` records (when the encoding has one record per span) and its
 * end offsets then stay put for `quietMs`: the server has written all it acknowledged. Polling the
 * broker, not a timing assumption.
 */
export async function topicSettled(
  kafka: Kafka,
  topic: string,
  minRecords = 0,
  quietMs = 600,
  timeoutMs = 120_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = await endOffsetSum(kafka, topic);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now >= minRecords && Date.now() - since >= quietMs) return now;
    if (Date.now() > deadline) throw new Error(`${topic}: ${now} records, still moving or < ${minRecords}`);
    await pause(150);
  }
}

/** Reads the whole topic and checks it holds exactly the acknowledged spans, all decodable. */
export async function verifiedCensus(
  brokers: readonly string[],
  topic: string,
  acknowledged: number,
  who: string,
): Promise<TopicCensus> {
  const client = createKafkaClient({ brokers: [...brokers], clientId: 'vs-jaeger-census' }, silentLogger);
  const census = await censusOfTopic(client, topic);
  if (census.spans !== acknowledged || census.undecodable > 0) {
    throw new Error(
      `${who}: ${acknowledged} spans acknowledged, ${census.spans} in ${topic} ` +
        `(${census.records} records, ${census.undecodable} undecodable)`,
    );
  }
  return census;
}

/** Polls the namespace's span count (refresh + `_count`) until it reaches `expected`; returns the last count. */
export async function indexReaches(ns: Namespace, expected: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await ns.countSpans().catch(() => 0);
    if (count >= expected || Date.now() > deadline) return count;
    await pause(250);
  }
}

/** Resolves once the consumer group has a member and is Stable (the ingester joined and was assigned). */
export async function groupJoined(kafka: Kafka, groupId: string, timeoutMs = 90_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { groups } = await admin.describeGroups([groupId]);
      const group = groups[0];
      if (group?.state === 'Stable' && group.members.length > 0) return;
      if (Date.now() > deadline) throw new Error(`group ${groupId} not Stable in ${timeoutMs} ms`);
      await pause(100);
    }
  } finally {
    await admin.disconnect();
  }
}
