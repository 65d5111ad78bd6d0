import kafkajs, { type Kafka, type KafkaMessage } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeOtlpTraces } from '@spanstream/codec';
import {
  createKafkaSpanWriter,
  decodeMessage,
  recordKey,
  registerCompressionCodecs,
  silentLogger,
  type KafkaSpanWriter,
  type SpanEncoding,
} from '@spanstream/kafka';
import type { Span } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import type { Collector } from '../src/collector.ts';
import { startCollector, testSpan } from './support.ts';

let kafka: Kafka;

beforeAll(async () => {
  registerCompressionCodecs();
  kafka = new kafkajs.Kafka({
    clientId: 'collector-int-test',
    brokers: await kafkaBrokers(),
    logLevel: kafkajs.logLevel.NOTHING,
  });
});

/** Reads `count` records from the beginning of a topic with a plain kafkajs consumer. */
async function readRecords(topic: string, count: number): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `${topic}-reader` });
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
    await finished;
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/** A gate in front of the real Kafka writer: while closed, writes wait (a stalled broker, as the collector sees it). */
class GatedWriter implements SpanWriter {
  readonly inner: KafkaSpanWriter;
  #gate: Promise<void> | undefined;
  #open: (() => void) | undefined;
  constructor(inner: KafkaSpanWriter) {
    this.inner = inner;
  }
  close(): void {
    this.#gate = new Promise((resolve) => (this.#open = resolve));
  }
  open(): void {
    this.#open?.();
    this.#gate = undefined;
  }
  async writeSpans(spans: readonly Span[]): Promise<void> {
    if (this.#gate) await this.#gate;
    await this.inner.writeSpans(spans);
  }
}

function kafkaWriter(topic: string, encoding: SpanEncoding): KafkaSpanWriter {
  return createKafkaSpanWriter({
    kafka,
    logger: silentLogger,
    options: {
      topic,
      encoding,
      requiredAcks: 'all',
      idempotent: true,
      compression: 'none',
      batchSize: 64 * 1024,
      batchLingerMs: 5,
      maxMessageBytes: 1_000_000,
    },
  });
}

let collector: Collector | undefined;
afterAll(() => collector?.stop());

const post = (port: number, body: Uint8Array) =>
  fetch(`http://127.0.0.1:${port}/v1/traces`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': 'application/x-protobuf' },
  });

describe('collector → Kafka (real broker)', () => {
  it('writes OTLP/HTTP spans as Jaeger protobuf records keyed by trace ID, read back by a plain consumer', async () => {
    const topic = uniqueName('collector-spans');
    const writer = kafkaWriter(topic, 'protobuf');
    await writer.start();
    collector = startCollector(writer, { otlpHttpHostPort: { host: '127.0.0.1', port: 0 } }).collector;
    await collector.start();
    const spans = Array.from({ length: 30 }, (_, i) => testSpan(i + 1));
    expect((await post(collector.ports.otlpHttp!, encodeOtlpTraces(spans))).status).toBe(200);
    await collector.stop();
    await writer.close();
    const records = await readRecords(topic, 30);
    const decoded = records.map((record) => {
      const outcome = decodeMessage({ value: record.value }, 'protobuf');
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(record.key?.toString()).toBe(recordKey(outcome.spans[0]!.traceId));
      return outcome.spans[0]!;
    });
    expect(decoded.map((s) => s.operationName).sort()).toEqual(spans.map((s) => s.operationName).sort());
  });

  it('with a stalled writer answers 429, and after resuming every accepted span is on the topic', async () => {
    const topic = uniqueName('collector-backpressure');
    const inner = kafkaWriter(topic, 'protobuf');
    await inner.start();
    const writer = new GatedWriter(inner);
    writer.close();
    collector = startCollector(writer, {
      otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
      queueSize: 50,
      numWorkers: 2,
    }).collector;
    await collector.start();
    const accepted: Span[] = [];
    const statuses: number[] = [];
    for (let r = 0; r < 10; r++) {
      const batch = Array.from({ length: 10 }, (_, i) => testSpan(1000 + r * 10 + i));
      const response = await post(collector.ports.otlpHttp!, encodeOtlpTraces(batch));
      statuses.push(response.status);
      if (response.status === 200) accepted.push(...batch);
      else expect(response.headers.get('retry-after')).not.toBeNull();
    }
    expect(statuses).toContain(429);
    // 2 batches with the stalled workers + 50 spans queued: memory is bounded by the queue.
    expect(accepted).toHaveLength(70);
    writer.open();
    await collector.stop();
    await inner.close();
    const records = await readRecords(topic, accepted.length);
    expect(records).toHaveLength(accepted.length);
  });
});
