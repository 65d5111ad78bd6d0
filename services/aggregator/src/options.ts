import { kafkaClientOptionsFromConfig } from '@spanstream/kafka';
import type { AggregatorOptions } from './aggregator.ts';
import type { AggregatorConfig } from './config.ts';

export function aggregatorOptionsFromConfig(values: AggregatorConfig): AggregatorOptions {
  return {
    client: kafkaClientOptionsFromConfig(values, 'consumer'),
    topic: values['kafka.consumer.topic'],
    groupId: values['kafka.consumer.group-id'],
    fromBeginning: values['kafka.consumer.initial-offset'] === 'earliest',
    encoding: values['kafka.consumer.encoding'],
    fetchMaxBytesPerPartition: values['kafka.consumer.fetch-max-message-bytes'],
    sessionTimeoutMs: values['kafka.consumer.session-timeout'],
    heartbeatIntervalMs: values['kafka.consumer.heartbeat-interval'],
    rebalanceTimeoutMs: values['kafka.consumer.rebalance-timeout'],
    drainTimeoutMs: values['aggregator.drain-timeout'],
    prometheusRed: values['aggregator.prometheus-red'],
    window: {
      windowMs: values['aggregator.window'],
      graceMs: values['aggregator.window-grace'],
      join: {
        joinWaitMs: values['aggregator.join-wait'],
        maxEntries: values['aggregator.join-max-entries'],
      },
    },
  };
}
