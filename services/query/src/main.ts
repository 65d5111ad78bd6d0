import { adminConfig, loggingConfig, mergeSchemas } from '@spanstream/config';
import { metricsStorageConfig, openMetricsStore } from '@spanstream/metrics-store';
import { createOrExit, runMain } from '@spanstream/runtime';
import type { Service } from '@spanstream/runtime';
import { createSpanStores, storageConfig, STORE_TYPES } from '@spanstream/storage-factory';
import { queryConfig, queryOptionsFromConfig } from './config.ts';
import { liveTailOptionsFromConfig, queryLiveConfig } from './live/live-config.ts';
import { createLiveTail } from './live/live-tail.ts';
import { createQueryService } from './query-service.ts';

// `npm run query`: the query service alone (Jaeger's `jaeger-query`), admin on :16687. Memory is the
// default storage so that it starts anywhere; a standalone query over memory only sees what it holds
// itself, so point it at Elasticsearch/OpenSearch/Cassandra (SPAN_STORAGE_TYPE) to read the pipeline's data.
const schema = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:16687'),
  storageConfig(STORE_TYPES, 'memory'),
  queryConfig,
  metricsStorageConfig,
  queryLiveConfig,
);

await runMain({
  program: 'spanstream-query',
  name: 'spanstream-query',
  schema,
  async services({ values, logger, registry, health, configure, adminServer }) {
    const admin = adminServer();
    const options = configure(() => queryOptionsFromConfig(values));
    const live = liveTailOptionsFromConfig(values);
    const stores = await createOrExit(logger, 'storage', () =>
      createSpanStores(values, values['span-storage.type'], { registry }),
    );
    const metricsStore = openMetricsStore(values);
    const storage: Service = {
      name: 'storage',
      start: () => Promise.resolve(),
      stop: () => Promise.all([stores.close(), metricsStore.close()]).then(() => undefined),
    };
    const query = createQueryService({
      reader: stores.primary.reader,
      dependencies: stores.primary.dependencies,
      archive:
        stores.archive === undefined
          ? undefined
          : { reader: stores.archive.reader, writer: stores.archive.writer },
      metricsReader: metricsStore.reader,
      logger,
      registry,
      health,
      options,
      liveTail: live === undefined ? undefined : createLiveTail(live, { logger, registry }),
    });
    return [admin, storage, query];
  },
});
