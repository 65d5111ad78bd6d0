import { randomUUID } from 'node:crypto';
import type { GroupConsumer, KafkaLogger } from '@spanstream/kafka';
import { createGroupConsumer, createKafkaClient, decodeMessage } from '@spanstream/kafka';
import type { Span } from '@spanstream/model';
import type { LiveTailOptions } from './live-config.ts';
import type { SpanSource } from './live-hub.ts';

/** How long the first client waits for the consumer to join and find the end of every partition. */
const READY_TIMEOUT_MS = 30_000;

export interface KafkaSpanSourceDeps {
  readonly logger: KafkaLogger;
  readonly onUndecodable: () => void;
}

/**
 * The live tail's own consumer: a fresh group per start (so every query instance sees every
 * partition, and nothing is committed), positioned at the end of each partition before it reports
 * ready. Records are decoded as the ingester decodes them (every encoding is auto-detected).
 */
export function createKafkaSpanSource(options: LiveTailOptions, deps: KafkaSpanSourceDeps): SpanSource {
  let consumer: GroupConsumer | undefined;
  return {
    async start(onSpans) {
      const kafka = createKafkaClient(options.kafka, deps.logger);
      let joined!: (partitions: number[]) => void;
      let crashed!: (error: Error) => void;
      const join = new Promise<number[]>((resolve, reject) => {
        joined = resolve;
        crashed = reject;
      });
      const current = createGroupConsumer(
        kafka,
        {
          topic: options.topic,
          groupId: `spanstream-query-live-${randomUUID()}`,
          fromBeginning: false,
          fetchMaxBytes: 10 * 1024 * 1024,
          fetchMaxBytesPerPartition: 1024 * 1024,
          // A span is shown about this long after it was written, at worst.
          fetchMaxWaitMs: 100,
        },
        {
          onJoin: ({ partitions }) => {
            joined(partitions);
          },
          onCrash: ({ error, restart }) => {
            if (!restart) crashed(error);
            deps.logger.warn({ err: error, restart }, 'live tail consumer crashed');
          },
        },
      );
      consumer = current;
      try {
        await current.connect();
        await current.subscribe();
        await current.run((batch) => {
          const spans: Span[] = [];
          for (const message of batch.messages) {
            const outcome = decodeMessage(message, options.encoding);
            if (outcome.ok) spans.push(...outcome.spans);
            else deps.onUndecodable();
          }
          batch.markFetched();
          if (spans.length > 0) onSpans(spans);
          return Promise.resolve();
        }, 'manual');
        const partitions = await withTimeout(join, READY_TIMEOUT_MS, 'joining the topic');
        // From the end of every partition: what is accepted after ready is delivered.
        const ends = await current.offsets();
        for (const end of ends)
          if (partitions.includes(end.partition)) current.seek(end.partition, end.endOffset);
      } catch (error) {
        consumer = undefined;
        await current.disconnect();
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `cannot read topic ${options.topic} from ${options.kafka.brokers.join(',')}: ${reason}`,
          { cause: error },
        );
      }
    },
    async stop() {
      const current = consumer;
      consumer = undefined;
      await current?.stop();
      await current?.disconnect();
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`live tail: Kafka did not answer within ${ms / 1000} s while ${what}`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
