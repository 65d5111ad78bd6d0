import { adminConfig, defineSchema, loggingConfig, mergeSchemas, opt, type Schema } from '@spanstream/config';
import { storageConfig } from '@spanstream/storage-factory';
import { CronExpressionParser } from 'cron-parser';
import type { JobModule } from '../job.ts';

/** The operator's default for every job (`schedule: "55 23 * * *"`). */
const DEFAULT_SCHEDULE = '55 23 * * *';

/** `--redis.url` and `--jobs.*`: the worker's own settings, shared by every job. */
const jobsWorkerConfig = defineSchema({
  'redis.url': opt.string({ help: 'Redis holding the BullMQ queues', default: 'redis://127.0.0.1:6379' }),
  'jobs.queue-prefix': opt.string({ help: 'prefix of every BullMQ key in Redis', default: 'spanstream' }),
  'jobs.timezone': opt.string({ help: 'time zone of the cron schedules (IANA name)', default: 'UTC' }),
  'jobs.attempts': opt.int({
    help: 'attempts of a failing run, with exponential backoff',
    default: 3,
    min: 1,
  }),
  'jobs.backoff': opt.duration({ help: 'delay before the first retry (doubled each time)', default: '30s' }),
  'jobs.lock-ttl': opt.duration({
    help: 'TTL of the run lock that keeps a job from running twice (renewed while it runs)',
    default: '60s',
  }),
  'jobs.concurrency': opt.int({
    help: 'jobs (and child jobs) one worker runs at once per queue',
    default: 1,
    min: 1,
  }),
  'jobs.history': opt.int({ help: 'finished runs kept per job (status page)', default: 50, min: 1 }),
});

/** `--<name>.enabled` and `--<name>.schedule` of one job (the operator's `enabled` and `schedule`). */
function jobSwitchesConfig(name: string): Schema {
  return defineSchema({
    [`${name}.enabled`]: opt.bool({ help: `run ${name} on its schedule`, default: false }),
    [`${name}.schedule`]: opt.string({
      help: `cron schedule of ${name} (5 fields, or 6 with seconds first)`,
      default: DEFAULT_SCHEDULE,
    }),
  });
}

/** Everything `npm run jobs -- worker` reads, derived from the job list. */
export function workerSchema(modules: readonly JobModule<unknown>[]) {
  return mergeSchemas(
    loggingConfig,
    adminConfig('127.0.0.1:14272'),
    storageConfig(['elasticsearch', 'opensearch', 'cassandra'] as const, 'elasticsearch'),
    jobsWorkerConfig,
    ...modules.flatMap((module) => [jobSwitchesConfig(module.name), module.worker.config]),
  ) as typeof loggingConfig & ReturnType<typeof adminConfig> & typeof jobsWorkerConfig & Schema;
}

/** Throws naming the flag and the value: a bad cron pattern or time zone is refused at start. */
export function checkSchedule(name: string, pattern: string, timezone: string): void {
  try {
    CronExpressionParser.parse(pattern, { tz: timezone, strict: false });
  } catch (error) {
    throw new Error(`--${name}.schedule: invalid cron "${pattern}" (${(error as Error).message})`);
  }
  const fields = pattern.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6)
    throw new Error(`--${name}.schedule: invalid cron "${pattern}" (expected 5 fields, or 6 with seconds)`);
}

/** Throws naming `--jobs.timezone` when it is not an IANA time zone. */
export function checkTimezone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw new Error(`--jobs.timezone: unknown time zone "${timezone}"`);
  }
}
