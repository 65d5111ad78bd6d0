import { decodeMessage, type SpanEncoding } from './encodings.ts';
import type { KafkaClient } from './kafka-client.ts';
import { readTopic } from './topic-reader.ts';

export interface TopicCensus {
  readonly records: number;
  /** Spans decoded from the records (every encoding we write or accept is auto-detected). */
  readonly spans: number;
  /** Records that did not decode. */
  readonly undecodable: number;
}

/**
 * Reads a whole topic once and counts what it holds: the proof that acknowledged spans reached
 * Kafka, for benches and fault tests that must not trust a producer-side counter.
 */
export async function censusOfTopic(
  kafka: KafkaClient,
  topic: string,
  hint: SpanEncoding = 'protobuf',
  timeoutMs = 120_000,
): Promise<TopicCensus> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, number>();
  try {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (Number(p.high) > Number(p.low)) ends.set(p.partition, Number(p.high));
    }
  } finally {
    await admin.disconnect();
  }
  const census = { records: 0, spans: 0, undecodable: 0 };
  if (ends.size === 0) return census;
  await readTopic(kafka, topic, {
    groupId: `census-${topic}-${Date.now()}`,
    timeoutMs,
    onTimeout: { reject: `census of ${topic} did not finish in ${timeoutMs} ms` },
    onBatch: (partition, messages, lastOffset) => {
      for (const message of messages) {
        if (Number(message.offset) >= (ends.get(partition) ?? 0)) continue;
        census.records++;
        const outcome = decodeMessage({ value: message.value }, hint);
        if (outcome.ok) census.spans += outcome.spans.length + outcome.rejected.length;
        else census.undecodable++;
      }
      if (lastOffset + 1 >= (ends.get(partition) ?? 0)) ends.delete(partition);
      return ends.size === 0;
    },
  });
  return census;
}
