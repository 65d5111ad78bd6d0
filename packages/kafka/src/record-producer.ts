import type { KafkaClient } from './kafka-client.ts';

/** A record to produce; headers are copied as they are. */
export interface OutgoingRecord {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, Buffer | string>>;
}

export interface RecordBatch {
  readonly topic: string;
  /** -1: every in-sync replica, 1: the leader, 0: none. */
  readonly acks: -1 | 0 | 1;
  readonly messages: readonly OutgoingRecord[];
}

/** A plain producer of records (the span writer is the span-specific one). */
export interface RecordProducer {
  connect(): Promise<void>;
  send(batch: RecordBatch): Promise<unknown>;
  disconnect(): Promise<void>;
}

/** An idempotent producer with one request in flight, so the records of a partition keep their order. */
export function createRecordProducer(kafka: KafkaClient): RecordProducer {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  return {
    connect: () => producer.connect(),
    send: (batch) => producer.send({ topic: batch.topic, acks: batch.acks, messages: [...batch.messages] }),
    disconnect: () => producer.disconnect(),
  };
}
