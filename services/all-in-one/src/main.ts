/**
 * `npm start`: Spanstream all-in-one. The only place that reads configuration and builds real clients.
 */
import { describeConfig, loadConfigOrExit } from '@spanstream/config';
import { createHealthState, createLogger, createMetricsRegistry, runServices } from '@spanstream/runtime';
import { createAllInOne } from './all-in-one.ts';
import { allInOneConfig } from './config.ts';

const { values, sources } = loadConfigOrExit(allInOneConfig, { program: 'spanstream-all-in-one' });
const logger = createLogger({ level: values['log-level'], name: 'all-in-one' });
logger.info({ config: describeConfig(allInOneConfig, { values, sources }) }, 'configuration');

const registry = createMetricsRegistry();
const health = createHealthState();
let allInOne;
try {
  allInOne = createAllInOne({ config: values, logger, registry, health, version: '0.1.0', env: process.env });
} catch (error) {
  // A value the schema could not check alone (e.g. a --collector.tags entry): a startup error, as config's.
  process.stderr.write(`spanstream-all-in-one: ${(error as Error).message}\n`);
  process.exit(1);
}
const running = await runServices(allInOne.services, { logger, health });
if (running.started) logger.info({ ports: allInOne.ports() }, 'all-in-one ready');
