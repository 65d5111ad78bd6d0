/**
 * `npm run collector`: the standalone collector. The only place that reads configuration and builds
 * real clients; SIGTERM stops the receivers, drains the queue, then flushes and closes the writer.
 */
import { createOrExit, runMain } from '@spanstream/runtime';
import { createCollector } from './collector.ts';
import { collectorOptionsFromConfig } from './config.ts';
import { collectorConfig } from './main-config.ts';
import { createWriter } from './writer.ts';

await runMain({
  program: 'spanstream-collector',
  name: 'collector',
  schema: collectorConfig,
  async services({ values, logger, registry, health, configure, adminServer }) {
    const options = configure(() => collectorOptionsFromConfig(values, process.env));
    const admin = adminServer();
    const { sink, service: writerService } = await createOrExit(logger, 'span writer', () =>
      createWriter(values, logger, registry),
    );
    const collector = createCollector({ sink, logger, registry, health, options });
    // Start order admin → writer → collector; runServices stops in reverse.
    return [admin, writerService, collector];
  },
});
