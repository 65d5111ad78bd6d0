import type { Kafka, Message, PartitionerArgs, ProducerConfig, RecordMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { testSpan } from '../test/helpers.ts';
import { silentLogger } from './logger.ts';
import { createKafkaSpanWriter } from './span-writer.ts';

/**
 * A producer whose first answer leaves partition 1 out, as kafkajs 2.2.4 does when a dead leader's
 * partition moved to a broker that had already answered (kafkajs#1303): `send` resolves anyway.
 */
function fakeKafka(partitions: number) {
  const sent: number[][] = [];
  let config: ProducerConfig = {};
  const kafka = {
    producer(c: ProducerConfig) {
      config = c;
      return {
        connect: () => Promise.resolve(),
        disconnect: () => Promise.resolve(),
        send({ messages }: { messages: Message[] }): Promise<RecordMetadata[]> {
          const partitioner = config.createPartitioner!();
          const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
            partitionId,
            leader: 0,
          }));
          const chosen = messages.map((message) =>
            partitioner({ topic: 't', partitionMetadata, message } as unknown as PartitionerArgs),
          );
          sent.push(chosen);
          const answered = [...new Set(chosen)].filter((p) => sent.length > 1 || p !== 1);
          return Promise.resolve(answered.map((partition) => ({ topicName: 't', partition, errorCode: 0 })));
        },
      };
    },
    admin: () => ({
      connect: () => Promise.reject(new Error('no admin in this test')),
      disconnect: () => Promise.resolve(),
    }),
  } as unknown as Kafka;
  return { kafka, sent };
}

describe('Kafka span writer', () => {
  it('(kafkajs) sends again the records of a partition the broker answer left out, and resolves only then', async () => {
    const { kafka, sent } = fakeKafka(2);
    const writer = createKafkaSpanWriter({
      kafka,
      logger: silentLogger,
      options: {
        topic: 't',
        encoding: 'protobuf',
        requiredAcks: 'all',
        idempotent: true,
        compression: 'none',
        batchSize: 1,
        batchLingerMs: 0,
        maxMessageBytes: 1_000_000,
        client: 'kafkajs',
      },
    });
    await writer.start();
    const spans = Array.from({ length: 20 }, (_, i) => testSpan(i, i));
    await writer.writeSpans(spans);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.filter((p) => p === 1).length).toBeGreaterThan(0);
    expect(sent[1]!.every((p) => p === 1)).toBe(true);
    expect(sent[1]).toHaveLength(sent[0]!.filter((p) => p === 1).length);
    await writer.close();
  });
});
