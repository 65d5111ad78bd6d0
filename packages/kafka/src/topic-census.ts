import type { Kafka } from 'kafkajs';
import { decodeMessage, type SpanEncoding } from './encodings.ts';

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
  kafka: Kafka,
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
  const consumer = kafka.consumer({ groupId: `census-${topic}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachBatch: ({ batch }) => {
        for (const message of batch.messages) {
          if (Number(message.offset) >= (ends.get(batch.partition) ?? 0)) continue;
          census.records++;
          const outcome = decodeMessage({ value: message.value }, hint);
          if (outcome.ok) census.spans += outcome.spans.length + outcome.rejected.length;
          else census.undecodable++;
        }
        if (Number(batch.lastOffset()) + 1 >= (ends.get(batch.partition) ?? 0)) ends.delete(batch.partition);
        if (ends.size === 0) done();
        return Promise.resolve();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`census of ${topic} did not finish in ${timeoutMs} ms`));
      }, timeoutMs);
    });
    await Promise.race([finished, timeout]).finally(() => {
      clearTimeout(timer);
    });
  } finally {
    await consumer.disconnect();
  }
  return census;
}
