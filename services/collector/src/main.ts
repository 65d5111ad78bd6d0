/**
 * `npm run collector`: the standalone collector. The only place that reads configuration and builds
 * real clients; SIGTERM stops the receivers, drains the queue, then flushes and closes the writer.
 */
import { createOrExit, runMain } from '@spanstream/runtime';
import { createCollector } from './collector.ts';
import { collectorOptionsFromConfig } from './config.ts';
import { collectorConfig } from './main-config.ts';
import type { CollectorOptions } from './options.ts';
import { createWriter } from './writer.ts';

/**
 * Collectors sharing `--sampling.redis.*` share throughput, probabilities and the leader lease.
 * Imported only with adaptive sampling: the Redis client is not loaded otherwise (RSS, ADR 0110).
 */
async function adaptiveSamplingStore(options: CollectorOptions) {
  const { createRedisSamplingStore } = await import('./sampling/adaptive/redis-sampling-store.ts');
  const { calculationIntervalMs, aggregationBuckets, delayMs } = options.adaptive;
  return createRedisSamplingStore({
    ...options.samplingRedis,
    bucketTtlMs: (aggregationBuckets + 2) * calculationIntervalMs + delayMs,
  });
}

// Not awaited at the top level: the bundle's lazily imported chunks may import main.js back (a
// shared module's chunk), and a dynamic import of such a chunk would wait for main.js to finish
// evaluating while main.js awaited it (a deadlock: Node exits 13, "unsettled top-level await").
// A failure still ends the process: an unhandled rejection exits 1, as a rejected top-level await did.
void runMain({
  program: 'spanstream-collector',
  name: 'collector',
  schema: collectorConfig,
  async services({ values, logger, registry, health, configure, adminServer }) {
    const options = configure(() => collectorOptionsFromConfig(values, process.env));
    const admin = adminServer();
    const { sink, service: writerService } = await createOrExit(logger, 'span writer', () =>
      createWriter(values, logger, registry),
    );
    const samplingStore =
      options.samplingStrategiesType === 'adaptive' ? await adaptiveSamplingStore(options) : undefined;
    const collector = createCollector({
      sink,
      logger,
      registry,
      health,
      options,
      ...(samplingStore === undefined ? {} : { samplingStore }),
    });
    // Start order admin → writer → collector; runServices stops in reverse.
    return [admin, writerService, collector];
  },
});
