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
const allInOne = createAllInOne({ config: values, logger, registry, health, version: '0.1.0' });
const running = await runServices(allInOne.services, { logger, health });
if (running.started) logger.info({ ports: allInOne.ports() }, 'all-in-one ready');
