import { micros, parseSpanId, parseTraceId, stringTag, int64Tag, type Span } from '@spanstream/model';
import kafkajs, { type Admin, type Kafka, type KafkaMessage, type Message } from 'kafkajs';
import { registerCompressionCodecs } from '../src/compression.ts';
import { rememberClientOptions } from '../src/kafka-client.ts';
import { silentLogger } from '../src/logger.ts';
import { encodeRecords } from '../src/record-encoder.ts';
import {
  createKafkaSpanWriter,
  type KafkaSpanWriter,
  type KafkaSpanWriterOptions,
} from '../src/span-writer.ts';
import { readTopic } from '../src/topic-reader.ts';

/** The kafkajs types the helpers hand out, for tests of other workspaces (which do not depend on kafkajs). */
export type { Kafka, Message } from 'kafkajs';

/** A small realistic span; `n` makes IDs unique, `trace` groups spans into traces. */
export function testSpan(n: number, trace = n, extra: Partial<Span> = {}): Span {
  return {
    traceId: parseTraceId(`a${trace.toString(16).padStart(31, '0')}`)!,
    spanId: parseSpanId((n + 1).toString(16))!,
    operationName: `GET /items/${n}`,
    references: [],
    flags: 1,
    startTime: micros(1_700_000_000_000_000 + n * 1000),
    duration: micros(1500),
    tags: [stringTag('span.kind', 'server'), int64Tag('http.status_code', 200n)],
    logs: [],
    process: { serviceName: 'checkout', tags: [stringTag('hostname', 'host-1')] },
    warnings: [],
    ...extra,
  };
}

export function testKafka(brokers: string[], clientId = 'spanstream-test'): Kafka {
  registerCompressionCodecs();
  const kafka = new kafkajs.Kafka({ clientId, brokers, logLevel: kafkajs.logLevel.NOTHING });
  rememberClientOptions(kafka, { brokers, clientId });
  return kafka;
}

/** Runs `use` with a connected admin client, disconnected after. */
export async function withAdmin<T>(kafka: Kafka, use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}

export async function createTopic(kafka: Kafka, topic: string, numPartitions = 1): Promise<void> {
  await withAdmin(kafka, (admin) =>
    admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor: 1 }], waitForLeaders: true }),
  );
}

export async function deleteTopic(kafka: Kafka, topic: string): Promise<void> {
  await withAdmin(kafka, (admin) => admin.deleteTopics({ topics: [topic] }));
}

/** Reads `count` records of a topic from the beginning with a plain kafkajs consumer (fewer after `timeoutMs`). */
export async function readRecords(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 60_000,
): Promise<KafkaMessage[]> {
  const records: KafkaMessage[] = [];
  await readTopic(kafka, topic, {
    groupId: `${topic}-reader`,
    timeoutMs,
    onTimeout: { resolve: true },
    onBatch: (_partition, messages) => {
      records.push(...messages);
      return records.length >= count;
    },
  });
  return records;
}

const TEST_WRITER_DEFAULTS: Omit<KafkaSpanWriterOptions, 'topic'> = {
  encoding: 'protobuf',
  requiredAcks: 'all',
  idempotent: true,
  compression: 'none',
  batchSize: 64 * 1024,
  batchLingerMs: 5,
  maxMessageBytes: 1_000_000,
};

/** Span-writer options for tests: acks=all, idempotent, uncompressed protobuf, small batches. */
export const testWriterOptions = (topic: string, overrides: Partial<KafkaSpanWriterOptions> = {}) => ({
  ...TEST_WRITER_DEFAULTS,
  topic,
  ...overrides,
});

/** A span writer with `testWriterOptions` (not started). */
export function testSpanWriter(
  kafka: Kafka,
  topic: string,
  overrides: Partial<KafkaSpanWriterOptions> = {},
): KafkaSpanWriter {
  return createKafkaSpanWriter({ kafka, logger: silentLogger, options: testWriterOptions(topic, overrides) });
}

/** Spans as protobuf records, ready for a producer (1 MB per record at most). */
export function protobufRecords(spans: readonly Span[]): Message[] {
  return encodeRecords(spans, { encoding: 'protobuf', maxMessageBytes: 1e6 }).messages;
}

/** The group's committed offset (next offset to read) per partition of the topic; -1 where none. */
export async function committedOffsets(
  kafka: Kafka,
  groupId: string,
  topic: string,
): Promise<Map<number, number>> {
  const [entry] = await withAdmin(kafka, (admin) => admin.fetchOffsets({ groupId, topics: [topic] }));
  return new Map((entry?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
}

/** Records the topic holds (0 when it does not exist), from its offsets: no consumer needed. */
export async function recordCount(kafka: Kafka, topic: string): Promise<number> {
  return withAdmin(kafka, async (admin) => {
    if (!(await admin.listTopics()).includes(topic)) return 0;
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  });
}
