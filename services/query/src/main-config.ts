import { adminConfig, loggingConfig, mergeSchemas } from '@spanstream/config';
import { metricsStorageConfig } from '@spanstream/metrics-store';
import { storageConfig, STORE_TYPES } from '@spanstream/storage-factory';
import { queryConfig } from './config.ts';
import { queryLiveConfig } from './live/live-config.ts';

/**
 * Every flag of `npm run query` (Jaeger's `jaeger-query`), admin on :16687. Memory is the default
 * storage so that it starts anywhere; a standalone query over memory only sees what it holds itself,
 * so point it at Elasticsearch/OpenSearch/Cassandra (SPAN_STORAGE_TYPE) to read the pipeline's data.
 * Exported for the `spanstream` CLI, which checks a CR's `spec.query.options` against it.
 */
export const queryMainConfig = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:16687'),
  storageConfig(STORE_TYPES, 'memory'),
  queryConfig,
  metricsStorageConfig,
  queryLiveConfig,
);
