import type { ConfigValues } from '@spanstream/config';
import { DEFAULT_DLQ_TOPIC, kafkaClientOptionsFromConfig, type kafkaConsumerConfig } from '@spanstream/kafka';
import type { ingesterOptionsConfig } from './config.ts';
import type { IngesterOptions } from './ingester.ts';

/** Reads only the consumer's and the ingester's own flags (the all-in-one's Kafka mode passes its values too). */
export function ingesterOptionsFromConfig(
  values: ConfigValues<typeof kafkaConsumerConfig & typeof ingesterOptionsConfig>,
): IngesterOptions {
  return {
    client: kafkaClientOptionsFromConfig(values, 'consumer'),
    encoding: values['kafka.consumer.encoding'],
    drainTimeoutMs: values['ingester.drain-timeout'],
    startTimeWindow: {
      maxAgeMicros: values['ingester.span-start-time.max-age'] * 1000,
      maxFutureMicros: values['ingester.span-start-time.max-future'] * 1000,
    },
    consumer: {
      topic: values['kafka.consumer.topic'],
      groupId: values['kafka.consumer.group-id'],
      dlqTopic: values['kafka.consumer.dlq-topic'] || DEFAULT_DLQ_TOPIC,
      fromBeginning: values['kafka.consumer.initial-offset'] === 'earliest',
      fetchMaxBytesPerPartition: values['kafka.consumer.fetch-max-message-bytes'],
      sessionTimeoutMs: values['kafka.consumer.session-timeout'],
      heartbeatIntervalMs: values['kafka.consumer.heartbeat-interval'],
      rebalanceTimeoutMs: values['kafka.consumer.rebalance-timeout'],
      maxInflightBytes: values['ingester.max-inflight-bytes'],
      deadlockIntervalMs: values['ingester.deadlockInterval'],
      commitIntervalMs: values['ingester.commit-interval'],
      lagIntervalMs: 5_000,
      parallelism: values['ingester.parallelism'],
      batchSize: values['ingester.batch-size'],
      batchLingerMs: values['ingester.batch-linger'],
      backoff: {
        minDelayMs: values['ingester.retry.min-interval'],
        maxDelayMs: values['ingester.retry.max-interval'],
      },
    },
  };
}
