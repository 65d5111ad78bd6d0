import { adminConfig, loggingConfig, mergeSchemas, type ConfigValues } from '@spanstream/config';
import { kafkaProducerConfig } from '@spanstream/kafka';
import { storageConfig } from '@spanstream/storage-factory/config';
import { collectorOptionsConfig } from './config.ts';

/** Everything `npm run collector` reads: logging, admin, the writer choice and its Kafka producer, the collector. */
export const collectorConfig = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:14269'),
  // kafka = the streaming strategy; a database = Jaeger's production strategy (its `es.*`/`cassandra.*`
  // flags, `memory.max-traces`); memory for development and benches.
  storageConfig(['kafka', 'elasticsearch', 'opensearch', 'cassandra', 'memory'] as const, 'kafka'),
  collectorOptionsConfig,
  kafkaProducerConfig,
);

export type CollectorConfig = ConfigValues<typeof collectorConfig>;
