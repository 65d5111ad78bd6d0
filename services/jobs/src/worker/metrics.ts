import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type RunOutcome = 'success' | 'failure' | 'skipped';

/** Per job (label `job`: the job's name, or a child job's name): runs, failures, duration, items. */
export interface JobsMetrics {
  observe(job: string, outcome: RunOutcome, durationMs: number, items?: number): void;
}

export function createJobsMetrics(registry: Registry): JobsMetrics {
  const runs = new Counter({
    name: 'spanstream_jobs_runs_total',
    help: 'Job runs by outcome (success, failure: an attempt failed, skipped: the job was already running)',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'spanstream_jobs_failures_total',
    help: 'Failed job attempts (each is retried with backoff until the attempts run out)',
    labelNames: ['job'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'spanstream_jobs_duration_seconds',
    help: 'Duration of job runs',
    labelNames: ['job'],
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [registry],
  });
  const items = new Counter({
    name: 'spanstream_jobs_items_total',
    help: 'Items affected by job runs (indices deleted, aliases changed, edges written)',
    labelNames: ['job'],
    registers: [registry],
  });
  const lastSuccess = new Gauge({
    name: 'spanstream_jobs_last_success_timestamp_seconds',
    help: 'When a run of the job last succeeded (Unix time)',
    labelNames: ['job'],
    registers: [registry],
  });
  return {
    observe(job, outcome, durationMs, count = 0) {
      runs.inc({ job, outcome });
      if (outcome === 'skipped') return;
      duration.observe({ job }, durationMs / 1000);
      if (outcome === 'failure') {
        failures.inc({ job });
        return;
      }
      items.inc({ job }, count);
      lastSuccess.set({ job }, Date.now() / 1000);
    },
  };
}
