import { DLQ_HEADERS, silentLogger, type IncomingMessage } from '@spanstream/kafka';
import {
  committedOffsets,
  createTopic,
  protobufRecords,
  readRecords,
  withAdmin,
  type Kafka,
} from '@spanstream/kafka/test-helpers';
import type { Span } from '@spanstream/model';
import { schemaRegistryUrl, uniqueName } from '@spanstream/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpanStream, spanStream, type SpanBatch, type SpanDecodeError } from '../src/index.ts';
import { brokers, consumeUntil, kafka, spanOf, writeSpans } from './helpers.ts';

let client: Kafka;
const topics: string[] = [];

async function newTopic(partitions = 1): Promise<string> {
  const topic = uniqueName('stream');
  topics.push(topic, `${topic}-dlq`);
  await createTopic(client, topic, partitions);
  return topic;
}

/** One record per produce request, so that each is its own record batch and fetches can split anywhere. */
async function produceOneByOne(topic: string, spans: readonly Span[]): Promise<void> {
  const producer = client.producer();
  await producer.connect();
  try {
    for (const message of protobufRecords(spans)) await producer.send({ topic, messages: [message] });
  } finally {
    await producer.disconnect();
  }
}

const ids = (spans: readonly Span[]) => spans.map((s) => s.spanId).sort();

beforeAll(async () => {
  client = await kafka();
});

afterAll(async () => {
  await withAdmin(client, async (admin) => {
    const existing = new Set(await admin.listTopics());
    await admin.deleteTopics({ topics: topics.filter((t) => existing.has(t)) });
  });
});

describe('spanStream on a real Kafka', () => {
  it('yields the spans of every encoding, schema-registry framed or not, in our model', async () => {
    const topic = await newTopic(3);
    const written: Span[] = [];
    const cases = [
      ['protobuf', false],
      ['json', false],
      ['otlp_proto', false],
      ['otlp_json', false],
      ['protobuf', true],
      ['otlp_proto', true],
    ] as const;
    let n = 0;
    for (const [encoding, framed] of cases) {
      const service = `svc-${encoding}${framed ? '-framed' : ''}`;
      const spans = [spanOf(n++, n, service), spanOf(n++, n, service), spanOf(n++, n + 1, service)];
      await writeSpans(client, topic, spans, encoding, framed);
      written.push(...spans);
    }
    const batches = await consumeUntil(
      {
        topic,
        groupId: uniqueName('stream-enc'),
        fromBeginning: true,
        schemaRegistryUrl: await schemaRegistryUrl(),
      },
      (spans) => spans.length >= written.length,
    );
    const got = batches.flatMap((b) => b.spans);
    expect(ids(got)).toEqual(ids(written));
    const serviceOf = new Map(got.map((s) => [s.spanId, s.process.serviceName]));
    for (const span of written) expect(serviceOf.get(span.spanId)).toBe(span.process.serviceName);
    const original = written.find((s) => s.process.serviceName === 'svc-otlp_proto-framed')!;
    const decoded = got.find((s) => s.spanId === original.spanId)!;
    expect([decoded.operationName, decoded.startTime, decoded.duration]).toEqual([
      original.operationName,
      original.startTime,
      original.duration,
    ]);
    for (const batch of batches) {
      expect(batch.topic).toBe(topic);
      expect(batch.records.every((r) => r.offset >= batch.firstOffset && r.offset <= batch.lastOffset)).toBe(
        true,
      );
    }
  });

  it('commits a batch only after its loop body: a restarted member gets the unfinished batch again, loses nothing', async () => {
    const topic = await newTopic(1);
    const groupId = uniqueName('stream-restart');
    const spans = Array.from({ length: 30 }, (_, i) => spanOf(i, i, 'restart'));
    await produceOneByOne(topic, spans);
    // Small fetches: a few records a batch.
    const options = {
      topic,
      groupId,
      fromBeginning: true,
      fetchMaxBytesPerPartition: 600,
      logger: silentLogger,
    };
    let finished: SpanBatch | undefined;
    let unfinished: SpanBatch | undefined;
    for await (const batch of spanStream({ ...options, brokers: await brokers() })) {
      if (!finished) {
        finished = batch;
        continue; // the loop body finished: asking for the next batch commits this one
      }
      unfinished = batch;
      break; // leaves this batch uncommitted
    }
    expect(finished!.lastOffset).toBeLessThan(29);
    expect(unfinished!.firstOffset).toBe(finished!.lastOffset + 1);
    expect((await committedOffsets(client, groupId, topic)).get(0)).toBe(finished!.lastOffset + 1);

    const after = await consumeUntil(options, (got) => got.length >= 30 - finished!.spans.length);
    expect(after[0]!.firstOffset).toBe(unfinished!.firstOffset);
    const again = after.flatMap((b) => b.spans);
    expect(ids(again)).toEqual(expect.arrayContaining(ids(unfinished!.spans)));
    expect(ids([...finished!.spans, ...again])).toEqual(ids(spans));
    expect((await committedOffsets(client, groupId, topic)).get(0)).toBe(30);
  });

  it('hands a poison record to onError and the DLQ, yields the good records beside it and commits past it', async () => {
    const topic = await newTopic(1);
    const groupId = uniqueName('stream-poison');
    const [good0, good1] = protobufRecords([spanOf(1, 1, 'poison'), spanOf(2, 2, 'poison')]);
    const producer = client.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        good0!,
        { key: 'bad', value: Buffer.from([0x0a, 0x10, 1, 2, 3]), headers: { origin: 'x' } },
        good1!,
      ],
    });
    await producer.disconnect();
    const errors: [IncomingMessage, SpanDecodeError][] = [];
    const batches = await consumeUntil(
      {
        topic,
        groupId,
        fromBeginning: true,
        dlqTopic: `${topic}-dlq`,
        onError: (record, error) => {
          errors.push([record, error]);
        },
      },
      (spans) => spans.length >= 2,
    );
    expect(batches.flatMap((b) => b.records.map((r) => r.offset))).toEqual([0, 2]);
    expect(errors.map(([record, error]) => [record.offset, record.key?.toString(), error.code])).toEqual([
      [1, 'bad', 'decode'],
    ]);
    const [dead] = await readRecords(client, `${topic}-dlq`, 1);
    const header = (name: string) => dead!.headers?.[name]?.toString();
    expect([header(DLQ_HEADERS.sourceOffset), header(DLQ_HEADERS.errorCode), header('origin')]).toEqual([
      '1',
      'decode',
      'x',
    ]);
    expect(header(DLQ_HEADERS.error)).toBe(errors[0]![1].message);
    expect((await committedOffsets(client, groupId, topic)).get(0)).toBe(3);
  });

  it('pauses fetching while the caller is slow (bounded prefetch) and resumes when it catches up', async () => {
    const topic = await newTopic(1);
    const spans = Array.from({ length: 200 }, (_, i) => spanOf(i, i, 'slow'));
    await produceOneByOne(topic, spans);
    const maxBufferedBytes = 8 * 1024;
    const stream = spanStream({
      brokers: await brokers(),
      topic,
      groupId: uniqueName('stream-slow'),
      fromBeginning: true,
      maxBufferedBytes,
      fetchMaxBytesPerPartition: 2048,
      logger: silentLogger,
      signal: AbortSignal.timeout(60_000),
    });
    const got: Span[] = [];
    let peak = 0;
    for await (const batch of stream) {
      if (got.length === 0) {
        // A slow first loop body: fetching stops at the bound instead of buffering the whole topic.
        await expect.poll(() => stream.stats().paused, { timeout: 20_000 }).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      peak = Math.max(peak, stream.stats().bufferedBytes);
      got.push(...batch.spans);
      if (got.length >= spans.length) break;
    }
    // The bound plus at most one fetch response (half the bound here) beyond it.
    expect(peak).toBeGreaterThanOrEqual(maxBufferedBytes);
    expect(peak).toBeLessThanOrEqual(maxBufferedBytes * 1.5);
    expect(ids(got)).toEqual(ids(spans));
  });

  it('shares partitions between two members of a group: through the rebalance nothing is lost, and all is committed', async () => {
    const topic = await newTopic(4);
    const groupId = uniqueName('stream-group');
    const spans = Array.from({ length: 80 }, (_, i) => spanOf(i, i, 'group'));
    await produceOneByOne(topic, spans.slice(0, 40));
    const seen = new Set<string>();
    const stop = new AbortController();
    const timeout = setTimeout(() => {
      stop.abort();
    }, 90_000);
    const options = {
      brokers: await brokers(),
      topic,
      groupId,
      fromBeginning: true,
      fetchMaxBytesPerPartition: 600,
      sessionTimeoutMs: 10_000,
      signal: stop.signal,
      logger: silentLogger,
    };
    const partitionsOf: Set<number>[] = [new Set(), new Set()];
    const member = (index: number) =>
      runSpanStream(options, async (batch) => {
        partitionsOf[index]!.add(batch.partition);
        for (const span of batch.spans) seen.add(span.spanId);
        if (seen.size >= spans.length && partitionsOf[1]!.size > 0) stop.abort();
        await new Promise((resolve) => setTimeout(resolve, 300)); // a slow body: the other member joins meanwhile
      });
    const first = member(0);
    await expect.poll(() => seen.size, { timeout: 30_000 }).toBeGreaterThan(0);
    const second = member(1);
    // The rest arrives once the second member had time to join (a rebalance takes a heartbeat or two).
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await produceOneByOne(topic, spans.slice(40));
    await Promise.all([first, second]);
    clearTimeout(timeout);
    expect([...seen].sort()).toEqual(ids(spans));
    expect(partitionsOf[1]!.size).toBeGreaterThan(0);
    const committed = await committedOffsets(client, groupId, topic);
    expect([...committed.values()].reduce((a, b) => a + b, 0)).toBe(spans.length);
  });

  it('runSpanStream ends cleanly when its signal aborts, also while waiting for records', async () => {
    const topic = await newTopic(1);
    await writeSpans(client, topic, [spanOf(1, 1, 'abort')], 'protobuf');
    const abort = new AbortController();
    const seen: Span[] = [];
    await runSpanStream(
      {
        brokers: await brokers(),
        topic,
        groupId: uniqueName('stream-abort'),
        fromBeginning: true,
        signal: abort.signal,
        logger: silentLogger,
      },
      (batch) => {
        seen.push(...batch.spans);
        setTimeout(() => {
          abort.abort();
        }, 500); // the stream is then idle, waiting for more
      },
    );
    expect(seen.map((s) => s.process.serviceName)).toEqual(['abort']);
  });
});
