import { openMetricsStore } from '@spanstream/metrics-store';
import { createOrExit, runMain } from '@spanstream/runtime';
import type { Service } from '@spanstream/runtime';
import { createSpanStores } from '@spanstream/storage-factory';
import { queryOptionsFromConfig } from './config.ts';
import { liveTailOptionsFromConfig } from './live/live-config.ts';
import { queryMainConfig } from './main-config.ts';
import { createQueryService } from './query-service.ts';

const schema = queryMainConfig;

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
    const metricsStore = await openMetricsStore(values);
    // The live tail's Kafka consumer (and the Kafka clients) are loaded only when it is enabled.
    const liveTail =
      live === undefined
        ? undefined
        : (await import('./live/live-tail.ts')).createLiveTail(live, { logger, registry });
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
      liveTail,
    });
    return [admin, storage, query];
  },
});
