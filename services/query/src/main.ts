import {
  adminConfig,
  describeConfig,
  loadConfigOrExit,
  loggingConfig,
  mergeSchemas,
  spanStorageConfig,
} from '@spanstream/config';
import {
  createAdminServer,
  createHealthState,
  createLogger,
  createMetricsRegistry,
  runServices,
} from '@spanstream/runtime';
import type { Service } from '@spanstream/runtime';
import { queryConfig, queryOptionsFromConfig } from './config.ts';
import { createQueryService } from './query-service.ts';
import { createStorage, memoryStorageConfig, QUERY_STORAGE_TYPES } from './storage.ts';

// `npm run query`: the query service alone (Jaeger's `jaeger-query`), admin on :16687.
const schema = mergeSchemas(
  loggingConfig,
  adminConfig(':16687'),
  spanStorageConfig(QUERY_STORAGE_TYPES, 'memory'),
  memoryStorageConfig,
  queryConfig,
);
const config = loadConfigOrExit(schema, { program: 'spanstream-query' });
const { values } = config;
const logger = createLogger({ level: values['log-level'], name: 'spanstream-query' });
logger.info({ config: describeConfig(schema, config) }, 'configuration');
const registry = createMetricsRegistry();
const health = createHealthState();

const storage = await createStorage({
  type: values['span-storage.type'],
  memoryMaxTraces: values['memory.max-traces'],
});
const storageService: Service = {
  name: 'storage',
  start: () => Promise.resolve(),
  stop: () => storage.close(),
};
const admin = createAdminServer({
  port: values['admin.http.host-port'].port,
  host: values['admin.http.host-port'].host,
  registry,
  health,
  logger,
});
const query = createQueryService({
  reader: storage.reader,
  dependencies: storage.dependencies,
  archive: storage.archive,
  logger,
  registry,
  health,
  options: queryOptionsFromConfig(values),
});
await runServices([admin, storageService, query], { logger, health });
