import { micros, parseSpanId, parseTraceId, type Span } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
import {
  silentLogger,
  type DeadLetterSink,
  type DecodeOutcome,
  type IncomingMessage,
  type KafkaClient,
} from '@spanstream/kafka';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import { SpanConsumer, type SpanConsumerOptions } from './span-consumer.ts';

const TOPIC = 'jaeger-spans';

function span(n: number): Span {
  return {
    traceId: parseTraceId(n.toString(16))!,
    spanId: parseSpanId(n.toString(16))!,
    operationName: `op-${n}`,
    references: [],
    flags: 1,
    startTime: micros(1),
    duration: micros(1),
    tags: [],
    logs: [],
    process: { serviceName: 's', tags: [] },
    warnings: [],
  };
}

const decode = (m: IncomingMessage): DecodeOutcome => ({
  ok: true,
  spans: [span(m.offset + 1)],
  rejected: [],
});

/** kafkajs's eachBatch argument, as far as the fake fills it in. */
type FakeBatchPayload = Record<string, unknown>;

/**
 * Stands in for kafkajs below @spanstream/kafka's group consumer (so that layer runs too): records
 * commits, pauses, resumes and seeks; the test drives eachBatch.
 */
class FakeKafka {
  eachBatch!: (payload: FakeBatchPayload) => Promise<void>;
  readonly listeners = new Map<string, ((event: { payload: unknown }) => void)[]>();
  readonly commits: { partition: number; offset: string }[][] = [];
  readonly paused: number[] = [];
  readonly resumed: number[] = [];
  readonly seeks: { partition: number; offset: string }[] = [];
  committed = new Map<number, number>();
  rebalancing = false;

  consumerConfig: Record<string, unknown> = {};

  asKafka(): KafkaClient {
    const consumer = {
      events: { GROUP_JOIN: 'join', REBALANCING: 'rebalancing', CRASH: 'crash' },
      on: (name: string, fn: (event: { payload: unknown }) => void) => {
        this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
      },
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      subscribe: () => Promise.resolve(),
      stop: () => Promise.resolve(),
      run: (config: { eachBatch: (payload: FakeBatchPayload) => Promise<void> }) => {
        this.eachBatch = config.eachBatch;
        return Promise.resolve();
      },
      commitOffsets: (offsets: { partition: number; offset: string }[]) => {
        this.commits.push(offsets.map(({ partition, offset }) => ({ partition, offset })));
        for (const o of offsets) this.committed.set(o.partition, Number(o.offset));
        return Promise.resolve();
      },
      pause: (topics: { partitions?: number[] }[]) => this.paused.push(...(topics[0]?.partitions ?? [])),
      resume: (topics: { partitions: number[] }[]) => this.resumed.push(...(topics[0]?.partitions ?? [])),
      seek: (s: { partition: number; offset: string }) => this.seeks.push(s),
    };
    const admin = {
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      fetchTopicOffsets: () =>
        Promise.resolve([0, 1].map((partition) => ({ partition, high: '100', low: '0' }))),
      fetchOffsets: () =>
        Promise.resolve([
          {
            topic: TOPIC,
            partitions: [...this.committed].map(([partition, offset]) => ({
              partition,
              offset: String(offset),
            })),
          },
        ]),
    };
    const producer = { connect: () => Promise.resolve(), disconnect: () => Promise.resolve() };
    return {
      consumer: (config: Record<string, unknown>) => {
        this.consumerConfig = config;
        return consumer;
      },
      admin: () => admin,
      producer: () => producer,
    } as unknown as KafkaClient;
  }

  emit(name: string, payload: unknown): void {
    for (const fn of this.listeners.get(name) ?? []) fn({ payload });
  }

  /** Partitions paused now (pauses minus later resumes). */
  pausedNow(): Set<number> {
    const now = new Set<number>();
    let resumes = [...this.resumed];
    for (const p of this.paused) {
      const i = resumes.indexOf(p);
      if (i >= 0) resumes = resumes.filter((_, j) => j !== i);
      else now.add(p);
    }
    return now;
  }

  /** Delivers records `from..to` of a partition, each value `valueBytes` (100) bytes. */
  deliver(partition: number, from: number, to: number, valueBytes = 100): Promise<void> {
    const messages = [];
    for (let offset = from; offset <= to; offset++) {
      messages.push({
        offset: String(offset),
        key: null,
        value: Buffer.alloc(valueBytes),
        headers: {},
        timestamp: '0',
      });
    }
    const payload = {
      batch: { topic: TOPIC, partition, highWatermark: '100', messages, lastOffset: () => String(to) },
      resolveOffset: () => undefined,
      heartbeat: () =>
        this.rebalancing
          ? Promise.reject(Object.assign(new Error('rebalancing'), { type: 'REBALANCE_IN_PROGRESS' }))
          : Promise.resolve(),
      pause: () => () => undefined,
      isRunning: () => true,
      isStale: () => false,
    };
    return this.eachBatch(payload);
  }
}

class ControlledWriter implements SpanWriter {
  readonly pending: (() => void)[] = [];
  writeSpans(): Promise<void> {
    return new Promise((resolve) => this.pending.push(resolve));
  }
  releaseAll(): void {
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

const options: SpanConsumerOptions = {
  topic: TOPIC,
  groupId: 'g',
  dlqTopic: 'dlq',
  maxInflightBytes: 1000,
  fetchMaxBytesPerPartition: 1000,
  deadlockIntervalMs: 0,
  fromBeginning: true,
  commitIntervalMs: 10,
  lagIntervalMs: 60_000,
  parallelism: 4,
  batchSize: 2,
  batchLingerMs: 5,
  backoff: { minDelayMs: 10, maxDelayMs: 100 },
};

async function setup(overrides: Partial<SpanConsumerOptions> = {}, partitions = [0, 1]) {
  const fake = new FakeKafka();
  const writer = new ControlledWriter();
  const deadLetters: DeadLetterSink = { publish: () => Promise.resolve() };
  const consumer = new SpanConsumer({
    kafka: fake.asKafka(),
    writer,
    decode,
    metrics: new IngesterMetrics(new Registry()),
    logger: silentLogger,
    options: { ...options, ...overrides },
    onFatal: () => undefined,
    deadLetters,
  });
  await consumer.start();
  fake.emit('join', { memberAssignment: { [TOPIC]: partitions } });
  return { fake, writer, consumer };
}

describe('SpanConsumer (kafkajs glue, with a fake client)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('commits per partition only what is written, in order', async () => {
    const { fake, writer, consumer } = await setup();
    expect(consumer.isJoined()).toBe(true);
    await fake.deliver(0, 0, 3);
    await fake.deliver(1, 0, 1);
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.commits).toEqual([]);
    expect(writer.pending).toHaveLength(3);
    writer.pending[1]!(); // offsets 2-3 of partition 0
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.get(0)).toBeUndefined();
    writer.pending[0]!(); // offsets 0-1 of partition 0
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.get(0)).toBe(4);
    expect(fake.committed.has(1)).toBe(false);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.get(1)).toBe(2);
  });

  it('pauses every partition above the pause threshold and resumes once below the resume threshold', async () => {
    const { fake, writer, consumer } = await setup();
    await fake.deliver(0, 0, 9); // 10 × (100 + 64) bytes, × 8 held > 1000
    expect(fake.paused).toEqual([0, 1]);
    expect(consumer.heldBytes()).toBeGreaterThan(1000);
    await vi.advanceTimersByTimeAsync(10);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(10);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.resumed).toEqual([0, 1]);
    expect(fake.committed.get(0)).toBe(10);
  });

  it('holds a 2 MiB bound on held bytes while storage hangs, however many partitions deliver', async () => {
    const MiB = 1024 * 1024;
    const partitions = [0, 1, 2, 3, 4, 5];
    const { fake, consumer } = await setup(
      { maxInflightBytes: 2 * MiB, fetchMaxBytesPerPartition: MiB, batchSize: 50 },
      partitions,
    );
    const bound = consumer.memoryBound();
    expect(bound.fetchMaxBytes).toBeLessThan((2 * MiB) / 8);
    expect(bound.fetchMaxBytesPerPartition).toBe(bound.fetchMaxBytes);
    // kafkajs's loop: one fetch of the unpaused partitions (≤ maxBytesPerPartition each, ≤ maxBytes
    // in all), then every batch of that response is handed over, even after a pause.
    const RECORD = 430;
    const perBatch = Math.floor(bound.fetchMaxBytesPerPartition / RECORD);
    const next = new Map(partitions.map((p) => [p, 0]));
    let maxHeld = 0;
    for (let round = 0; round < 200; round++) {
      const paused = fake.pausedNow();
      const fetched = partitions.filter((p) => !paused.has(p));
      if (fetched.length === 0) break;
      let budget = bound.fetchMaxBytes;
      for (const p of fetched) {
        const count = Math.min(perBatch, Math.floor(budget / RECORD));
        if (count === 0) break;
        budget -= count * RECORD;
        const from = next.get(p)!;
        next.set(p, from + count);
        await fake.deliver(p, from, from + count - 1, RECORD);
        maxHeld = Math.max(maxHeld, consumer.heldBytes());
      }
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(fake.pausedNow()).toEqual(new Set(partitions));
    expect(maxHeld).toBeGreaterThan(bound.pauseAtHeldBytes);
    expect(maxHeld).toBeLessThanOrEqual(2 * MiB);
  });

  it('sizes fetches from the bound and has kafkajs re-check fully paused partitions within 250 ms', async () => {
    const { fake } = await setup({
      maxInflightBytes: 64 * 1024 * 1024,
      fetchMaxBytesPerPartition: 1024 * 1024,
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 3_000,
    });
    expect(fake.consumerConfig).toMatchObject({
      maxBytes: 1024 * 1024,
      maxBytesPerPartition: 1024 * 1024,
      maxWaitTimeInMs: 250,
      sessionTimeout: 10_000,
      heartbeatInterval: 3_000,
    });
  });

  it('starts a fresh tracker on redelivery instead of failing, and never commits past unwritten offsets', async () => {
    const { fake, writer } = await setup();
    await fake.deliver(0, 0, 1);
    await vi.advanceTimersByTimeAsync(10);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.get(0)).toBe(2);
    await fake.deliver(0, 2, 5);
    await fake.deliver(0, 2, 5); // kafkajs re-fetched from the committed offset
    await vi.advanceTimersByTimeAsync(20);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.get(0)).toBe(6);
  });

  it('stops committing partitions revoked by a rebalance', async () => {
    const { fake, writer } = await setup();
    await fake.deliver(1, 0, 1);
    fake.emit('join', { memberAssignment: { [TOPIC]: [0] } });
    await vi.advanceTimersByTimeAsync(10);
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.committed.has(1)).toBe(false);
  });

  it('when its heartbeat learns of a rebalance, drains in-flight writes and commits before rethrowing', async () => {
    const { fake, writer } = await setup();
    await fake.deliver(0, 0, 1);
    fake.rebalancing = true;
    let settled = false;
    const delivery = fake.deliver(1, 0, 1).catch((error: unknown) => {
      settled = true;
      return error;
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBe(false); // waiting for the writes
    writer.releaseAll();
    await vi.advanceTimersByTimeAsync(20);
    expect(await delivery).toMatchObject({ type: 'REBALANCE_IN_PROGRESS' });
    expect(fake.committed.get(0)).toBe(2);
  });
});
