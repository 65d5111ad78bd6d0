import { createEsTransport, resolveEsOptions, type EsTransport } from '@spanstream/storage-elasticsearch';
import {
  elasticsearchUrl,
  freePort,
  redisUrl,
  startNodeProcess,
  uniqueName,
  waitUntilServing,
  type NodeProcess,
} from '@spanstream/testkit';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS_MAIN } from '../../test/cli.ts';
import type { JobsStatus } from './status.ts';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() - offset * DAY).toISOString().slice(0, 10);

describe('npm run jobs -- worker (two processes, real Elasticsearch and Redis)', () => {
  const prefix = uniqueName('wclean');
  const queuePrefix = uniqueName('jobs');
  const workers: NodeProcess[] = [];
  const ports: number[] = [];
  let es: EsTransport;

  beforeAll(async () => {
    const url = await elasticsearchUrl();
    es = createEsTransport(resolveEsOptions({ serverUrls: [url] }));
    for (const offset of [0, 3, 10, 12])
      await es.request({
        method: 'PUT',
        path: `/${prefix}-jaeger-span-${day(offset)}`,
        body: { settings: { number_of_shards: 1, number_of_replicas: 0 } },
      });
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      workers.push(
        startNodeProcess(JOBS_MAIN, {
          args: [
            'worker',
            `--admin.http.host-port=127.0.0.1:${port}`,
            `--redis.url=${await redisUrl()}`,
            `--jobs.queue-prefix=${queuePrefix}`,
            '--span-storage.type=elasticsearch',
            `--es.server-urls=${url}`,
            `--es.index-prefix=${prefix}`,
            '--es-index-cleaner.enabled',
            '--es-index-cleaner.schedule=*/2 * * * * *',
            '--es-index-cleaner.number-of-days=5',
            '--es-rollover.enabled',
            '--es-rollover.schedule=*/2 * * * * *',
            '--es.num-shards=1',
            '--es.num-replicas=0',
          ],
        }),
      );
    }
    await Promise.all(workers.map((worker, i) => waitUntilServing(worker, `http://127.0.0.1:${ports[i]!}/`)));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    const queue = new Queue('es-index-cleaner', {
      connection: { url: await redisUrl() },
      prefix: queuePrefix,
    });
    await queue.obliterate({ force: true });
    await queue.close();
    await es.request({ method: 'DELETE', path: `/${prefix}-*` }, [404]);
    for (const kind of ['span', 'service', 'dependencies', 'sampling'])
      await es.request({ method: 'DELETE', path: `/_index_template/${prefix}-spanstream-${kind}` }, [404]);
    await es.close();
  });

  const status = async (port: number) =>
    (await (await fetch(`http://127.0.0.1:${port}/jobs.json`)).json()) as JobsStatus;

  it('runs the cleaner and the rollover on their schedules, once per tick across both, and shows them on /jobs', async () => {
    await expect
      .poll(
        async () => (await status(ports[0]!)).jobs[0]!.runs.filter((run) => run.state === 'completed').length,
        {
          timeout: 30_000,
          interval: 500,
        },
      )
      .toBeGreaterThanOrEqual(3);
    const { jobs } = await status(ports[1]!);
    const cleaner = jobs.find((job) => job.name === 'es-index-cleaner')!;
    expect(cleaner).toMatchObject({ enabled: true, schedule: '*/2 * * * * *', timezone: 'UTC' });
    // es-rollover ran init (then rollover and lookback, with nothing to do yet) on its schedule.
    const rollover = jobs.find((job) => job.name === 'es-rollover')!;
    // A tick that fell while an earlier run was still going completes as `skipped: 'already running'`.
    const ran = rollover.runs.find(
      (run) =>
        run.state === 'completed' && (run.result as { skipped?: string } | undefined)?.skipped === undefined,
    );
    expect(ran?.result).toMatchObject({
      init: [],
      rollover: [],
      lookback: [],
    });
    const write = await es.request({ method: 'HEAD', path: `/_alias/${prefix}-jaeger-span-write` }, [404]);
    expect(write.statusCode).toBe(200);
    const completed = cleaner.runs.filter((run) => run.state === 'completed');
    // One BullMQ job per tick (its id names the tick), whichever process ran it.
    expect(new Set(completed.map((run) => run.id)).size).toBe(completed.length);
    const first = completed.at(-1)!;
    expect(first.result).toMatchObject({
      items: 2,
      indices: [`${prefix}-jaeger-span-${day(12)}`, `${prefix}-jaeger-span-${day(10)}`],
    });
    const remaining = await es.request<Record<string, unknown>>({ method: 'GET', path: `/${prefix}-*` });
    const dated = Object.keys(remaining.body).filter((name) => !/-\d{6}$/.test(name));
    expect(dated.sort()).toEqual(
      [`${prefix}-jaeger-span-${day(3)}`, `${prefix}-jaeger-span-${day(0)}`].sort(),
    );
    // The status page is read-only HTML.
    const page = await fetch(`http://127.0.0.1:${ports[0]!}/jobs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<h2>es-index-cleaner</h2>');
    expect(html).not.toMatch(/<form|<script/);
    // Either process may have taken the ticks: the two admin servers' metrics together show them.
    const metrics = (
      await Promise.all(ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()))
    ).join('\n');
    expect(metrics).toMatch(/spanstream_jobs_runs_total\{job="es-index-cleaner",outcome="success"\} \d+/);
  });
});

describe('npm run jobs -- worker refuses bad settings at start', () => {
  it.each([
    [
      ['--es-index-cleaner.schedule=61 * * * *'],
      '--es-index-cleaner.schedule: invalid cron \\"61 * * * *\\"',
    ],
    [
      ['--es-rollover.enabled', '--es-rollover.conditions={max_age'],
      '--es-rollover.conditions: invalid JSON',
    ],
  ])('%s', async (args, message) => {
    const port = await freePort();
    const worker = startNodeProcess(JOBS_MAIN, {
      args: [
        'worker',
        `--admin.http.host-port=127.0.0.1:${port}`,
        '--redis.url=redis://127.0.0.1:9',
        ...args,
      ],
    });
    expect(await worker.exited).toBe(2);
    expect(worker.stdout()).toContain(message);
  });
});
