/**
 * `npm run ingester`: consumes `jaeger-spans` into storage. The only place that reads configuration
 * and builds real clients.
 */
import { createOrExit, runMain } from '@spanstream/runtime';
import { ingesterConfig } from './config.ts';
import { createIngester } from './ingester.ts';
import { ingesterOptionsFromConfig } from './options.ts';
import { createStorage } from './storage.ts';

await runMain({
  program: 'spanstream-ingester',
  name: 'ingester',
  schema: ingesterConfig,
  async services({ values, logger, registry, health, adminServer, stop }) {
    const admin = adminServer();
    const storage = await createOrExit(logger, 'storage', () => createStorage(values, registry));
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
        stop(reason, 1);
      },
    });
    const storageService = { name: 'storage', start: () => Promise.resolve(), stop: () => storage.close() };
    return [admin, storageService, ingester];
  },
});
