import { uniqueName } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';
import { createTopic, protobufRecords, testSpan } from '@spanstream/kafka/test-helpers';
import { SwitchableWriter, consumerOptions, startTestIngester, useTestBroker } from '../test/harness.ts';

const broker = useTestBroker();
const { running } = broker;

describe('deadlock detector on a real broker', () => {
  it('leaves an idle topic alone for more than 3 intervals', async () => {
    const topic = uniqueName('deadlock-idle');
    await createTopic(broker.kafka, topic, 2);
    const writer = new SwitchableWriter();
    const spans = [testSpan(1), testSpan(2)];
    await broker.produce(topic, protobufRecords(spans));
    const t = await startTestIngester(
      broker.brokers,
      writer,
      consumerOptions(topic, { deadlockIntervalMs: 500 }),
    );
    running.push(t);
    await expect.poll(() => writer.stored.size, { timeout: 30_000 }).toBe(2);
    // Nothing arrives for 4 intervals: time must pass for the detector to have a chance to misfire.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(t.fatal).toEqual([]);
    expect(await t.metric('jaeger_ingester_deadlockdetector_close_signalled_total')).toBe(0);
    expect(await t.metric('jaeger_ingester_deadlockdetector_panic_issued_total')).toBe(0);
  });

  it('re-seeks a partition whose processing is blocked with lag, then asks the process to exit', async () => {
    const topic = uniqueName('deadlock-stuck');
    await createTopic(broker.kafka, topic, 1);
    const writer = new SwitchableWriter();
    writer.hangWhen = (span) => span.operationName.endsWith('/13');
    const spans = Array.from({ length: 30 }, (_, i) => testSpan(i));
    await broker.produce(topic, protobufRecords(spans));
    const t = await startTestIngester(
      broker.brokers,
      writer,
      consumerOptions(topic, { deadlockIntervalMs: 1_000, batchSize: 1, parallelism: 2 }),
    );
    running.push(t);
    await expect
      .poll(() => t.metric('jaeger_ingester_deadlockdetector_close_signalled_total', { partition: '0' }), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => t.fatal, { timeout: 30_000 }).toEqual(['partition 0 stuck']);
    expect(await t.metric('jaeger_ingester_deadlockdetector_panic_issued_total', { partition: '0' })).toBe(1);
    expect(writer.has(spans[13]!.spanId)).toBe(false);
    t.ingester.consumer.abort();
  });
});
