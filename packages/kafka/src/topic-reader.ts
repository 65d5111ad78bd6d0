import type { KafkaMessage } from 'kafkajs';
import type { KafkaClient } from './kafka-client.ts';

export interface TopicReadOptions {
  readonly groupId: string;
  readonly timeoutMs: number;
  /** On timeout: `resolve` returns with what was read, `reject` fails with this message. */
  readonly onTimeout: { readonly resolve: true } | { readonly reject: string };
  /** Called with each fetched batch of a partition; returns true once everything wanted was read. */
  readonly onBatch: (partition: number, messages: readonly KafkaMessage[], lastOffset: number) => boolean;
}

/** Reads a topic from its beginning with a throwaway consumer group until `onBatch` says done. */
export async function readTopic(kafka: KafkaClient, topic: string, options: TopicReadOptions): Promise<void> {
  const consumer = kafka.consumer({ groupId: options.groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachBatch: ({ batch }) => {
        if (options.onBatch(batch.partition, batch.messages, Number(batch.lastOffset()))) done();
        return Promise.resolve();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const { onTimeout } = options;
    const timeout = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => {
        if ('reject' in onTimeout) reject(new Error(onTimeout.reject));
        else resolve();
      }, options.timeoutMs);
    });
    await Promise.race([finished, timeout]).finally(() => {
      clearTimeout(timer);
    });
  } finally {
    await consumer.disconnect();
  }
}
