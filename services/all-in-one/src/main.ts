/**
 * `npm start`: Spanstream all-in-one. The only place that reads configuration and builds real clients.
 */
import { runMain } from '@spanstream/runtime';
import { createAllInOne } from './all-in-one.ts';
import { allInOneConfig } from './config.ts';

let announceReady = (): void => undefined;
const running = await runMain({
  program: 'spanstream-all-in-one',
  name: 'all-in-one',
  schema: allInOneConfig,
  services({ values, logger, registry, health }) {
    let allInOne;
    try {
      allInOne = createAllInOne({
        config: values,
        logger,
        registry,
        health,
        env: process.env,
      });
    } catch (error) {
      // A value the schema could not check alone (e.g. a --collector.tags entry): a startup error, as config's.
      process.stderr.write(`spanstream-all-in-one: ${(error as Error).message}\n`);
      process.exit(1);
    }
    const built = allInOne;
    announceReady = () => {
      logger.info({ ports: built.ports() }, 'all-in-one ready');
    };
    return allInOne.services;
  },
});
if (running.started) announceReady();
