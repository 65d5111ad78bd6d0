import {
  createGroupConsumer,
  createKafkaClient,
  createRecordProducer,
  parseBrokers,
  type GroupConsumer,
  type GroupConsumerEvents,
  type KafkaLogger,
  type RecordProducer,
} from '@spanstream/kafka';
import {
  DEFAULT_FETCH_MAX_BYTES_PER_PARTITION,
  DEFAULT_MAX_BUFFERED_BYTES,
  type SpanStreamOptions,
} from './options.ts';

export interface StreamClients {
  readonly consumer: GroupConsumer;
  /** Only with `dlqTopic`. */
  readonly producer: RecordProducer | undefined;
}

/** The group member (and the DLQ producer) of a span stream, not connected yet. */
export function createStreamClients(
  options: SpanStreamOptions,
  logger: KafkaLogger,
  events: GroupConsumerEvents,
): StreamClients {
  const kafka = createKafkaClient(
    { clientId: 'spanstream-stream', ...options.client, brokers: parseBrokers(options.brokers) },
    logger,
  );
  const maxBuffered = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const perPartition = Math.min(
    options.fetchMaxBytesPerPartition ?? DEFAULT_FETCH_MAX_BYTES_PER_PARTITION,
    maxBuffered,
  );
  const consumer = createGroupConsumer(
    kafka,
    {
      topic: options.topic,
      groupId: options.groupId,
      fromBeginning: options.fromBeginning ?? false,
      fetchMaxBytesPerPartition: perPartition,
      // One fetch response may land after the buffer paused: it bounds the overshoot.
      fetchMaxBytes: Math.max(perPartition, Math.floor(maxBuffered / 2)),
      // kafkajs waits this long before looking again while every partition is paused.
      fetchMaxWaitMs: 500,
      ...(options.sessionTimeoutMs !== undefined && { sessionTimeoutMs: options.sessionTimeoutMs }),
    },
    events,
  );
  return { consumer, producer: options.dlqTopic ? createRecordProducer(kafka) : undefined };
}
