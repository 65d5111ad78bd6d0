import type { SpanConsumerOptions } from '../src/pipeline/span-consumer.ts';

/** Consumer options for tests and benches: group `<topic>-group`, DLQ `<topic>-dlq`, from the beginning, no deadlock detector, quick commits. */
export function consumerOptions(
  topic: string,
  overrides: Partial<SpanConsumerOptions> = {},
): SpanConsumerOptions {
  return {
    topic,
    groupId: `${topic}-group`,
    dlqTopic: `${topic}-dlq`,
    maxInflightBytes: 8 * 1024 * 1024,
    fetchMaxBytesPerPartition: 256 * 1024,
    deadlockIntervalMs: 0,
    fromBeginning: true,
    commitIntervalMs: 50,
    lagIntervalMs: 250,
    parallelism: 4,
    batchSize: 200,
    batchLingerMs: 20,
    backoff: { minDelayMs: 50, maxDelayMs: 500 },
    ...overrides,
  };
}
