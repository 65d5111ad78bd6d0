/**
 * `npm run collector`: the standalone collector. The only place that reads configuration and builds
 * real clients; SIGTERM stops the receivers, drains the queue, then flushes and closes the writer.
 */
import { describeConfig, loadConfigOrExit } from '@spanstream/config';
import {
  createAdminServer,
  createHealthState,
  createOrExit,
  createLogger,
  createMetricsRegistry,
  runServices,
  serverTlsFromValues,
} from '@spanstream/runtime';
import { createCollector } from './collector.ts';
import { collectorOptionsFromConfig } from './config.ts';
import { collectorConfig } from './main-config.ts';
import { createWriter } from './writer.ts';

const { values, sources } = loadConfigOrExit(collectorConfig, { program: 'spanstream-collector' });
const logger = createLogger({ level: values['log-level'], name: 'collector' });
logger.info({ config: describeConfig(collectorConfig, { values, sources }) }, 'configuration');

let options;
let adminTls;
try {
  options = collectorOptionsFromConfig(values, process.env);
  adminTls = serverTlsFromValues(values, 'admin.http', logger);
} catch (error) {
  logger.fatal((error as Error).message);
  process.exit(2);
}

const registry = createMetricsRegistry();
const health = createHealthState();
const { sink, service: writerService } = await createOrExit(logger, 'span writer', () =>
  createWriter(values, logger, registry),
);
const collector = createCollector({ sink, logger, registry, health, options });
const admin = createAdminServer({
  port: values['admin.http.host-port'].port,
  host: values['admin.http.host-port'].host,
  tls: adminTls,
  registry,
  health,
  logger,
});
// Start order admin → writer → collector; runServices stops in reverse.
await runServices([admin, writerService, collector], { logger, health });
