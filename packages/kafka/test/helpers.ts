import { micros, parseSpanId, parseTraceId, stringTag, int64Tag, type Span } from '@spanstream/model';
import kafkajs, { type Consumer, type Kafka, type KafkaMessage } from 'kafkajs';
import { registerCompressionCodecs } from '../src/compression.ts';

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
  return new kafkajs.Kafka({ clientId, brokers, logLevel: kafkajs.logLevel.NOTHING });
}

export async function createTopic(kafka: Kafka, topic: string, numPartitions = 1): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [{ topic, numPartitions, replicationFactor: 1 }],
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}

/** Reads `count` records of a topic from the beginning with a plain kafkajs consumer. */
export async function readRecords(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 60_000,
): Promise<KafkaMessage[]> {
  const consumer: Consumer = kafka.consumer({ groupId: `${topic}-reader` });
  const records: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: ({ message }) => {
        records.push(message);
        if (records.length >= count) done();
        return Promise.resolve();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([finished, timeout]);
    clearTimeout(timer);
  } finally {
    await consumer.disconnect();
  }
  return records;
}
