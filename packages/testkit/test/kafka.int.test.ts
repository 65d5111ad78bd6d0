import { Kafka, Partitioners, logLevel, type Consumer, type Producer } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { kafkaBrokers, uniqueName } from '../src/index.ts';

const messageCount = 1_000;

describe('Kafka (kafkajs)', () => {
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;

  afterAll(async () => {
    await producer?.disconnect();
    await consumer?.disconnect();
  });

  it(`produces and consumes ${messageCount} messages in a consumer group`, async () => {
    const kafka = new Kafka({
      clientId: 'spanstream-smoke',
      brokers: await kafkaBrokers(),
      logLevel: logLevel.WARN,
    });
    const topic = uniqueName('smoke');
    const admin = kafka.admin();
    await admin.connect();
    // waitForLeaders: producing right after creation otherwise meets "no leader for this topic-partition".
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();

    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const sent = Array.from({ length: messageCount }, (_, i) => ({
      key: `k${i % 10}`,
      value: `message-${i}`,
    }));
    for (let i = 0; i < sent.length; i += 250) {
      await producer.send({ topic, messages: sent.slice(i, i + 250) });
    }

    consumer = kafka.consumer({ groupId: uniqueName('smoke-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = new Set<string>();
    await consumer.run({
      eachMessage: ({ message }) => {
        received.add(message.value?.toString() ?? '');
        return Promise.resolve();
      },
    });
    await expect.poll(() => received.size, { timeout: 60_000, interval: 200 }).toBe(messageCount);
    expect(received.has('message-0')).toBe(true);
    expect(received.has(`message-${messageCount - 1}`)).toBe(true);
  });
});
