import { describe, expect, it } from 'vitest';
import { createGroupConsumer, type PartitionBatch } from './group-consumer.ts';
import type { KafkaClient } from './kafka-client.ts';

/** kafkajs below the layer: the consumer's config, its commits and resolved offsets; the test drives eachBatch. */
function fakeKafka() {
  const state = {
    config: {} as Record<string, unknown>,
    commits: [] as { topic: string; partition: number; offset: string }[][],
    resolved: [] as string[],
    eachBatch: undefined as ((payload: unknown) => Promise<void>) | undefined,
  };
  const consumer = {
    events: { GROUP_JOIN: 'join', REBALANCING: 'rebalancing', CRASH: 'crash' },
    on: () => undefined,
    run: (config: { eachBatch: (payload: unknown) => Promise<void> }) => {
      state.eachBatch = config.eachBatch;
      return Promise.resolve();
    },
    commitOffsets: (offsets: { topic: string; partition: number; offset: string }[]) => {
      state.commits.push(offsets);
      return Promise.resolve();
    },
  };
  const kafka = {
    consumer: (config: Record<string, unknown>) => {
      state.config = config;
      return consumer;
    },
    admin: () => ({}),
  } as unknown as KafkaClient;
  const deliver = (offsets: number[], stale = false) =>
    state.eachBatch!({
      batch: {
        partition: 2,
        highWatermark: '50',
        messages: offsets.map((o) => ({
          offset: String(o),
          key: null,
          value: Buffer.from('v'),
          headers: { h: [Buffer.from('first'), Buffer.from('second')] },
          timestamp: '1000',
        })),
        lastOffset: () => String(offsets.at(-1) ?? 0),
      },
      resolveOffset: (offset: string) => state.resolved.push(offset),
      heartbeat: () => Promise.resolve(),
      isRunning: () => true,
      isStale: () => stale,
    });
  return { kafka, state, deliver };
}

const options = {
  topic: 't',
  groupId: 'g',
  fromBeginning: true,
  fetchMaxBytes: 1000,
  fetchMaxBytesPerPartition: 500,
};

describe('createGroupConsumer', () => {
  it('configures the kafkajs consumer from our options and never creates the topic', () => {
    const { kafka, state } = fakeKafka();
    createGroupConsumer(kafka, { ...options, fetchMaxWaitMs: 250, sessionTimeoutMs: 9000 });
    expect(state.config).toEqual({
      groupId: 'g',
      maxBytes: 1000,
      maxBytesPerPartition: 500,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 250,
      sessionTimeout: 9000,
    });
  });

  it("after-handler mode: commits the batch's next offset once the handler resolved", async () => {
    const { kafka, state, deliver } = fakeKafka();
    const batches: PartitionBatch[] = [];
    let release!: () => void;
    await createGroupConsumer(kafka, options).run((batch) => {
      batches.push(batch);
      return new Promise((resolve) => (release = resolve));
    }, 'after-handler');
    const delivery = deliver([7, 8]);
    await Promise.resolve();
    expect(state.commits).toEqual([]);
    release();
    await delivery;
    expect(state.resolved).toEqual(['8']);
    expect(state.commits).toEqual([[{ topic: 't', partition: 2, offset: '9' }]]);
    expect(batches[0]).toMatchObject({ partition: 2, lastOffset: 8, highWatermark: 50 });
    expect(batches[0]!.messages[0]).toMatchObject({ topic: 't', partition: 2, offset: 7, timestamp: 1000 });
    expect(batches[0]!.messages[0]!.headers.h?.toString()).toBe('first');
  });

  it('manual mode: leaves fetch position and commits to the handler; skips stale and empty batches', async () => {
    const { kafka, state, deliver } = fakeKafka();
    const seen: number[] = [];
    await createGroupConsumer(kafka, options).run((batch) => {
      seen.push(batch.lastOffset);
      if (batch.lastOffset === 3) batch.markFetched();
      return Promise.resolve();
    }, 'manual');
    await deliver([1, 2]);
    await deliver([3]);
    await deliver([4], true);
    await deliver([]);
    expect(seen).toEqual([2, 3]);
    expect(state.resolved).toEqual(['3']);
    expect(state.commits).toEqual([]);
  });
});
