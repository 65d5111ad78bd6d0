import { randomBytes } from 'node:crypto';
import { uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { SwitchableWriter, consumerOptions, startTestIngester, useTestBroker } from '../test/harness.ts';
import {
  committedOffsets,
  createTopic,
  protobufRecords,
  recordCount,
  testSpan,
} from '@spanstream/kafka/test-helpers';

const broker = useTestBroker();

/** The group's committed offset of partition 0 (-1 when none). */
async function committed(groupId: string, topic: string): Promise<number> {
  return (await committedOffsets(broker.kafka, groupId, topic)).get(0) ?? -1;
}

/** One valid span followed by `poison` random 50-byte records, on a fresh 1-partition topic. */
async function spanThenPoison(topic: string, poison: number): Promise<ReturnType<typeof testSpan>> {
  await createTopic(broker.kafka, topic, 1);
  const span = testSpan(1);
  const valid = protobufRecords([span]);
  const garbage = Array.from({ length: poison }, () => ({ value: randomBytes(50) }));
  await broker.produce(topic, [...valid, ...garbage]);
  return span;
}

describe('poison records on a real broker', () => {
  // Regression (issue 12, bug 1): dead-letter publishes took the storage-write slots and finishing one
  // never started the queued write, so the span waited (3 min measured) for another record to arrive.
  it('writes and commits a valid span followed by poison records (parallelism 1, 1 ms linger, DLQ auto-created)', async () => {
    const topic = uniqueName('poison-stall');
    const span = await spanThenPoison(topic, 4);
    const writer = new SwitchableWriter();
    const t = await startTestIngester(
      broker.brokers,
      writer,
      consumerOptions(topic, { parallelism: 1, batchLingerMs: 1, deadlockIntervalMs: 1_000 }),
    );
    broker.running.push(t);
    await expect.poll(() => writer.has(span.spanId), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => committed(`${topic}-group`, topic), { timeout: 15_000 }).toBe(5);
    await expect.poll(() => recordCount(broker.kafka, `${topic}-dlq`), { timeout: 15_000 }).toBe(4);
    // Three detector intervals later: nothing re-seeked, nothing dead-lettered twice, no exit.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await recordCount(broker.kafka, `${topic}-dlq`)).toBe(4);
    expect(await t.metric('jaeger_ingester_deadlockdetector_close_signalled_total')).toBe(0);
    expect(t.fatal).toEqual([]);
  });

  // Regression (issue 12, bug 2): with the head of the partition stuck, each re-seek re-published the
  // poison records behind it (4 → 8 → 12 …) and their completions looked like progress, so the
  // detector never reached its exit step.
  it('a stuck partition with poison records behind its head: dead-lettered once, then the exit step', async () => {
    const topic = uniqueName('poison-stuck');
    const span = await spanThenPoison(topic, 4);
    const writer = new SwitchableWriter();
    writer.hangWhen = (s) => s.spanId === span.spanId;
    const t = await startTestIngester(
      broker.brokers,
      writer,
      consumerOptions(topic, { parallelism: 1, batchLingerMs: 1, deadlockIntervalMs: 6_000 }),
    );
    broker.running.push(t);
    await expect.poll(() => t.fatal, { timeout: 60_000 }).toEqual(['partition 0 stuck']);
    expect(await t.metric('jaeger_ingester_deadlockdetector_close_signalled_total')).toBe(1);
    expect(await recordCount(broker.kafka, `${topic}-dlq`)).toBe(4);
    expect(await committed(`${topic}-group`, topic)).toBeLessThanOrEqual(0);
    t.ingester.consumer.abort();
  });
});
