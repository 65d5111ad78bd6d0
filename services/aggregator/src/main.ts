/**
 * `npm run aggregator`: a consumer group on `jaeger-spans` writing dependencies (per window) to the span
 * storage and RED metrics to the metrics storage. The only place that reads configuration and builds
 * real clients.
 */
import { openMetricsStore } from '@spanstream/metrics-store';
import { createOrExit, runMain } from '@spanstream/runtime';
import { createSpanStores } from '@spanstream/storage-factory';
import { createAggregator } from './aggregator.ts';
import { aggregatorConfig } from './config.ts';
import { aggregatorOptionsFromConfig } from './options.ts';

await runMain({
  program: 'spanstream-aggregator',
  name: 'aggregator',
  schema: aggregatorConfig,
  async services({ values, logger, registry, health, adminServer, stop }) {
    const admin = adminServer();
    const stores = await createOrExit(logger, 'storage', () =>
      createSpanStores(values, values['span-storage.type'], { registry }),
    );
    const metricsStore = await openMetricsStore(values);
    if (stores.primary.dependencyWriter === undefined) {
      logger.info({}, 'the span storage derives dependencies itself (memory): writing RED metrics only');
    }
    const aggregator = createAggregator({
      dependencyWriter: stores.primary.dependencyWriter,
      redWriter: metricsStore.writer,
      logger: logger.child({ component: 'aggregator' }),
      registry,
      health,
      options: aggregatorOptionsFromConfig(values),
      onFatal: (reason) => {
        logger.fatal({ reason }, 'aggregator cannot continue, exiting');
        setTimeout(() => process.exit(1), 30_000).unref();
        stop(reason, 1);
      },
    });
    const storage = {
      name: 'storage',
      start: () => Promise.resolve(),
      stop: () => Promise.all([stores.close(), metricsStore.close()]).then(() => undefined),
    };
    return [admin, storage, aggregator];
  },
});
