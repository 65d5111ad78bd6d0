import { Producer as PlatformaticProducer } from '@platformatic/kafka';
import { BatchProducer } from './batch-producer/batch-producer.ts';
import type { CompressionTypes, Kafka, Message, RecordMetadata } from 'kafkajs';
import type { KafkaClientOptions } from './client-options.ts';
import { toPlatformaticOptions } from './platformatic-options.ts';
import { compressionType, type CompressionName } from './compression.ts';
import { jaegerHash, JaegerPartitioner } from './jaeger-partitioner.ts';

/**
 * The Kafka client the span writer produces with: `batch`, the record-batch producer on
 * @platformatic/kafka's connections (ADR 0106), unless told otherwise; `platformatic`, that
 * library's own Producer, and `kafkajs` (ADR 0104) stay selectable.
 */
export type ProducerClient = 'batch' | 'platformatic' | 'kafkajs';
export const PRODUCER_CLIENTS: readonly ProducerClient[] = ['batch', 'platformatic', 'kafkajs'];

export interface SenderOptions {
  readonly topic: string;
  /** -1: every in-sync replica, 1: the leader, 0: none. */
  readonly acks: -1 | 0 | 1;
  readonly compression: CompressionName;
  readonly idempotent: boolean;
}

/**
 * One produce request at a time, for the span writer. `send` resolves with the records the broker
 * did not acknowledge (to send again), and rejects with an error whose `type` is the broker's error
 * name (`MESSAGE_TOO_LARGE`...) when it refused the request.
 */
export interface RecordSender {
  connect(): Promise<void>;
  send(messages: readonly Message[]): Promise<readonly Message[]>;
  disconnect(): Promise<void>;
}

/** kafkajs: kept for comparison and as a fallback (`--kafka.producer.client=kafkajs`). */
export function createKafkajsSender(kafka: Kafka, options: SenderOptions): RecordSender {
  /** The partition kafkajs last chose for each record, to check every one was acknowledged. */
  const chosen = new WeakMap<Message, number>();
  const producer = kafka.producer({
    idempotent: options.idempotent,
    maxInFlightRequests: options.idempotent ? 1 : 5,
    allowAutoTopicCreation: true,
    createPartitioner: () => {
      const partition = JaegerPartitioner();
      return (args) => {
        const p = partition(args);
        chosen.set(args.message, p);
        return p;
      };
    },
  });
  const compression: CompressionTypes = compressionType(options.compression);
  return {
    connect: () => producer.connect(),
    async send(messages) {
      const metadata = await producer.send({
        topic: options.topic,
        messages: [...messages],
        acks: options.acks,
        compression,
      });
      return options.acks === 0 ? [] : unacknowledged(messages, metadata, (m) => chosen.get(m));
    },
    disconnect: () => producer.disconnect(),
  };
}

/**
 * Records whose partition is missing from the broker's answer. kafkajs 2.2.4 retries a failed
 * multi-broker request only to the brokers that have not answered yet; when a dead leader's partitions
 * moved to a broker that had answered, their records are never sent while `send` still resolves
 * (kafkajs#1303, fix proposed in kafkajs#1798). Found by the chaos suite's broker failover.
 */
function unacknowledged(
  messages: readonly Message[],
  metadata: readonly RecordMetadata[],
  partitionOf: (message: Message) => number | undefined,
): Message[] {
  const acknowledged = new Set(metadata.filter((m) => m.errorCode === 0).map((m) => m.partition));
  return messages.filter((message) => {
    const partition = partitionOf(message);
    return partition === undefined || !acknowledged.has(partition);
  });
}

/**
 * @platformatic/kafka (ADR 0104): 2.4× (per-span records) to 4.7× (OTLP batches) less CPU per span
 * than kafkajs. Its send fails as a whole when any partition's leader did not acknowledge, so no
 * record is silently left out; the writer's retry then sends the request again.
 */
export function createPlatformaticSender(client: KafkaClientOptions, options: SenderOptions): RecordSender {
  const producer = new PlatformaticProducer<Buffer, Buffer, Buffer, Buffer>({
    ...toPlatformaticOptions(client),
    idempotent: options.idempotent,
    acks: options.acks,
    compression: options.compression,
    autocreateTopics: true,
    // Sarama's hash partitioner (Jaeger's): the producer takes this modulo the partition count.
    partitioner: (message, key) => (key === undefined ? 0 : jaegerHash(key)),
  });
  const topic = options.topic;
  return {
    async connect() {
      await producer.metadata({ topics: [topic], autocreateTopics: true });
    },
    async send(messages) {
      const records = messages.map((message) => {
        const key = toBuffer(message.key);
        const value = toBuffer(message.value);
        return { topic, ...(key === undefined ? {} : { key }), ...(value === undefined ? {} : { value }) };
      });
      try {
        await producer.send({ messages: records });
      } catch (error) {
        throw withBrokerType(error);
      }
      return [];
    },
    async disconnect() {
      await producer.close();
    },
  };
}

/**
 * The record-batch producer (ADR 0106): one RecordBatch Buffer per partition laid out directly, one
 * Produce request per leader. Like @platformatic/kafka's Producer, its send fails as a whole when
 * any partition was not acknowledged after retries. Span records have a key and a value only: like
 * the `platformatic` sender, it writes no headers.
 */
export function createBatchSender(client: KafkaClientOptions, options: SenderOptions): RecordSender {
  const producer = new BatchProducer(toPlatformaticOptions(client), options);
  return {
    connect: () => producer.connect(),
    async send(messages) {
      const records = messages.some((m) => typeof m.value === 'string')
        ? messages.map((m) => ({ key: m.key, value: toBuffer(m.value) }))
        : (messages as readonly { key: Message['key']; value: Buffer | null }[]);
      await producer.send(records);
      return [];
    },
    disconnect: () => producer.close(),
  };
}

function toBuffer(value: Message['key'] | Message['value']): Buffer | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? Buffer.from(value) : value;
}

/** The first broker error name (`apiId`) found in a (possibly nested) @platformatic/kafka error, as `type`. */
function withBrokerType(error: unknown): unknown {
  const type = brokerType(error, 0);
  if (type !== undefined && error instanceof Error) Object.assign(error, { type });
  return error;
}

function brokerType(error: unknown, depth: number): string | undefined {
  if (!(error instanceof Error) || depth > 5) return undefined;
  const apiId = (error as { apiId?: unknown }).apiId;
  if (typeof apiId === 'string') return apiId;
  const nested = error instanceof AggregateError ? (error.errors as unknown[]) : [];
  for (const inner of [...nested, error.cause]) {
    const found = brokerType(inner, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
