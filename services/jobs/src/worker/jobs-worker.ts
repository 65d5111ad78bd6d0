import type { Logger, Service } from '@spanstream/runtime';
import { Job, Queue, WaitingChildrenError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobResult, RunContext } from '../job.ts';
import type { JobsMetrics } from './metrics.ts';
import { acquireRunLock, type HeldLock } from './run-lock.ts';
import type { ScheduledJob } from './schedules.ts';
import { withoutSecrets, withSecrets } from './secrets.ts';
import { jobsStatus, type JobsStatus } from './status.ts';

export interface JobsWorkerOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly timezone: string;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly lockTtlMs: number;
  readonly concurrency: number;
  readonly history: number;
}

export interface JobsWorkerDeps {
  readonly jobs: readonly ScheduledJob[];
  readonly options: JobsWorkerOptions;
  readonly logger: Logger;
  readonly metrics: JobsMetrics;
}

export interface JobsWorker extends Service {
  /** Recent runs and next run time of every job, for `/jobs` and `/jobs.json`. */
  status(): Promise<JobsStatus>;
}

// States in which a run holding the lock is still under way (retries wait as `delayed`).
const UNFINISHED: readonly string[] = ['active', 'waiting', 'waiting-children', 'delayed', 'prioritized'];
// A run waiting for its children (or for a retry) keeps its lock this long; the state check above
// frees it earlier if that run is over.
const SUSPENDED_TTL_MS = 24 * 3_600_000;

/**
 * The BullMQ side of `npm run jobs -- worker`: one queue per job (named after it), a job scheduler
 * per enabled job (cron pattern, time zone), and a Worker per enabled job that runs the job's
 * `process` (under the run lock) and its child jobs by name (without it).
 */
export function createJobsWorker(deps: JobsWorkerDeps): JobsWorker {
  const { options, logger, metrics } = deps;
  // BullMQ's workers need `maxRetriesPerRequest: null`; commands wait while Redis is away.
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  // The connection, the queues and the workers all report a Redis outage: one warning per 10 s.
  let lastRedisError = 0;
  const warnRedis = (error: Error) => {
    if (Date.now() - lastRedisError < 10_000) return;
    lastRedisError = Date.now();
    logger.warn({ err: error }, `Redis at ${options.redisUrl} unreachable, retrying`);
  };
  redis.on('error', warnRedis);
  const queues = new Map<string, Queue>();
  const workers: Worker[] = [];
  const running = new Set<AbortController>();
  const queueOf = (name: string): Queue => {
    let queue = queues.get(name);
    if (queue === undefined) {
      queue = new Queue(name, { connection: redis, prefix: options.prefix });
      queue.on('error', warnRedis);
      queues.set(name, queue);
    }
    return queue;
  };

  async function runParent(entry: ScheduledJob, queue: Queue, job: Job, token: string | undefined) {
    const began = Date.now();
    const log = logger.child({ job: job.name, run: job.id });
    const lock = await acquireRunLock(
      {
        redis,
        key: `${options.prefix}:${queue.name}:run-lock`,
        ttlMs: options.lockTtlMs,
        isUnfinished: async (holder) => {
          const other = await Job.fromId(queue, holder);
          return other !== undefined && UNFINISHED.includes(await other.getState());
        },
        onLost: () => {
          log.warn('run lock lost (Redis unreachable longer than --jobs.lock-ttl?)');
        },
      },
      job.id ?? `${job.name}:${began}`,
    );
    if (lock === undefined) {
      log.info('already running elsewhere: this run is skipped');
      metrics.observe(job.name, 'skipped', 0);
      return { items: 0, durationMs: 0, skipped: 'already running' } satisfies JobResult;
    }
    const controller = new AbortController();
    running.add(controller);
    try {
      const options = entry.module.parseOptions(withSecrets(job.data, entry.configured));
      log.info({ attempt: job.attemptsMade + 1 }, 'run started');
      const result = await entry.module.process(options, {
        logger: log,
        signal: controller.signal,
        progress: (progress) => job.updateProgress(progress),
        job,
        queue,
        token,
      });
      await lock.release();
      metrics.observe(job.name, 'success', Date.now() - began, result.items);
      log.info({ result }, 'run finished');
      return result;
    } catch (error) {
      await settleLock(error, job, lock);
      if (!(error instanceof WaitingChildrenError)) {
        metrics.observe(job.name, 'failure', Date.now() - began);
        log.error({ err: error, attempt: job.attemptsMade + 1 }, 'run failed');
      }
      throw error;
    } finally {
      running.delete(controller);
    }
  }

  async function runChild(child: NonNullable<ScheduledJob['module']['children']>[string], job: Job) {
    const began = Date.now();
    const controller = new AbortController();
    running.add(controller);
    const context: RunContext = {
      logger: logger.child({ job: job.name, run: job.id }),
      signal: controller.signal,
      progress: (progress) => job.updateProgress(progress),
    };
    try {
      const result = await child(job, context);
      const items = (result as Partial<JobResult> | undefined)?.items;
      metrics.observe(job.name, 'success', Date.now() - began, typeof items === 'number' ? items : 0);
      return result;
    } catch (error) {
      metrics.observe(job.name, 'failure', Date.now() - began);
      throw error;
    } finally {
      running.delete(controller);
    }
  }

  async function schedule(entry: ScheduledJob): Promise<void> {
    const queue = queueOf(entry.module.name);
    if (!entry.enabled) {
      await queue.removeJobScheduler(entry.module.name);
      return;
    }
    await queue.upsertJobScheduler(
      entry.module.name,
      { pattern: entry.schedule, tz: options.timezone },
      {
        name: entry.module.name,
        data: withoutSecrets(entry.configured),
        opts: {
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          removeOnComplete: { count: options.history },
          removeOnFail: { count: options.history },
        },
      },
    );
    const worker = new Worker(
      entry.module.name,
      async (job: Job, token?: string) => {
        const child = entry.module.children?.[job.name];
        return child === undefined ? runParent(entry, queue, job, token) : runChild(child, job);
      },
      { connection: redis, prefix: options.prefix, concurrency: options.concurrency },
    );
    worker.on('error', warnRedis);
    workers.push(worker);
    logger.info({ job: entry.module.name, schedule: entry.schedule, tz: options.timezone }, 'job scheduled');
  }

  return {
    name: 'jobs-worker',
    async start() {
      for (const entry of deps.jobs) await schedule(entry);
    },
    async stop() {
      for (const controller of running) controller.abort(new Error('worker stopping'));
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      redis.disconnect();
    },
    status: () => jobsStatus(deps.jobs, queueOf, options),
  };
}

/**
 * After a failed or suspended attempt: a run waiting for its children or for a retry keeps the lock
 * (long TTL, freed early when that run turns out to be over); a run that failed for good releases it.
 */
async function settleLock(error: unknown, job: Job, lock: HeldLock) {
  const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  if (error instanceof WaitingChildrenError || !finalAttempt) {
    await lock.suspend(SUSPENDED_TTL_MS);
  } else {
    await lock.release();
  }
}
