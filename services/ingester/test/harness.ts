import type { Span } from '@spanstream/model';
import { Registry } from 'prom-client';
import { StorageError, type SpanWriter } from '@spanstream/storage-api';
import { silentLogger, type SpanConsumerOptions } from '@spanstream/kafka';
import { createHealthState, type HealthState } from '@spanstream/runtime';
import { kafkaBrokers } from '@spanstream/testkit';
import { afterEach, beforeAll } from 'vitest';
import { testKafka, type Kafka, type Message } from '@spanstream/kafka/test-helpers';
import { createIngester, type Ingester } from '../src/ingester.ts';

export interface TestIngester {
  readonly ingester: Ingester;
  readonly registry: Registry;
  readonly fatal: string[];
  /** Readiness as the admin server would report it (the process itself is marked ready). */
  readonly health: HealthState;
  metric(name: string, labels?: Record<string, string>): Promise<number>;
}

export function consumerOptions(
  topic: string,
  overrides: Partial<SpanConsumerOptions> = {},
): SpanConsumerOptions {
  return {
    topic,
    groupId: `${topic}-group`,
    dlqTopic: `${topic}-dlq`,
    maxInflightBytes: 8 * 1024 * 1024,
    fetchMaxBytesPerPartition: 256 * 1024,
    deadlockIntervalMs: 0,
    fromBeginning: true,
    commitIntervalMs: 50,
    lagIntervalMs: 250,
    parallelism: 4,
    batchSize: 200,
    batchLingerMs: 20,
    backoff: { minDelayMs: 50, maxDelayMs: 500 },
    ...overrides,
  };
}

export async function startTestIngester(
  brokers: string[],
  writer: SpanWriter,
  consumer: SpanConsumerOptions,
  /** Receives the messages of warnings the ingester logs. */
  warnings: string[] = [],
): Promise<TestIngester> {
  const registry = new Registry();
  const fatal: string[] = [];
  const health = createHealthState();
  health.set('ready');
  const ingester = createIngester({
    writer,
    logger: { ...silentLogger, warn: (_obj, msg) => warnings.push(msg ?? '') },
    registry,
    health,
    options: {
      client: { brokers, clientId: 'ingester-test' },
      consumer,
      encoding: 'protobuf',
      drainTimeoutMs: 5_000,
    },
    onFatal: (reason) => fatal.push(reason),
  });
  await ingester.start();
  const metric = async (name: string, labels: Record<string, string> = {}) => {
    const values = (await registry.getSingleMetric(name)?.get())?.values ?? [];
    return values
      .filter((v) => Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l))
      .reduce((sum, v) => sum + v.value, 0);
  };
  return { ingester, registry, fatal, health, metric };
}

/** A storage that can be switched off (every write fails, retriable) and remembers what it stored. */
export class SwitchableWriter implements SpanWriter {
  readonly stored = new Map<string, number>();
  down = false;
  /** Spans whose write never completes (to simulate a stuck partition). */
  hangWhen: (span: Span) => boolean = () => false;
  writes = 0;

  writeSpans(spans: readonly Span[]): Promise<void> {
    this.writes++;
    if (spans.some((s) => this.hangWhen(s))) return new Promise(() => undefined);
    if (this.down) return Promise.reject(new StorageError('unavailable', 'storage switched off by the test'));
    for (const span of spans) this.stored.set(span.spanId, (this.stored.get(span.spanId) ?? 0) + 1);
    return Promise.resolve();
  }

  has(spanId: string): boolean {
    return this.stored.has(spanId);
  }
}

/** The real broker of an integration test file: its addresses, a client, and cleanup of ingesters. */
export interface TestBroker {
  brokers: string[];
  kafka: Kafka;
  /** Ingesters started by a test; each is stopped after it. */
  readonly running: TestIngester[];
  produce(topic: string, messages: Message[]): Promise<void>;
}

/** Registers the file's beforeAll/afterEach: connect to the stack's Kafka, stop the test's ingesters. */
export function useTestBroker(): TestBroker {
  const broker: TestBroker = {
    brokers: [],
    kafka: undefined as unknown as Kafka, // set in beforeAll, before any test reads it
    running: [],
    async produce(topic, messages) {
      const producer = broker.kafka.producer();
      await producer.connect();
      await producer.send({ topic, messages });
      await producer.disconnect();
    },
  };
  beforeAll(async () => {
    broker.brokers = await kafkaBrokers();
    broker.kafka = testKafka(broker.brokers);
  });
  afterEach(async () => {
    for (const t of broker.running.splice(0)) await t.ingester.stop();
  });
  return broker;
}
