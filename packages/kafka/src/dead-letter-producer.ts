import type { DeadLetterError, DeadLetterSink } from './dead-letter-sink.ts';
import { isMessageTooLarge } from './kafka-errors.ts';
import type { IncomingMessage } from './message.ts';
import type { OutgoingRecord, RecordProducer } from './record-producer.ts';

export const DEFAULT_DLQ_TOPIC = 'jaeger-spans-dlq';

/** Header names on dead-lettered records; key, value and original headers are kept unchanged. */
export const DLQ_HEADERS = {
  errorCode: 'dlq-error-code',
  error: 'dlq-error',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  timestamp: 'dlq-timestamp',
  /** Set (to the original size in bytes) when the value had to be left out because it was too large. */
  valueOmitted: 'dlq-value-omitted',
} as const;

function deadLetterHeaders(
  message: IncomingMessage,
  error: DeadLetterError,
  now = Date.now(),
): Record<string, Buffer | string> {
  const headers: Record<string, Buffer | string> = {};
  for (const [name, value] of Object.entries(message.headers)) if (value !== undefined) headers[name] = value;
  headers[DLQ_HEADERS.errorCode] = error.code;
  // Kafka headers are unbounded, but keep an error list from a 10^5-span batch readable.
  headers[DLQ_HEADERS.error] =
    error.message.length > 4096 ? `${error.message.slice(0, 4093)}...` : error.message;
  headers[DLQ_HEADERS.sourceTopic] = message.topic;
  headers[DLQ_HEADERS.sourcePartition] = String(message.partition);
  headers[DLQ_HEADERS.sourceOffset] = String(message.offset);
  headers[DLQ_HEADERS.timestamp] = String(now);
  return headers;
}

/** Publishes poison messages to the dead-letter topic, keyed like the source so a trace stays together. */
export class KafkaDeadLetterSink implements DeadLetterSink {
  private readonly producer: Pick<RecordProducer, 'send'>;
  private readonly topic: string;

  constructor(producer: Pick<RecordProducer, 'send'>, topic = DEFAULT_DLQ_TOPIC) {
    this.producer = producer;
    this.topic = topic;
  }

  async publish(message: IncomingMessage, error: DeadLetterError): Promise<void> {
    const headers = deadLetterHeaders(message, error);
    try {
      await this.send({ key: message.key, value: message.value, headers });
    } catch (failure) {
      // The record plus our headers can exceed the broker's limit; a DLQ entry without the value
      // still tells where the poison is, whereas retrying forever would stall the partition.
      if (!isMessageTooLarge(failure)) throw failure;
      headers[DLQ_HEADERS.valueOmitted] = String(message.value?.length ?? 0);
      await this.send({ key: message.key, value: null, headers });
    }
  }

  private async send(record: OutgoingRecord): Promise<void> {
    await this.producer.send({ topic: this.topic, acks: -1, messages: [record] });
  }
}
