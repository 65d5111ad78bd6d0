import {
  adminConfig,
  defineSchema,
  loggingConfig,
  mergeSchemas,
  opt,
  portOffsetConfig,
  type ConfigValues,
} from '@spanstream/config';
import { agentTagsConfig, udpProcessorsConfig } from '@spanstream/agent';
import { collectorOptionsConfig } from '@spanstream/collector';
import { ingesterOptionsConfig } from '@spanstream/ingester';
import { kafkaConsumerConfig, kafkaProducerConfig } from '@spanstream/kafka';
import { queryConfig } from '@spanstream/query';
import { memoryConfig, storageConfig } from '@spanstream/storage-factory/config';

/** The stores the all-in-one can serve from itself (every store the factory builds). */
export const ALL_IN_ONE_STORE_TYPES = [
  'memory',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'sqlite',
  'badger',
] as const;

/**
 * `--ingester.span-storage.type` (env `INGESTER_SPAN_STORAGE_TYPE`): with `--span-storage.type=kafka`
 * the all-in-one runs collector → topic → ingester in one process, and this names the store the
 * ingester half writes and the query half reads.
 */
export const ingesterStorageConfig = defineSchema({
  'ingester.span-storage.type': opt.enum(ALL_IN_ONE_STORE_TYPES, {
    help: 'with span-storage.type=kafka: the storage the in-process ingester writes and the query service reads',
    default: 'memory',
  }),
});

export const allInOneConfig = mergeSchemas(
  loggingConfig,
  // Moves every listener below left at its default port (a second all-in-one on the same host).
  portOffsetConfig,
  adminConfig('127.0.0.1:14269'),
  storageConfig([...ALL_IN_ONE_STORE_TYPES, 'kafka'] as const, 'memory'),
  ingesterStorageConfig,
  collectorOptionsConfig,
  queryConfig,
  kafkaProducerConfig,
  kafkaConsumerConfig,
  ingesterOptionsConfig,
  // Jaeger's all-in-one also takes UDP Thrift from jaeger-clients (6831 compact, 6832 binary).
  udpProcessorsConfig,
  agentTagsConfig,
);

export type AllInOneConfig = ConfigValues<typeof allInOneConfig>;

export { memoryConfig };
