import { createRedisMetricsWriter, type RedMetricsWriter } from '@spanstream/metrics-store';
import { silentLogger } from '@spanstream/kafka';
import { testKafka, testSpanWriter, createTopic } from '@spanstream/kafka/test-helpers';
import type { Span } from '@spanstream/model';
import type { Service } from '@spanstream/runtime';
import type { DependencyWriter } from '@spanstream/storage-api';
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { createAggregator } from '../src/aggregator.ts';
import type { WindowOptions } from '../src/window/partition-aggregator.ts';

export interface TestAggregator {
  readonly service: Service;
  readonly registry: Registry;
  metric(name: string, labels?: Record<string, string>): Promise<number>;
}

export function startTestAggregator(input: {
  brokers: string[];
  topic: string;
  groupId: string;
  dependencyWriter: DependencyWriter | undefined;
  redWriter?: RedMetricsWriter;
  window: WindowOptions;
}): TestAggregator {
  const registry = new Registry();
  const service = createAggregator({
    dependencyWriter: input.dependencyWriter,
    redWriter: input.redWriter,
    logger: silentLogger,
    registry,
    options: {
      client: { brokers: input.brokers, clientId: 'aggregator-test' },
      topic: input.topic,
      groupId: input.groupId,
      fromBeginning: true,
      encoding: 'otlp_proto',
      fetchMaxBytesPerPartition: 1024 * 1024,
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 3_000,
      drainTimeoutMs: 10_000,
      tickMs: 200,
      prometheusRed: true,
      window: input.window,
    },
    onFatal: (reason) => {
      throw new Error(reason);
    },
  });
  const metric = async (name: string, labels: Record<string, string> = {}) => {
    const values = (await registry.getSingleMetric(name)?.get())?.values ?? [];
    return values
      .filter((v) => Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l))
      .reduce((sum, v) => sum + v.value, 0);
  };
  return { service, registry, metric };
}

/** Writes spans to the topic as the collector does (OTLP protobuf records keyed by trace ID). */
export async function produceSpans(brokers: string[], topic: string, spans: readonly Span[]): Promise<void> {
  const writer = testSpanWriter(testKafka(brokers), topic, { encoding: 'otlp_proto' });
  await writer.start();
  try {
    for (let i = 0; i < spans.length; i += 500) await writer.writeSpans(spans.slice(i, i + 500));
  } finally {
    await writer.close();
  }
}

export async function newTopic(brokers: string[], topic: string, partitions: number): Promise<void> {
  await createTopic(testKafka(brokers), topic, partitions);
}

export function redisWriter(redis: Redis, keyPrefix: string): RedMetricsWriter {
  return createRedisMetricsWriter(redis, { keyPrefix, retentionMs: 3_600_000 });
}
