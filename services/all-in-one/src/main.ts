/**
 * `npm start`: Spanstream all-in-one. The only place that reads configuration and builds real clients.
 */
import { agentTagsFromConfig } from '@spanstream/agent';
import { collectorOptionsFromConfig } from '@spanstream/collector';
import { queryOptionsFromConfig } from '@spanstream/query';
import { createOrExit, runMain } from '@spanstream/runtime';
import { createAllInOne } from './all-in-one.ts';
import { allInOneConfig } from './config.ts';
import { createAllInOneStorage } from './storage.ts';

let announceReady = (): void => undefined;
const running = await runMain({
  program: 'spanstream-all-in-one',
  name: 'all-in-one',
  schema: allInOneConfig,
  async services({ values, logger, registry, health, stop }) {
    // Values the schema could not check alone (a --collector.tags entry, the --query.ui-config file),
    // before connecting to any storage: a startup error, as config's.
    try {
      collectorOptionsFromConfig(values, process.env);
      agentTagsFromConfig(values['agent.tags'], process.env);
      queryOptionsFromConfig(values);
    } catch (error) {
      process.stderr.write(`spanstream-all-in-one: ${(error as Error).message}\n`);
      process.exit(1);
    }
    const storage = await createOrExit(logger, 'storage', () =>
      createAllInOneStorage(values, {
        logger,
        registry,
        health,
        onFatal: (reason) => {
          logger.fatal({ reason }, 'in-process ingester cannot continue, exiting');
          setTimeout(() => process.exit(1), 30_000).unref();
          stop(reason, 1);
        },
      }),
    );
    const allInOne = createAllInOne({ config: values, storage, logger, registry, health, env: process.env });
    announceReady = () => {
      logger.info({ ports: allInOne.ports() }, 'all-in-one ready');
    };
    return allInOne.services;
  },
});
if (running.started) announceReady();
