import {
  kGetBootstrapConnection,
  kGetConnection,
  NetworkError,
  ResponseError,
  type Callback,
  type Connection,
} from '@platformatic/kafka';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTopic, readRecords, testKafka, withAdmin } from '../../test/helpers.ts';
import { jaegerPartition } from '../jaeger-partitioner.ts';
import { toPlatformaticOptions } from '../platformatic-options.ts';
import { createBatchSender } from '../record-sender.ts';
import { BatchProducer, type BatchProducerOptions } from './batch-producer.ts';
import type { BatchRecord } from './record-batch.ts';

let brokers: string[];
let kafka: Kafka;

beforeAll(async () => {
  brokers = await kafkaBrokers();
  kafka = testKafka(brokers);
});

const options = (topic: string, extra: Partial<BatchProducerOptions> = {}): BatchProducerOptions => ({
  topic,
  acks: -1,
  compression: 'none',
  idempotent: true,
  ...extra,
});

function records(from: number, count: number): BatchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: (0x5000 + from + i).toString(16).padStart(32, '0'),
    value: Buffer.from(`value ${from + i}`),
  }));
}

async function recordsInTopic(topic: string): Promise<number> {
  return withAdmin(kafka, async (admin) => {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  });
}

/** Every record of `topic` with its partition, read back with kafkajs. */
async function placed(topic: string, count: number): Promise<{ partition: number; message: KafkaMessage }[]> {
  const { readTopic } = await import('../topic-reader.ts');
  const out: { partition: number; message: KafkaMessage }[] = [];
  await readTopic(kafka, topic, {
    groupId: `${topic}-reader`,
    timeoutMs: 60_000,
    onTimeout: { resolve: true },
    onBatch: (partition, messages) => {
      for (const message of messages) out.push({ partition, message });
      return out.length >= count;
    },
  });
  return out;
}

/** Hands `callback` the connection with its `send` replaced by `send(connection)`. */
function withSend(
  callback: Callback<Connection>,
  send: (connection: Connection) => Connection['send'],
): Callback<Connection> {
  return (error, connection) => {
    if (error || connection === undefined) {
      callback(error, connection);
      return;
    }
    const wrapped = Object.create(connection) as Connection;
    wrapped.send = send(connection);
    callback(null, wrapped);
  };
}

/** The first Produce answer is lost after the broker appended the batch, as when a connection drops. */
class LosingFirstAnswer extends BatchProducer {
  lost = 0;

  override [kGetConnection](
    broker: Parameters<BatchProducer[typeof kGetConnection]>[0],
    callback: Callback<Connection>,
  ): void {
    super[kGetConnection](
      broker,
      withSend(
        callback,
        (connection) => (apiKey, apiVersion, payload, parser, requestTags, responseTags, done) => {
          connection.send(apiKey, apiVersion, payload, parser, requestTags, responseTags, (err, response) => {
            if (apiKey === 0 && !err && this.lost === 0) {
              this.lost++;
              done(new NetworkError('answer lost (test)'), undefined);
            } else done(err, response);
          });
        },
      ),
    );
  }
}

/** The broker answers the first Produce request with OUT_OF_ORDER_SEQUENCE_NUMBER (lost producer state) without appending it. */
class RefusingFirstSequence extends BatchProducer {
  refused = 0;
  initProducerIds = 0;

  override [kGetBootstrapConnection](callback: Callback<Connection>, attempt?: number): void {
    super[kGetBootstrapConnection](
      withSend(callback, (connection) => (apiKey, ...rest) => {
        if (apiKey === 22) this.initProducerIds++;
        connection.send(apiKey, ...rest);
      }),
      attempt,
    );
  }

  override [kGetConnection](
    broker: Parameters<BatchProducer[typeof kGetConnection]>[0],
    callback: Callback<Connection>,
  ): void {
    super[kGetConnection](
      broker,
      withSend(
        callback,
        (connection) => (apiKey, apiVersion, payload, parser, requestTags, responseTags, done) => {
          if (apiKey !== 0 || this.refused > 0) {
            connection.send(apiKey, apiVersion, payload, parser, requestTags, responseTags, done);
            return;
          }
          this.refused++;
          const response = {
            responses: [
              { name: 'any', partitionResponses: [{ index: 0, errorCode: 45, errorMessage: null }] },
            ],
          };
          done(
            new ResponseError(0, apiVersion, { '/responses/0/partition_responses/0': [45, null] }, response),
            undefined,
          );
        },
      ),
    );
  }
}

describe('BatchProducer on a real broker', () => {
  it('writes one batch per partition in one send: keys, values and Jaeger partitions as kafkajs reads them', async () => {
    const topic = uniqueName('batch-producer');
    await createTopic(kafka, topic, 6);
    const producer = new BatchProducer(
      toPlatformaticOptions({ brokers, clientId: 'batch-test' }),
      options(topic),
    );
    await producer.connect();
    const first = records(0, 300);
    const second = records(300, 200);
    await producer.send(first);
    await producer.send(second); // sequences continue per partition under the same producer id
    await producer.close();

    const read = await placed(topic, 500);
    expect(read).toHaveLength(500);
    const sent = new Map([...first, ...second].map((r) => [r.key as string, r.value!.toString()]));
    for (const { partition, message } of read) {
      const key = message.key!.toString();
      expect(message.value!.toString()).toBe(sent.get(key));
      expect(partition).toBe(jaegerPartition(key, 6));
    }
    expect(new Set(read.map((r) => r.message.key!.toString())).size).toBe(500);
    expect(new Set(read.map((r) => r.partition)).size).toBe(6);
  });

  it('sends a batch whose answer was lost again with the same sequence: the broker keeps it once', async () => {
    const topic = uniqueName('batch-producer-retry');
    await createTopic(kafka, topic, 3);
    const producer = new LosingFirstAnswer(
      toPlatformaticOptions({ brokers, clientId: 'batch-test' }),
      options(topic),
    );
    await producer.send(records(0, 90));
    await producer.send(records(90, 10));
    await producer.close();
    expect(producer.lost).toBe(1);
    expect(await recordsInTopic(topic)).toBe(100);
    const keys = (await readRecords(kafka, topic, 100)).map((m) => m.key!.toString());
    expect(new Set(keys).size).toBe(100);
  });

  it('without idempotence the same lost answer writes the batch twice (what the sequences prevent)', async () => {
    const topic = uniqueName('batch-producer-plain');
    await createTopic(kafka, topic, 1);
    const producer = new LosingFirstAnswer(
      toPlatformaticOptions({ brokers, clientId: 'batch-test' }),
      options(topic, { idempotent: false, acks: 1 }),
    );
    await producer.send(records(0, 10));
    await producer.close();
    expect(producer.lost).toBe(1);
    expect(await recordsInTopic(topic)).toBe(20);
  });

  it('takes a new producer id and sends the batch again, re-encoded, when the broker lost its sequences', async () => {
    const topic = uniqueName('batch-producer-reinit');
    await createTopic(kafka, topic, 1);
    const producer = new RefusingFirstSequence(
      toPlatformaticOptions({ brokers, clientId: 'batch-test' }),
      options(topic),
    );
    await producer.send(records(0, 30));
    await producer.send(records(30, 20)); // sequences go on under the new producer id
    await producer.close();
    expect(producer.refused).toBe(1);
    expect(producer.initProducerIds).toBe(2);
    expect(await recordsInTopic(topic)).toBe(50);
    const keys = (await readRecords(kafka, topic, 50)).map((m) => m.key!.toString());
    expect(keys).toEqual([...records(0, 30), ...records(30, 20)].map((r) => r.key));
  });

  it('creates the topic on first use and compresses batches (zstd) that kafkajs reads', async () => {
    const topic = uniqueName('batch-producer-auto');
    const producer = new BatchProducer(
      toPlatformaticOptions({ brokers, clientId: 'batch-test' }),
      options(topic, { compression: 'zstd' }),
    );
    await producer.connect();
    await producer.send(records(0, 40));
    await producer.close();
    const read = await readRecords(kafka, topic, 40);
    expect(read.map((m) => m.value!.toString()).sort()).toEqual(
      records(0, 40)
        .map((r) => r.value!.toString())
        .sort(),
    );
  });

  it('fails a send the broker refuses as too large with type MESSAGE_TOO_LARGE, and writes nothing of it', async () => {
    const topic = uniqueName('batch-producer-large');
    await withAdmin(kafka, (admin) =>
      admin.createTopics({
        topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '2000' }] }],
        waitForLeaders: true,
      }),
    );
    const sender = createBatchSender(
      { brokers, clientId: 'batch-test' },
      { topic, acks: -1, compression: 'none', idempotent: true },
    );
    await sender.connect();
    const big = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: Buffer.alloc(500, i) }));
    await expect(sender.send(big)).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
    // After the failure the producer starts from a new producer id; a batch that fits is written.
    expect(await sender.send(big.slice(0, 2))).toEqual([]);
    await sender.disconnect();
    expect(await recordsInTopic(topic)).toBe(2);
  });
});
