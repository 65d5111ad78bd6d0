import { DLQ_HEADERS } from '@spanstream/kafka';
import { loadConfig } from '@spanstream/config';
import { micros } from '@spanstream/model';
import { elasticsearchTestFlags, elasticsearchUrl, uniqueName } from '@spanstream/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createTopic, protobufRecords, readRecords, testSpan } from '@spanstream/kafka/test-helpers';
import { consumerOptions, startTestIngester, useTestBroker } from '../test/harness.ts';
import { ingesterConfig } from './config.ts';
import { type StorageHandle, createStorage } from './storage.ts';

// Issue 12, bug 5: a Kafka record from another producer with a span starting in 9999 made
// Elasticsearch create the daily index `…-jaeger-span-9999-12-31`.
const broker = useTestBroker();
const prefix = uniqueName('h2-start-time');
let storage: StorageHandle | undefined;

async function indices(): Promise<string[]> {
  const response = await fetch(`${await elasticsearchUrl()}/_cat/indices/${prefix}-*?format=json&h=index`);
  return ((await response.json()) as { index: string }[]).map((i) => i.index).sort();
}

afterAll(async () => {
  if ('purge' in (storage?.store ?? {}))
    await (storage!.store as unknown as { purge(): Promise<void> }).purge();
  await storage?.close();
});

describe('ingester: start times outside the window', () => {
  it('dead-letters a record with a span in 9999 or 1970, writes its neighbours, creates no index of those dates', async () => {
    const loaded = loadConfig(ingesterConfig, { argv: await elasticsearchTestFlags(prefix), env: {} });
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded));
    storage = await createStorage(loaded.values);
    const topic = uniqueName('h2-start-time');
    await createTopic(broker.kafka, topic, 1);
    const today = Date.now() * 1000;
    const spans = [
      testSpan(1, 1, { startTime: micros(Date.UTC(9999, 11, 31) * 1000) }),
      testSpan(2, 1, { startTime: micros(today) }),
      testSpan(3, 1, { startTime: micros(0) }),
      testSpan(4, 1, { startTime: micros(Date.UTC(2017, 0, 26) * 1000) }),
    ];
    await broker.produce(topic, protobufRecords(spans));
    const t = await startTestIngester(broker.brokers, storage.writer, consumerOptions(topic));
    broker.running.push(t);
    // One record per span (protobuf encoding): the 2017 and today's spans are written, the other two dead-lettered.
    await expect.poll(() => t.metric('spanstream_ingester_spans_written_total'), { timeout: 30_000 }).toBe(2);
    const dlq = await readRecords(broker.kafka, `${topic}-dlq`, 2);
    expect(dlq.map((m) => m.headers?.[DLQ_HEADERS.errorCode]?.toString())).toEqual([
      'rejected-spans',
      'rejected-spans',
    ]);
    expect(dlq.map((m) => m.headers?.[DLQ_HEADERS.error]?.toString()).join('\n')).toMatch(
      /startTime 253402214400000000µs \(9999-12-31T00:00:00\.000Z\) is more than 24h in the future/,
    );
    expect(await t.metric('spanstream_ingester_spans_failed_total', { reason: 'start_time' })).toBe(2);
    const names = await indices();
    expect(names.some((n) => n.includes('2017-01-26'))).toBe(true);
    expect(names.filter((n) => /9999-12-31|1970-01-01/.test(n))).toEqual([]);
  });
});
