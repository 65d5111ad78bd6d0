/**
 * `npm run ingester`: consumes `jaeger-spans` into storage. The only place that reads configuration
 * and builds real clients.
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
  type RunningServices,
} from '@spanstream/runtime';
import { ingesterConfig } from './config.ts';
import { createIngester } from './ingester.ts';
import { ingesterOptionsFromConfig } from './options.ts';
import { createStorage } from './storage.ts';

const { values, sources } = loadConfigOrExit(ingesterConfig, { program: 'spanstream-ingester' });
const logger = createLogger({ level: values['log-level'], name: 'ingester' });
logger.info({ config: describeConfig(ingesterConfig, { values, sources }) }, 'configuration');

const registry = createMetricsRegistry();
const health = createHealthState();
let adminTls;
try {
  adminTls = serverTlsFromValues(values, 'admin.http', logger);
} catch (error) {
  // A TLS flag that names no readable certificate: a startup error naming the flag, as config's.
  logger.fatal((error as Error).message);
  process.exit(2);
}
const storage = await createOrExit(logger, 'storage', () => createStorage(values, registry));
// Assigned once the services run; the fatal handler may fire before that.
// eslint-disable-next-line prefer-const -- read by onFatal, which is created before the assignment
let running: RunningServices | undefined;

const ingester = createIngester({
  writer: storage.writer,
  logger: logger.child({ component: 'ingester' }),
  registry,
  health,
  options: ingesterOptionsFromConfig(values),
  onFatal: (reason) => {
    logger.fatal({ reason }, 'ingester cannot continue, exiting');
    // Drain what can be drained, but exit non-zero even if a stuck write never returns.
    setTimeout(() => process.exit(1), 30_000).unref();
    if (running) void running.stop(reason, 1);
    else process.exit(1);
  },
});

const admin = createAdminServer({
  port: values['admin.http.host-port'].port,
  host: values['admin.http.host-port'].host,
  tls: adminTls,
  registry,
  health,
  logger,
});
const storageService = { name: 'storage', start: () => Promise.resolve(), stop: () => storage.close() };
running = await runServices([admin, storageService, ingester], { logger, health });
