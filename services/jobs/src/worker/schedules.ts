import type { JobModule } from '../job.ts';
import { checkSchedule, checkTimezone } from './config.ts';

/** One job as this worker runs it: its switches and the options built from the configuration. */
export interface ScheduledJob {
  readonly module: JobModule<unknown>;
  readonly enabled: boolean;
  readonly schedule: string;
  /** From the worker's flags (`module.worker.fromConfig`); undefined when the job is disabled. */
  readonly configured: unknown;
}

/**
 * Reads `--<name>.enabled`, `--<name>.schedule` and the module flags of every job; throws (a startup
 * error naming the flag and its value) on a bad cron pattern, time zone or module option. Disabled
 * jobs' options are not built: they may need a storage this worker is not configured for.
 */
export function scheduledJobs(
  modules: readonly JobModule<unknown>[],
  values: Readonly<Record<string, unknown>>,
  timezone: string,
): ScheduledJob[] {
  checkTimezone(timezone);
  return modules.map((module) => {
    const enabled = values[`${module.name}.enabled`] === true;
    const schedule = String(values[`${module.name}.schedule`]);
    checkSchedule(module.name, schedule, timezone);
    return { module, enabled, schedule, configured: enabled ? module.worker.fromConfig(values) : undefined };
  });
}
