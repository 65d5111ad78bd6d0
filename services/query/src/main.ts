import { openMetricsStore } from '@spanstream/metrics-store';
import { createOrExit, runMain } from '@spanstream/runtime';
import type { Service } from '@spanstream/runtime';
import { createSpanStores } from '@spanstream/storage-factory';
import { queryOptionsFromConfig } from './config.ts';
import { liveTailOptionsFromConfig } from './live/live-config.ts';
import { queryMainConfig } from './main-config.ts';
import { createLiveTail } from './live/live-tail.ts';
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
    const metricsStore = openMetricsStore(values);
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
      liveTail: live === undefined ? undefined : createLiveTail(live, { logger, registry }),
    });
    return [admin, storage, query];
  },
});
