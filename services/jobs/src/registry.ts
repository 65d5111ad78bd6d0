import { dependenciesJob } from './dependencies/index.ts';
import { esIndexCleanerJob } from './es-index-cleaner/index.ts';
import { esRolloverJob } from './es-rollover/index.ts';
import type { JobModule } from './job.ts';

/**
 * Every job, in `--help` order. The CLI commands, the worker's processors (`process` and `children`),
 * its schedulers, `--<name>.enabled` / `--<name>.schedule` and module flags, the metrics and the status
 * page all come from this list: a new job is one import and one entry here.
 */
export const jobModules: readonly JobModule<unknown>[] = [esIndexCleanerJob, esRolloverJob, dependenciesJob];
