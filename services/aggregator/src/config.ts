import {
  adminConfig,
  defineSchema,
  loggingConfig,
  mergeSchemas,
  opt,
  type ConfigValues,
} from '@spanstream/config';
import { kafkaConsumerConfig } from '@spanstream/kafka';
import { metricsStorageConfig } from '@spanstream/metrics-store';
import { storageConfig } from '@spanstream/storage-factory';

/** `--aggregator.*`: windows, the parent/child join and its bound. */
export const aggregatorOptionsConfig = defineSchema({
  'aggregator.window': opt.duration({
    help: 'length of a dependency window: one document per partition and window is written to storage',
    default: '1m',
  }),
  'aggregator.window-grace': opt.duration({
    help: 'how long after its window ends an idle partition closes and writes the window',
    default: '5s',
  }),
  'aggregator.join-wait': opt.duration({
    help: 'how long (Kafka record time) a span waits for its parent or children: calls delivered further apart are not counted',
    default: '3m',
  }),
  'aggregator.join-max-entries': opt.int({
    help: 'bound on spans remembered plus children waiting, per process; the oldest are evicted first',
    default: 500_000,
    min: 1,
  }),
  'aggregator.prometheus-red': opt.bool({
    help: 'also export the RED metrics on /metrics under the spanmetrics connector names (traces_span_metrics_*)',
    default: false,
  }),
  'aggregator.drain-timeout': opt.duration({
    help: 'longest a shutdown waits to write the open windows',
    default: '20s',
  }),
});

/**
 * The ingester's consumer flags with the aggregator's own group and client id. (`dlq-topic` is accepted
 * but unused: the aggregator skips undecodable records and counts them; the ingester dead-letters them.)
 */
const aggregatorConsumerConfig = defineSchema({
  ...kafkaConsumerConfig,
  'kafka.consumer.group-id': opt.string({ help: 'consumer group', default: 'spanstream-aggregator' }),
  'kafka.consumer.client-id': opt.string({ help: 'Kafka client id', default: 'spanstream-aggregator' }),
});

export const aggregatorConfig = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:14273'),
  // `memory` is accepted for demos: the memory store derives dependencies from its own spans, so
  // there is nothing to write (RED metrics still go to the metrics storage).
  storageConfig(['cassandra', 'elasticsearch', 'opensearch', 'memory'] as const, 'cassandra'),
  aggregatorConsumerConfig,
  metricsStorageConfig,
  aggregatorOptionsConfig,
);

export type AggregatorConfig = ConfigValues<typeof aggregatorConfig>;
