import type { JobModule } from '../job.ts';
import { PARTITION_JOB, processDependencies, processPartition } from './flow.ts';
import {
  DEPENDENCIES_USAGE,
  dependenciesWorkerConfig,
  parseCliOptions,
  parseDependenciesOptions,
  workerOptions,
  type DependenciesOptions,
} from './options.ts';
import { runDependencies } from './run.ts';

export type { DependenciesOptions, DependenciesStorage } from './options.ts';
export { dependenciesCliConfig, dependenciesWorkerConfig } from './options.ts';
export type { PartitionCounts } from './derive.ts';
export { PARTITION_JOB } from './flow.ts';
export { dependenciesDocumentId } from './run.ts';

/**
 * Jaeger's spark-dependencies job: one UTC day's service → service call counts, derived trace by
 * trace and written where Jaeger's query service reads them (docs/dependencies-job.md).
 */
export const dependenciesJob: JobModule<DependenciesOptions> = {
  name: 'dependencies',
  cli: { usage: DEPENDENCIES_USAGE, parse: parseCliOptions },
  worker: { config: dependenciesWorkerConfig, fromConfig: workerOptions },
  parseOptions: parseDependenciesOptions,
  run: (options, context) => runDependencies(options, context),
  process: processDependencies,
  children: { [PARTITION_JOB]: processPartition },
};
