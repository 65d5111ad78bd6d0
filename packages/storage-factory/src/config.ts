import {
  defineSchema,
  mergeSchemas,
  opt,
  spanStorageConfig,
  type ConfigValues,
  type SpanStorageType,
} from '@spanstream/config';
// The schema-only entry points: a binary that only parses flags (the collector with `kafka`) does not
// load the database drivers.
import { cassandraConfig } from '@spanstream/storage-cassandra/config';
import { elasticsearchConfig } from '@spanstream/storage-elasticsearch/config';
import { sqliteConfig } from '@spanstream/storage-sqlite/config';

/**
 * The span stores this package builds; `kafka` is a writer only and lives in @spanstream/kafka.
 * `badger` builds the `sqlite` store (Jaeger's embedded store, by its name in Jaeger users' configs).
 */
export const STORE_TYPES = [
  'memory',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'sqlite',
  'badger',
] as const;
export type StoreType = (typeof STORE_TYPES)[number];

/** `--memory.max-traces`: the oldest trace is evicted beyond it (0 = unbounded). */
export const memoryConfig = defineSchema({
  'memory.max-traces': opt.int({
    help: 'most traces kept in memory; the oldest is evicted first (0 = unbounded)',
    default: 100_000,
    min: 0,
  }),
});

/** Jaeger's archive storage switches: `--es-archive.enabled`, `--cassandra-archive.enabled`. */
export const archiveConfig = defineSchema({
  'es-archive.enabled': opt.bool({
    help: 'use a second Elasticsearch/OpenSearch storage for archived traces',
    default: false,
  }),
  'cassandra-archive.enabled': opt.bool({
    help: 'use a second Cassandra storage for archived traces',
    default: false,
  }),
});

// Built once so every binary that merges them shares the very same option objects.
const backendsConfig = mergeSchemas(
  memoryConfig,
  archiveConfig,
  elasticsearchConfig('es'),
  elasticsearchConfig('es-archive'),
  cassandraConfig('cassandra'),
  cassandraConfig('cassandra-archive'),
  sqliteConfig,
);

/** The values `createSpanStores` reads: every backend's flags (the type is passed on its own). */
export type StorageValues = ConfigValues<typeof backendsConfig>;

/**
 * Everything needed to build the primary and archive stores: `--span-storage.type` (env
 * `SPAN_STORAGE_TYPE`) with the binary's own choices and default, and every backend's flags.
 */
export function storageConfig<const T extends readonly SpanStorageType[]>(types: T, defaultType: T[number]) {
  return mergeSchemas(spanStorageConfig(types, defaultType), backendsConfig);
}
