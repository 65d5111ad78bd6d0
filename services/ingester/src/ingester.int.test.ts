import { DLQ_HEADERS, JAEGER_SPAN_PROTO, encodeRecords, registerSpanSchema } from '@spanstream/kafka';
import { createMemoryStore } from '@spanstream/storage-memory';
import { schemaRegistryUrl, uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import {
  committedOffsets,
  createTopic,
  protobufRecords,
  readRecords,
  testSpan,
  withAdmin,
} from '@spanstream/kafka/test-helpers';
import { SwitchableWriter, consumerOptions, startTestIngester, useTestBroker } from '../test/harness.ts';

const broker = useTestBroker();
const { running } = broker;

async function endOffsets(topic: string): Promise<Map<number, number>> {
  const offsets = await withAdmin(broker.kafka, (admin) => admin.fetchTopicOffsets(topic));
  return new Map(offsets.map((p) => [p.partition, Number(p.high)]));
}

describe('ingester on a real Kafka broker', () => {
  it('ingests every encoding (protobuf, json, otlp_proto, otlp_json, schema-registry framed) and commits to the end', async () => {
    const topic = uniqueName('ingest-all');
    await createTopic(broker.kafka, topic, 3);
    const spans = Array.from({ length: 120 }, (_, i) => testSpan(i, i % 10));
    const schemaId = await registerSpanSchema(await schemaRegistryUrl(), topic);
    const records = [
      ...encodeRecords(spans.slice(0, 30), { encoding: 'protobuf', maxMessageBytes: 1e6 }).messages,
      ...encodeRecords(spans.slice(30, 60), { encoding: 'json', maxMessageBytes: 1e6 }).messages,
      ...encodeRecords(spans.slice(60, 80), { encoding: 'otlp_proto', maxMessageBytes: 1e6 }).messages,
      ...encodeRecords(spans.slice(80, 90), { encoding: 'otlp_json', maxMessageBytes: 1e6 }).messages,
      ...encodeRecords(spans.slice(90), { encoding: 'protobuf', maxMessageBytes: 1e6, schemaId }).messages,
    ];
    await broker.produce(topic, records);
    const store = createMemoryStore();
    const t = await startTestIngester(broker.brokers, store.writer, consumerOptions(topic));
    running.push(t);
    // Not ready until the consumer group is joined, then ready.
    await expect.poll(() => t.health.snapshot().ready, { timeout: 30_000 }).toBe(true);
    expect(t.ingester.consumer.isJoined()).toBe(true);
    await expect
      .poll(
        async () =>
          (
            await Promise.all(
              [...new Set(spans.map((s) => s.traceId))].map((id) => store.reader.getTrace(id)),
            )
          ).reduce((n, tr) => n + (tr?.spans.length ?? 0), 0),
        { timeout: 30_000 },
      )
      .toBe(120);
    const ends = await endOffsets(topic);
    await expect
      .poll(async () => Object.fromEntries(await committedOffsets(broker.kafka, `${topic}-group`, topic)), {
        timeout: 10_000,
      })
      .toEqual(Object.fromEntries(ends));
    expect(await t.metric('spanstream_ingester_spans_written_total')).toBeGreaterThanOrEqual(120);
    expect(JAEGER_SPAN_PROTO).toContain('message Span');
  });

  it('waits, not ready, for a topic that does not exist yet, then ingests it', async () => {
    const topic = uniqueName('ingest-late-topic');
    const writer = new SwitchableWriter();
    let started = false;
    const warnings: string[] = [];
    const starting = startTestIngester(broker.brokers, writer, consumerOptions(topic), warnings).then((t) => {
      started = true;
      running.push(t);
      return t;
    });
    await expect
      .poll(
        () => warnings.includes('topic not ready (missing, or electing partition leaders), waiting for it'),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(started).toBe(false);
    await createTopic(broker.kafka, topic, 2);
    await broker.produce(topic, protobufRecords([testSpan(1), testSpan(2)]));
    const t = await starting;
    await expect.poll(() => t.health.snapshot().ready, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => writer.stored.size, { timeout: 30_000 }).toBe(2);
  });

  it('routes poison messages to the DLQ with their error and source offset, and ingests the rest', async () => {
    const topic = uniqueName('ingest-poison');
    await createTopic(broker.kafka, topic, 1);
    await createTopic(broker.kafka, `${topic}-dlq`, 1);
    const good = [testSpan(1), testSpan(2), testSpan(3)];
    const [g1, g2, g3] = protobufRecords(good);
    const truncated = (g1!.value as Buffer).subarray(0, 25);
    // A valid protobuf of the wrong type: an OTLP-looking request whose resource has no spans.
    const wrongType = Buffer.from([0x0a, 0x04, 0x0a, 0x02, 0x0a, 0x00]);
    await broker.produce(topic, [
      g1!,
      { key: 'x', value: Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x99]) },
      { key: 'y', value: truncated },
      g2!,
      { key: 'z', value: wrongType },
      g3!,
    ]);
    const writer = new SwitchableWriter();
    const t = await startTestIngester(broker.brokers, writer, consumerOptions(topic));
    running.push(t);
    await expect.poll(() => good.every((s) => writer.has(s.spanId)), { timeout: 30_000 }).toBe(true);
    const dlq = await readRecords(broker.kafka, `${topic}-dlq`, 3);
    const header = (m: (typeof dlq)[number], name: string) => m.headers?.[name]?.toString();
    // Poison messages are dead-lettered concurrently, so the DLQ order is not the source order.
    dlq.sort(
      (a, b) => Number(header(a, DLQ_HEADERS.sourceOffset)) - Number(header(b, DLQ_HEADERS.sourceOffset)),
    );
    expect(dlq.map((m) => header(m, DLQ_HEADERS.sourceOffset))).toEqual(['1', '2', '4']);
    for (const m of dlq) {
      expect(header(m, DLQ_HEADERS.sourceTopic)).toBe(topic);
      expect(header(m, DLQ_HEADERS.sourcePartition)).toBe('0');
      expect(header(m, DLQ_HEADERS.errorCode)).toBe('decode');
      expect(header(m, DLQ_HEADERS.error)?.length).toBeGreaterThan(0);
    }
    expect(dlq[1]!.value).toEqual(truncated);
    await expect
      .poll(async () => (await committedOffsets(broker.kafka, `${topic}-group`, topic)).get(0), {
        timeout: 10_000,
      })
      .toBe(6);
    expect(await t.metric('spanstream_ingester_dlq_messages_total', { reason: 'decode' })).toBe(3);
  });
});
