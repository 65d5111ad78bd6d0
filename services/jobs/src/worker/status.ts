import type { Job, JobType, Queue } from 'bullmq';
import type { ScheduledJob } from './schedules.ts';

export interface RunStatus {
  readonly id: string | undefined;
  readonly name: string;
  readonly state: string;
  readonly progress: unknown;
  readonly attempts: number;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly result?: unknown;
  readonly error?: string;
}

export interface JobStatus {
  readonly name: string;
  readonly enabled: boolean;
  readonly schedule: string;
  readonly timezone: string;
  /** The scheduler's next run (ISO time), when the job is enabled. */
  readonly next?: string;
  /** Newest first; child jobs of flows are listed under their parent's job too. */
  readonly runs: readonly RunStatus[];
}

export interface JobsStatus {
  readonly jobs: readonly JobStatus[];
}

const STATES: readonly JobType[] = [
  'active',
  'waiting-children',
  'waiting',
  'prioritized',
  'delayed',
  'completed',
  'failed',
];
const RECENT = 20;

const iso = (ms: number | undefined) =>
  ms === undefined || ms === 0 ? {} : { at: new Date(ms).toISOString() };

function runStatus(job: Job, state: string): RunStatus {
  const started = iso(job.processedOn).at;
  const finished = iso(job.finishedOn).at;
  return {
    id: job.id,
    name: job.name,
    state,
    progress: job.progress,
    attempts: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    ...(started !== undefined && { startedAt: started }),
    ...(finished !== undefined && { finishedAt: finished }),
    ...(job.returnvalue !== null && job.returnvalue !== undefined && { result: job.returnvalue as unknown }),
    ...(job.failedReason ? { error: job.failedReason } : {}),
  };
}

/** Read from Redis on each request: what every worker process of the queues did, not this one only. */
export async function jobsStatus(
  jobs: readonly ScheduledJob[],
  queueOf: (name: string) => Queue,
  options: { readonly timezone: string },
): Promise<JobsStatus> {
  const statuses = await Promise.all(
    jobs.map(async (entry): Promise<JobStatus> => {
      const queue = queueOf(entry.module.name);
      const runs: RunStatus[] = [];
      for (const state of STATES) {
        for (const job of await queue.getJobs([state], 0, RECENT - 1)) runs.push(runStatus(job, state));
      }
      runs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const scheduler = entry.enabled ? await queue.getJobScheduler(entry.module.name) : undefined;
      return {
        name: entry.module.name,
        enabled: entry.enabled,
        schedule: entry.schedule,
        timezone: options.timezone,
        ...(scheduler?.next !== undefined && { next: new Date(scheduler.next).toISOString() }),
        runs: runs.slice(0, RECENT),
      };
    }),
  );
  return { jobs: statuses };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const cell = (value: unknown) =>
  `<td>${escapeHtml(value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value))}</td>`;

/** `/jobs`: one static page (no script, no form: nothing on it can change a job). */
export function renderStatusPage(status: JobsStatus, now: Date = new Date()): string {
  const sections = status.jobs.map((job) => {
    const rows = job.runs.map(
      (run) =>
        `<tr class="${escapeHtml(run.state)}">${[
          run.id,
          run.name,
          run.state,
          run.progress,
          run.attempts,
          run.createdAt,
          run.startedAt,
          run.finishedAt,
          run.result,
          run.error,
        ]
          .map(cell)
          .join('')}</tr>`,
    );
    const next = job.next === undefined ? '' : `, next run ${escapeHtml(job.next)}`;
    return [
      `<h2>${escapeHtml(job.name)}</h2>`,
      `<p>${job.enabled ? 'enabled' : 'disabled'}, schedule <code>${escapeHtml(job.schedule)}</code> (${escapeHtml(job.timezone)})${next}</p>`,
      '<table><thead><tr><th>id</th><th>name</th><th>state</th><th>progress</th><th>attempts</th><th>created</th><th>started</th><th>finished</th><th>result</th><th>error</th></tr></thead>',
      `<tbody>${rows.join('') || '<tr><td colspan="10">no runs yet</td></tr>'}</tbody></table>`,
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Spanstream jobs</title>
<style>body{font-family:sans-serif;margin:1em 2em}table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}td:nth-child(9){max-width:40em;word-break:break-all}.failed td{background:#fdd}.active td{background:#def}</style>
</head><body><h1>Spanstream maintenance jobs</h1>
<p>Read-only; as of ${escapeHtml(now.toISOString())}. JSON: <a href="jobs.json">jobs.json</a>.</p>
${sections.join('\n')}
</body></html>
`;
}
