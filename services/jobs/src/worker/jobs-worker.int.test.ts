import { defineSchema } from '@spanstream/config';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { redisUrl, uniqueName } from '@spanstream/testkit';
import { Queue, WaitingChildrenError } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobModule, JobResult } from '../job.ts';
import { createJobsWorker, type JobsWorker } from './jobs-worker.ts';
import { createJobsMetrics } from './metrics.ts';

interface Run {
  readonly id: string;
  readonly began: number;
  readonly ended: number;
}

/** A job that takes `durationMs` and records each run; fails its first `failures` attempts. */
function recordingJob(durationMs: number, failures = 0) {
  const runs: Run[] = [];
  let attempts = 0;
  const module: JobModule<{ readonly tag: string }> = {
    name: 'es-index-cleaner',
    cli: { usage: 'test', parse: () => ({ tag: 'cli' }) },
    worker: { config: defineSchema({}), fromConfig: () => ({ tag: 'scheduled' }) },
    parseOptions: (raw) => raw as { tag: string },
    run: () => Promise.reject(new Error('not in the CLI')),
    async process(options, context): Promise<JobResult> {
      const began = Date.now();
      if (attempts++ < failures) throw new Error(`planned failure ${attempts}`);
      await context.progress(50);
      await new Promise((resolve) => setTimeout(resolve, durationMs));
      runs.push({ id: context.job.id!, began, ended: Date.now() });
      return { items: 1, durationMs: Date.now() - began, tag: options.tag };
    },
  };
  return { module, runs };
}

describe('the jobs worker (BullMQ on the stack Redis)', () => {
  const workers: JobsWorker[] = [];
  const queues: Queue[] = [];

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    for (const queue of queues.splice(0)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  async function start(module: JobModule<unknown>, prefix: string, schedule: string, extra = {}) {
    const registry = createMetricsRegistry({ defaultMetrics: false });
    const worker = createJobsWorker({
      jobs: [{ module, enabled: true, schedule, configured: module.worker.fromConfig({}) }],
      logger: createLogger({ level: 'warn' }),
      metrics: createJobsMetrics(registry),
      options: {
        redisUrl: await redisUrl(),
        prefix,
        timezone: 'UTC',
        attempts: 3,
        backoffMs: 200,
        // Renewed every third of it; on a loaded CI machine a 1 s TTL expired between renewals (a
        // second run began while the first still ran), which is the TTL being too short, not the lock.
        lockTtlMs: 6_000,
        concurrency: 2,
        history: 100,
        ...extra,
      },
    });
    await worker.start();
    workers.push(worker);
    return { worker, registry };
  }

  it('runs a job once per tick, never twice at once, with two workers', async () => {
    const prefix = uniqueName('jobs');
    const { module, runs } = recordingJob(2_500);
    // Every second, a run lasting 2.5 s: ticks fall while a run is under way, on either worker.
    const one = await start(module, prefix, '* * * * * *');
    const two = await start(module, prefix, '* * * * * *');
    await expect.poll(() => runs.length, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(3);
    const status = await two.worker.status();
    await Promise.all([one.worker.stop(), two.worker.stop()]);

    const sorted = [...runs].sort((a, b) => a.began - b.began);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.began).toBeGreaterThanOrEqual(sorted[i - 1]!.ended);
    expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length);

    const metrics = (await one.registry.metrics()) + (await two.registry.metrics());
    const count = (outcome: string) =>
      [
        ...metrics.matchAll(
          new RegExp(
            `spanstream_jobs_runs_total\\{job="es-index-cleaner",outcome="${outcome}"\\} (\\d+)`,
            'g',
          ),
        ),
      ]
        .map((match) => Number(match[1]))
        .reduce((a, b) => a + b, 0);
    expect(count('success')).toBe(runs.length);
    expect(count('skipped')).toBeGreaterThan(0);

    const job = status.jobs[0]!;
    expect(job).toMatchObject({
      name: 'es-index-cleaner',
      enabled: true,
      schedule: '* * * * * *',
      timezone: 'UTC',
    });
    expect(Date.parse(job.next!)).toBeGreaterThan(Date.now() - 10_000);
    const completed = job.runs.filter(
      (run) => run.state === 'completed' && !('skipped' in (run.result as object)),
    );
    expect(completed[0]).toMatchObject({ progress: 50, result: { items: 1, tag: 'scheduled' } });

    // What Redis keeps: every run's result on its BullMQ job, one job per tick.
    const queue = new Queue('es-index-cleaner', { connection: { url: await redisUrl() }, prefix });
    queues.push(queue);
    const kept = await queue.getJobs(['completed'], 0, 1000);
    const ran = kept.filter((entry) => !('skipped' in (entry.returnvalue as object)));
    expect(ran.map((entry) => entry.id).sort()).toEqual(runs.map((run) => run.id).sort());
  });

  it('retries a failed run with backoff and keeps the result on the job', async () => {
    const prefix = uniqueName('jobs');
    const { module, runs } = recordingJob(10, 1);
    const { worker, registry } = await start(module, prefix, '*/30 * * * * *');
    const queue = new Queue('es-index-cleaner', { connection: { url: await redisUrl() }, prefix });
    queues.push(queue);
    // An on-demand run, as a scheduled one (same template).
    await queue.add(
      'es-index-cleaner',
      { tag: 'on-demand' },
      { attempts: 3, backoff: { type: 'exponential', delay: 200 } },
    );
    await expect.poll(() => runs.length, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    await expect
      .poll(async () => (await worker.status()).jobs[0]!.runs.find((run) => run.state === 'completed'), {
        timeout: 10_000,
      })
      .toMatchObject({ attempts: 2, result: { items: 1, tag: 'on-demand' } });
    const metrics = await registry.metrics();
    expect(metrics).toContain('spanstream_jobs_failures_total{job="es-index-cleaner"} 1');
    expect(metrics).toMatch(/spanstream_jobs_last_success_timestamp_seconds\{job="es-index-cleaner"\} \d/);
  });

  it('runs a flow: the parent fans out into child jobs by name and combines their values', async () => {
    const prefix = uniqueName('jobs');
    const entries: string[] = [];
    const module: JobModule<{ readonly parts: number }> = {
      name: 'es-rollover',
      cli: { usage: 'test', parse: () => ({ parts: 3 }) },
      worker: { config: defineSchema({}), fromConfig: () => ({ parts: 3 }) },
      parseOptions: (raw) => raw as { parts: number },
      run: () => Promise.reject(new Error('not in the CLI')),
      async process(options, { job, queue, token }): Promise<JobResult> {
        entries.push(job.id!);
        const values = await job.getChildrenValues<number>();
        if (Object.keys(values).length === 0) {
          await queue.addBulk(
            Array.from({ length: options.parts }, (_, part) => ({
              name: 'test-partition',
              data: { part },
              opts: { parent: { id: job.id!, queue: job.queueQualifiedName } },
            })),
          );
          if (await job.moveToWaitingChildren(token!)) throw new WaitingChildrenError();
        }
        const total = Object.values(await job.getChildrenValues<number>()).reduce((a, b) => a + b, 0);
        return { items: total, durationMs: 0 };
      },
      children: {
        'test-partition': (job) => Promise.resolve(((job.data as { part: number }).part + 1) * 10),
      },
    };
    const { worker, registry } = await start(module, prefix, '55 23 * * *');
    const queue = new Queue('es-rollover', { connection: { url: await redisUrl() }, prefix });
    queues.push(queue);
    const parent = await queue.add('es-rollover', { parts: 3 });
    await expect
      .poll(async () => (await queue.getJob(parent.id!))?.returnvalue as unknown, { timeout: 15_000 })
      .toEqual({ items: 60, durationMs: 0 });
    // Entered twice (fan out, then combine) under its own lock, which is free again afterwards.
    expect(entries).toEqual([parent.id, parent.id]);
    const redis = new Redis(await redisUrl());
    expect(await redis.exists(`${prefix}:es-rollover:run-lock`)).toBe(0);
    redis.disconnect();
    const metrics = await registry.metrics();
    expect(metrics).toContain('spanstream_jobs_runs_total{job="test-partition",outcome="success"} 3');
    expect(metrics).toContain('spanstream_jobs_items_total{job="es-rollover"} 60');
    const status = await worker.status();
    expect(status.jobs[0]!.runs.filter((run) => run.name === 'test-partition')).toHaveLength(3);
  });
});
