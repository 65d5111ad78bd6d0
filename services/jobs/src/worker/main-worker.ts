import { runMain } from '@spanstream/runtime';
import type { JobModule } from '../job.ts';
import { PROGRAM } from '../cli/run-cli.ts';
import { workerSchema } from './config.ts';
import { createJobsWorker } from './jobs-worker.ts';
import { createJobsMetrics } from './metrics.ts';
import { scheduledJobs } from './schedules.ts';
import { renderStatusPage } from './status.ts';

/** `npm run jobs -- worker [flags]`: admin server (metrics, `/jobs`, `/jobs.json`), then the worker. */
export async function runWorker(
  modules: readonly JobModule<unknown>[],
  argv: readonly string[],
): Promise<void> {
  await runMain({
    program: `${PROGRAM} worker`,
    name: 'jobs-worker',
    schema: workerSchema(modules),
    argv,
    services({ values, logger, registry, configure, adminServer }) {
      const timezone = values['jobs.timezone'];
      const jobs = configure(() => scheduledJobs(modules, values, timezone));
      const worker = createJobsWorker({
        jobs,
        logger: logger.child({ component: 'jobs-worker' }),
        metrics: createJobsMetrics(registry),
        options: {
          redisUrl: values['redis.url'],
          prefix: values['jobs.queue-prefix'],
          timezone,
          attempts: values['jobs.attempts'],
          backoffMs: values['jobs.backoff'],
          lockTtlMs: values['jobs.lock-ttl'],
          concurrency: values['jobs.concurrency'],
          history: values['jobs.history'],
        },
      });
      const admin = adminServer({
        routes: {
          '/jobs.json': async () => ({
            contentType: 'application/json',
            body: JSON.stringify(await worker.status()),
          }),
          '/jobs': async () => ({
            contentType: 'text/html; charset=utf-8',
            body: renderStatusPage(await worker.status()),
          }),
        },
      });
      return [admin, worker];
    },
  });
}
