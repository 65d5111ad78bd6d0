import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeOtlpTraces } from '@spanstream/codec';
import {
  decodeMessage,
  jaegerPartition,
  recordKey,
  type KafkaSpanWriter,
  type PreparedBatch,
  type SpanEncoding,
} from '@spanstream/kafka';
import {
  createTopic,
  readRecords,
  testKafka,
  testSpanWriter,
  type Kafka,
} from '@spanstream/kafka/test-helpers';
import type { Span } from '@spanstream/model';
import type { SinkWriteResult, SpanSink } from '@spanstream/storage-api';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import type { Collector } from '../src/collector.ts';
import { Gate, startCollectorWithSink, testSpan } from './support.ts';

let kafka: Kafka;
const PARTITIONS = 4;

/** `count` records of a topic with the partition each was on (a plain kafkajs consumer from the beginning). */
async function readRecordsWithPartition(topic: string, count: number) {
  const records: { key: string; partition: number; value: Buffer }[] = [];
  const consumer = kafka.consumer({ groupId: `${topic}-reader` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ partition, message }) => {
        records.push({ key: message.key!.toString(), partition, value: message.value! });
        return Promise.resolve();
      },
    });
    await vi.waitFor(
      () => {
        expect(records.length).toBeGreaterThanOrEqual(count);
      },
      { timeout: 60_000 },
    );
  } finally {
    await consumer.disconnect();
  }
  return records;
}

beforeAll(async () => {
  kafka = testKafka(await kafkaBrokers(), 'collector-int-test');
});

/** A gate in front of the real Kafka writer: while closed, writes wait (a stalled broker, as the collector sees it). */
class GatedWriter extends Gate implements SpanSink<PreparedBatch> {
  readonly inner: KafkaSpanWriter;
  constructor(inner: KafkaSpanWriter) {
    super();
    this.inner = inner;
  }
  prepare(spans: readonly Span[], otlpRequest?: Uint8Array): PreparedBatch {
    return this.inner.prepare(spans, otlpRequest);
  }
  async writePrepared(batch: PreparedBatch): Promise<SinkWriteResult> {
    const closed = this.waiting();
    if (closed) await closed;
    return this.inner.writePrepared(batch);
  }
}

function kafkaWriter(topic: string, encoding: SpanEncoding): KafkaSpanWriter {
  return testSpanWriter(kafka, topic, { encoding });
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
    collector = startCollectorWithSink(writer, {
      otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
    }).collector;
    await collector.start();
    const spans = Array.from({ length: 30 }, (_, i) => testSpan(i + 1));
    expect((await post(collector.ports.otlpHttp!, encodeOtlpTraces(spans))).status).toBe(200);
    await collector.stop();
    await writer.close();
    const records = await readRecords(kafka, topic, 30);
    const decoded = records.map((record) => {
      const outcome = decodeMessage({ value: record.value }, 'protobuf');
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(record.key?.toString()).toBe(recordKey(outcome.spans[0]!.traceId));
      return outcome.spans[0]!;
    });
    expect(decoded.map((s) => s.operationName).sort()).toEqual(spans.map((s) => s.operationName).sort());
  });

  it('forwards a clean OTLP/HTTP request of one trace to otlp_proto as one record of its very bytes, keyed by the trace', async () => {
    const topic = uniqueName('collector-otlp');
    const writer = kafkaWriter(topic, 'otlp_proto');
    await writer.start();
    const started = startCollectorWithSink(writer, { otlpHttpHostPort: { host: '127.0.0.1', port: 0 } });
    collector = started.collector;
    await collector.start();
    const traceId = testSpan(1).traceId;
    const spans = Array.from({ length: 30 }, (_, i) => testSpan(i + 1, { traceId }));
    const body = encodeOtlpTraces(spans);
    expect((await post(collector.ports.otlpHttp!, body)).status).toBe(200);
    await collector.stop();
    await writer.close();
    const [record] = await readRecords(kafka, topic, 1);
    expect(Buffer.compare(record!.value!, Buffer.from(body))).toBe(0);
    expect(record!.key?.toString()).toBe(recordKey(spans[0]!.traceId));
    const outcome = decodeMessage({ value: record!.value }, 'otlp_proto');
    expect(outcome.ok && outcome.spans.map((s) => s.operationName)).toEqual(
      spans.map((s) => s.operationName),
    );
  });

  it("splits a clean otlp_proto request of interleaved traces undecoded: one record per trace, on its key's partition", async () => {
    const topic = uniqueName('collector-otlp-split');
    await createTopic(kafka, topic, PARTITIONS);
    const writer = kafkaWriter(topic, 'otlp_proto');
    await writer.start();
    // The wire-level split, never the decode path (`prepare` would decode and write per trace too).
    const forwarded = vi.spyOn(writer, 'prepareOtlpRequest');
    const decoded = vi.spyOn(writer, 'prepare');
    collector = startCollectorWithSink(writer, {
      otlpHttpHostPort: { host: '127.0.0.1', port: 0 },
    }).collector;
    await collector.start();
    const traces = [1, 2, 3, 4, 5].map((t) => testSpan(t).traceId);
    // Interleaved (trace 1, 2, 3, 4, 5, 1, …) over two services (two resources): a single record
    // keyed by the first trace would put the others on its partition.
    const spans = Array.from({ length: 40 }, (_, i) =>
      testSpan(100 + i, {
        traceId: traces[i % traces.length]!,
        process: { serviceName: i % 2 === 0 ? 'front' : 'back', tags: [] },
      }),
    );
    expect((await post(collector.ports.otlpHttp!, encodeOtlpTraces(spans))).status).toBe(200);
    await collector.stop();
    await writer.close();
    expect(forwarded).toHaveBeenCalledTimes(1);
    expect(decoded).not.toHaveBeenCalled();
    const records = await readRecordsWithPartition(topic, traces.length);
    expect(records).toHaveLength(traces.length);
    for (const { key, partition } of records) expect(partition).toBe(jaegerPartition(key, PARTITIONS));
    expect(new Set(records.map((record) => record.partition)).size).toBeGreaterThan(1);
    const byKey = new Map(
      records.map(({ key, value }) => {
        const outcome = decodeMessage({ value }, 'otlp_proto');
        if (!outcome.ok) throw new Error(outcome.reason);
        return [key, outcome.spans.map((s) => `${s.traceId} ${s.process.serviceName} ${s.operationName}`)];
      }),
    );
    expect(byKey).toEqual(
      new Map(
        traces.map((traceId) => [
          recordKey(traceId),
          spans
            .filter((s) => s.traceId === traceId)
            .map((s) => `${s.traceId} ${s.process.serviceName} ${s.operationName}`)
            // encodeOtlpTraces groups spans by service: front's first, then back's.
            .sort((a, b) => Number(a.includes(' back ')) - Number(b.includes(' back '))),
        ]),
      ),
    );
  });

  it('with a stalled writer answers 429, and after resuming every accepted span is on the topic', async () => {
    const topic = uniqueName('collector-backpressure');
    const inner = kafkaWriter(topic, 'protobuf');
    await inner.start();
    const writer = new GatedWriter(inner);
    writer.close();
    collector = startCollectorWithSink(writer, {
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
    const records = await readRecords(kafka, topic, accepted.length);
    expect(records).toHaveLength(accepted.length);
  });
});
