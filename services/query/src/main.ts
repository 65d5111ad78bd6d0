import {
  adminConfig,
  describeConfig,
  loadConfigOrExit,
  loggingConfig,
  mergeSchemas,
} from '@spanstream/config';
import {
  createAdminServer,
  createHealthState,
  createOrExit,
  createLogger,
  createMetricsRegistry,
  runServices,
  serverTlsFromValues,
} from '@spanstream/runtime';
import type { Service } from '@spanstream/runtime';
import { createSpanStores, storageConfig, STORE_TYPES } from '@spanstream/storage-factory';
import { queryConfig, queryOptionsFromConfig } from './config.ts';
import { createQueryService } from './query-service.ts';

// `npm run query`: the query service alone (Jaeger's `jaeger-query`), admin on :16687. Memory is the
// default storage so that it starts anywhere; a standalone query over memory only sees what it holds
// itself, so point it at Elasticsearch/OpenSearch/Cassandra (SPAN_STORAGE_TYPE) to read the pipeline's data.
const schema = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:16687'),
  storageConfig(STORE_TYPES, 'memory'),
  queryConfig,
);
const config = loadConfigOrExit(schema, { program: 'spanstream-query' });
const { values } = config;
const logger = createLogger({ level: values['log-level'], name: 'spanstream-query' });
logger.info({ config: describeConfig(schema, config) }, 'configuration');
const registry = createMetricsRegistry();
const health = createHealthState();

let options;
let adminTls;
try {
  adminTls = serverTlsFromValues(values, 'admin.http', logger);
  options = queryOptionsFromConfig(values);
} catch (error) {
  // A TLS flag that names no readable certificate: a startup error naming the flag, as config's.
  logger.fatal((error as Error).message);
  process.exit(2);
}
const stores = await createOrExit(logger, 'storage', () =>
  createSpanStores(values, values['span-storage.type'], { registry }),
);
const storage: Service = { name: 'storage', start: () => Promise.resolve(), stop: () => stores.close() };
const admin = createAdminServer({
  port: values['admin.http.host-port'].port,
  host: values['admin.http.host-port'].host,
  tls: adminTls,
  registry,
  health,
  logger,
});
const query = createQueryService({
  reader: stores.primary.reader,
  dependencies: stores.primary.dependencies,
  archive:
    stores.archive === undefined
      ? undefined
      : { reader: stores.archive.reader, writer: stores.archive.writer },
  logger,
  registry,
  health,
  options,
});
await runServices([admin, storage, query], { logger, health });
