import { kafkaBrokers, schemaRegistryUrl, uniqueName } from '@spanstream/testkit';
import { decodeOtlpTraces, encodeOtlpTraces, scanForwardableOtlp } from '@spanstream/codec';
import { DEFAULT_SANITIZER_OPTIONS } from '@spanstream/model';
import type { Kafka } from 'kafkajs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTopic,
  readRecords,
  testKafka,
  testSpan,
  testSpanWriter,
  testWriterOptions,
} from '../test/helpers.ts';
import type { CompressionName } from './compression.ts';
import { decodeMessage, type SpanEncoding } from './encodings.ts';
import { createKafkaClient } from './kafka-client.ts';
import { silentLogger } from './logger.ts';
import { recordKey } from './record-encoder.ts';
import { registerSpanSchema } from './schema-registration.ts';
import { unframeConfluent } from './schema-registry.ts';
import { createKafkaSpanWriter, type KafkaSpanWriterOptions } from './span-writer.ts';
import { censusOfTopic } from './topic-census.ts';
import { jaegerPartition } from './jaeger-partitioner.ts';
import { readTopic } from './topic-reader.ts';

let brokers: string[];
let kafka: Kafka;

beforeAll(async () => {
  brokers = await kafkaBrokers();
  kafka = testKafka(brokers);
});

function writerOptions(
  topic: string,
  overrides: Partial<KafkaSpanWriterOptions> = {},
): KafkaSpanWriterOptions {
  return testWriterOptions(topic, { encoding: 'json', maxMessageBytes: 10_000, ...overrides });
}

async function produceAndRead(topic: string, options: KafkaSpanWriterOptions, count: number) {
  await createTopic(kafka, topic, 3);
  const writer = createKafkaSpanWriter({ kafka, logger: silentLogger, options });
  await writer.start();
  const spans = Array.from({ length: count }, (_, i) => testSpan(i, i % 4));
  // Concurrent writes are gathered into shared produce requests; each resolves when acknowledged.
  await Promise.all([
    writer.writeSpans(spans.slice(0, count / 2)),
    writer.writeSpans(spans.slice(count / 2)),
  ]);
  await writer.close();
  // otlp_proto: one record per trace per write call; with i % 4 traces and two calls that is 8 for 8 spans.
  const expected = options.encoding === 'otlp_proto' ? 2 * Math.min(4, count / 2) : count;
  return { spans, records: await readRecords(kafka, topic, expected) };
}

describe('Kafka span writer on a real broker', () => {
  it.each(['batch', 'platformatic', 'kafkajs'] as const)(
    'puts every record in the partition Jaeger (sarama) would pick for its key (%s client)',
    async (client) => {
      const topic = uniqueName('spans-partitions');
      await createTopic(kafka, topic, 6);
      const writer = createKafkaSpanWriter({
        kafka,
        logger: silentLogger,
        options: writerOptions(topic, { encoding: 'protobuf', client }),
      });
      await writer.start();
      await writer.writeSpans(Array.from({ length: 60 }, (_, i) => testSpan(i, i)));
      await writer.close();
      const placed: [string, number][] = [];
      await readTopic(kafka, topic, {
        groupId: `${topic}-reader`,
        timeoutMs: 60_000,
        onTimeout: { resolve: true },
        onBatch: (partition, messages) => {
          for (const m of messages) placed.push([m.key!.toString(), partition]);
          return placed.length >= 60;
        },
      });
      expect(placed).toHaveLength(60);
      expect(new Set(placed.map(([, partition]) => partition)).size).toBeGreaterThan(1);
      for (const [key, partition] of placed) expect(partition).toBe(jaegerPartition(key, 6));
    },
  );

  it.each<CompressionName>(['none', 'gzip', 'snappy', 'lz4', 'zstd'])(
    'writes one json record per span keyed by trace ID (compression %s)',
    async (compression) => {
      const topic = uniqueName('spans-writer');
      const { spans, records } = await produceAndRead(topic, writerOptions(topic, { compression }), 20);
      expect(records).toHaveLength(20);
      const decoded = records.map((r) => {
        const outcome = decodeMessage({ value: r.value }, 'json');
        if (!outcome.ok) throw new Error(outcome.reason);
        expect(r.key?.toString()).toBe(recordKey(outcome.spans[0]!.traceId));
        return outcome.spans[0]!;
      });
      expect(new Set(decoded.map((s) => s.spanId))).toEqual(new Set(spans.map((s) => s.spanId)));
      const original = spans.find((s) => s.spanId === decoded[0]!.spanId)!;
      expect(decoded[0]).toEqual(original);
    },
  );

  it('rejects an oversized span with a reason and still writes its neighbours', async () => {
    const topic = uniqueName('spans-oversized');
    await createTopic(kafka, topic);
    const writer = testSpanWriter(kafka, topic, { encoding: 'json', maxMessageBytes: 2000 });
    await writer.start();
    const huge = testSpan(1, 1, { operationName: 'x'.repeat(5000) });
    const result = await writer.produce([testSpan(0), huge, testSpan(2)]);
    expect(result.written).toBe(2);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.index).toBe(1);
    expect(result.rejected[0]!.reason).toMatch(/max-message-bytes=2000/);
    await expect(writer.writeSpans([huge])).rejects.toMatchObject({ code: 'invalid', retriable: false });
    await writer.close();
    expect(await readRecords(kafka, topic, 2)).toHaveLength(2);
  });

  it.each<SpanEncoding>(['protobuf', 'otlp_proto', 'otlp_json'])(
    'round-trips the %s encoding',
    async (encoding) => {
      const topic = uniqueName(`spans-${encoding}`);
      const { spans, records } = await produceAndRead(topic, writerOptions(topic, { encoding }), 8);
      const decoded = records.flatMap((r) => {
        const outcome = decodeMessage({ value: r.value }, encoding);
        if (!outcome.ok) throw new Error(outcome.reason);
        return outcome.spans;
      });
      expect(decoded.map((s) => s.spanId).sort()).toEqual(spans.map((s) => s.spanId).sort());
    },
  );

  it('forwards an OTLP request of one trace unchanged as one record keyed by that trace', async () => {
    const topic = uniqueName('spans-otlp-forward');
    await createTopic(kafka, topic);
    const writer = testSpanWriter(kafka, topic, { encoding: 'otlp_proto', maxMessageBytes: 10_000 });
    await writer.start();
    const spans = [testSpan(1, 5), testSpan(2, 5)];
    const request = encodeOtlpTraces(spans);
    expect(await writer.writeOtlpBatch(request, spans)).toEqual({ written: 2, rejected: [] });
    await writer.close();
    const [record] = await readRecords(kafka, topic, 1);
    expect(record!.key?.toString()).toBe(recordKey(spans[0]!.traceId));
    expect(Buffer.compare(record!.value!, Buffer.from(request))).toBe(0);
  });

  it('splits an OTLP request of several traces into one record per trace, each keyed by its trace', async () => {
    const topic = uniqueName('spans-otlp-split');
    await createTopic(kafka, topic, 3);
    const writer = testSpanWriter(kafka, topic, { encoding: 'otlp_proto', maxMessageBytes: 10_000 });
    await writer.start();
    const spans = [testSpan(1, 5), testSpan(2, 6), testSpan(3, 5), testSpan(4, 7)];
    expect(await writer.writeOtlpBatch(encodeOtlpTraces(spans), spans)).toEqual({ written: 4, rejected: [] });
    await writer.close();
    const records = await readRecords(kafka, topic, 3);
    const byKey = records.map((r) => {
      const outcome = decodeMessage({ value: r.value }, 'otlp_proto');
      if (!outcome.ok) throw new Error(outcome.reason);
      return [r.key?.toString(), outcome.spans.map((s) => recordKey(s.traceId))] as const;
    });
    expect(byKey.length).toBe(3);
    for (const [key, traces] of byKey) expect(new Set(traces)).toEqual(new Set([key]));
    expect(byKey.flatMap(([, traces]) => traces)).toHaveLength(4);
  });

  it('logs nothing at error level for the first write to a topic the broker creates (nothing is lost)', async () => {
    const errors: string[] = [];
    const logger = {
      ...silentLogger,
      error: (fields: object, message?: string) => errors.push(`${message ?? ''} ${JSON.stringify(fields)}`),
    };
    const topic = uniqueName('spans-autocreated');
    const writer = createKafkaSpanWriter({
      kafka: createKafkaClient({ brokers, clientId: 'spanstream-test' }, logger),
      logger,
      options: writerOptions(topic, { encoding: 'protobuf' }),
    });
    await writer.start();
    await writer.writeSpans([testSpan(1), testSpan(2)]);
    await writer.close();
    expect((await readRecords(kafka, topic, 2)).length).toBe(2);
    expect(errors).toEqual([]);
  });

  it('frames protobuf records in the Confluent wire format with a registered schema id', async () => {
    const topic = uniqueName('spans-registry');
    const schemaId = await registerSpanSchema(await schemaRegistryUrl(), topic);
    expect(await registerSpanSchema(await schemaRegistryUrl(), topic)).toBe(schemaId);
    const { spans, records } = await produceAndRead(
      topic,
      writerOptions(topic, { encoding: 'protobuf', schemaId }),
      4,
    );
    for (const record of records) expect(unframeConfluent(record.value!)?.schemaId).toBe(schemaId);
    const decoded = records.map((r) => decodeMessage({ value: r.value }, 'protobuf'));
    expect(decoded.every((d) => d.ok)).toBe(true);
    expect(decoded.flatMap((d) => (d.ok ? d.spans.map((s) => s.spanId) : [])).sort()).toEqual(
      spans.map((s) => s.spanId).sort(),
    );
  });

  it.each([
    ['batch', false],
    ['batch', true],
    ['kafkajs', true],
  ] as const)(
    'forwards an OTLP request of several traces as one record per trace, keyed by it (%s client, schema id: %s)',
    async (client, framed) => {
      const topic = uniqueName('spans-forward');
      await createTopic(kafka, topic, 3);
      const schemaId = framed
        ? await registerSpanSchema(await schemaRegistryUrl(), topic, 'otlp_proto')
        : undefined;
      const writer = createKafkaSpanWriter({
        kafka,
        logger: silentLogger,
        options: writerOptions(topic, {
          encoding: 'otlp_proto',
          client,
          ...(schemaId === undefined ? {} : { schemaId }),
        }),
      });
      await writer.start();
      const spans = Array.from({ length: 12 }, (_, i) => testSpan(i, i % 4));
      const sanitizer = { ...DEFAULT_SANITIZER_OPTIONS, maxClockSkewMicros: 0, maxDurationMicros: 0 };
      const scan = scanForwardableOtlp(encodeOtlpTraces(spans), sanitizer)!;
      expect(scan.traceIds).toHaveLength(4);
      // Twice: the same scan is forwarded again as new records.
      for (const _ of [1, 2]) await writer.writePrepared(writer.prepareOtlpRequest!(scan)!);
      await writer.close();
      const records = await readRecords(kafka, topic, 8);
      expect(records).toHaveLength(8);
      for (const record of records) {
        const key = record.key!.toString();
        const value = schemaId === undefined ? record.value! : unframed(record.value!, schemaId);
        const decoded = decodeOtlpTraces(value).spans;
        expect(decoded.map((s) => recordKey(s.traceId))).toEqual(decoded.map(() => key));
        expect(decoded.map((s) => s.spanId)).toEqual(
          spans.filter((s) => recordKey(s.traceId) === key).map((s) => s.spanId),
        );
      }
    },
  );
});

/** Records in a topic, from its offsets: what reached the broker, whatever the writer reported. */
async function recordsInTopic(topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

// Regression (issue 12, bug 0): writes that arrived while a request was in flight were merged into one
// request of any size; the broker refused it (MESSAGE_TOO_LARGE) and the writer dropped spans the
// collector had already acknowledged.
describe('Kafka span writer under a burst to one partition', () => {
  async function burst(topic: string, writes: number, spansPerWrite: number) {
    const writer = createKafkaSpanWriter({
      kafka,
      logger: silentLogger,
      options: writerOptions(topic, {
        encoding: 'protobuf',
        batchSize: 1024 * 1024,
        batchLingerMs: 0,
        maxMessageBytes: 1_000_000,
      }),
    });
    await writer.start();
    const results = await Promise.allSettled(
      Array.from({ length: writes }, (_, w) =>
        writer.produce(Array.from({ length: spansPerWrite }, (_, i) => testSpan(w * spansPerWrite + i, w))),
      ),
    );
    await writer.close();
    return results;
  }

  it('acknowledges every write only once its records are in the topic (defaults, 20,000 spans at once)', async () => {
    const topic = uniqueName('spans-burst');
    await createTopic(kafka, topic, 1);
    const results = await burst(topic, 200, 100);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await recordsInTopic(topic)).toBe(20_000);
    expect(await censusOfTopic(kafka, topic)).toEqual({ records: 20_000, spans: 20_000, undecodable: 0 });
  });

  it('splits a request the broker refuses as too large (topic limit lowered after the writer started)', async () => {
    const topic = uniqueName('spans-small-limit');
    const admin = kafka.admin();
    await admin.connect();
    const writer = createKafkaSpanWriter({
      kafka,
      logger: silentLogger,
      options: writerOptions(topic, { encoding: 'protobuf', batchLingerMs: 20, maxMessageBytes: 1_000_000 }),
    });
    await writer.start(); // the topic does not exist yet: the writer knows only the broker's 1 MiB
    await admin.createTopics({
      topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '20000' }] }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, w) =>
        writer.produce(Array.from({ length: 20 }, (_, i) => testSpan(w * 20 + i, w))),
      ),
    );
    await writer.close();
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await recordsInTopic(topic)).toBe(1000);
  });
});

/** A Confluent-framed record's payload, after checking its schema id. */
function unframed(value: Buffer, schemaId: number): Buffer {
  const frame = unframeConfluent(value);
  expect(frame?.schemaId).toBe(schemaId);
  return Buffer.from(frame!.payload);
}
