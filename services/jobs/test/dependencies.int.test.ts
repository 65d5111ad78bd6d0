import { fileURLToPath } from 'node:url';
import { createLogger } from '@spanstream/runtime';
import { deriveDependencies, millis, type DependencyLink, type Span } from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { createCassandraStore, type CassandraOptions } from '@spanstream/storage-cassandra';
import { dropCassandraKeyspace, stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { loadFixtureTraces } from '@spanstream/storage-conformance';
import { createElasticsearchStore, type EsFlavor } from '@spanstream/storage-elasticsearch';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import { redisUrl, startNodeProcess, uniqueName } from '@spanstream/testkit';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTITION_JOB, dependenciesJob, type DependenciesOptions } from '../src/dependencies/index.ts';
import type { JobResult, RunContext } from '../src/job.ts';
import { threeServiceLinks, threeServiceTraces } from './three-services.ts';

const QUERY_MAIN = fileURLToPath(new URL('../../query/src/main.ts', import.meta.url));
const DAY_MS = 86_400_000;
const TRACES = 300;
const logger = createLogger({ level: 'silent' });
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
/** Only the generated workload: the fixtures are shifted to yesterday and the day before. */
const generatedDay = today - 4 * DAY_MS;
const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface Backend {
  readonly name: string;
  readonly store: SpanStore;
  /** The CLI flags that reach this backend. */
  readonly flags: string[];
  /** Makes writes searchable (ES); nothing to do on Cassandra. */
  refresh(): Promise<void>;
  cleanup(): Promise<void>;
}

async function esBackend(flavor: EsFlavor): Promise<Backend> {
  const options = await stackEsOptions('deps', flavor);
  const store = await createElasticsearchStore(options);
  return {
    name: flavor,
    store,
    flags: [
      `--storage=${flavor}`,
      `--es.server-urls=${options.serverUrls[0]!}`,
      `--es.index-prefix=${options.indexPrefix}`,
      '--es.num-shards=1',
      '--es.num-replicas=0',
    ],
    refresh: () => store.refresh(),
    cleanup: async () => {
      await store.purge();
      await store.close();
    },
  };
}

async function cassandraBackend(): Promise<Backend> {
  const options: CassandraOptions = await stackCassandraOptions('deps');
  const store = await createCassandraStore(options);
  return {
    name: 'cassandra',
    store,
    flags: [
      '--storage=cassandra',
      `--cassandra.servers=${options.servers.join(',')}`,
      `--cassandra.port=${options.port}`,
      `--cassandra.keyspace=${options.keyspace}`,
      `--cassandra.local-dc=${options.localDc}`,
    ],
    refresh: () => Promise.resolve(),
    cleanup: async () => {
      await store.close();
      await dropCassandraKeyspace(options);
    },
  };
}

const context = (): RunContext => ({
  logger,
  signal: new AbortController().signal,
  progress: () => Promise.resolve(),
});

const plain = (links: readonly DependencyLink[]): DependencyLink[] =>
  links
    .map(({ parent, child, callCount }) => ({ parent, child, callCount }))
    .sort((a, b) => `${a.parent}\u0000${a.child}`.localeCompare(`${b.parent}\u0000${b.child}`));

describe.each([
  { name: 'elasticsearch', open: () => esBackend('elasticsearch') },
  { name: 'opensearch', open: () => esBackend('opensearch') },
  { name: 'cassandra', open: cassandraBackend },
])('dependencies job on $name', ({ open }) => {
  let backend: Backend;
  let fixtureDay: number;
  let fixtureSpans: Span[];
  const generated = threeServiceTraces(TRACES, generatedDay);

  beforeAll(async () => {
    backend = await open();
    const fixtures = [...loadFixtureTraces('jaeger-model').values()].flatMap((trace) => trace.spans);
    // The fixtures' busiest day (yesterday, after Jaeger's time shift).
    const days = new Map<number, Span[]>();
    for (const span of fixtures) {
      const day = Math.floor(span.startTime / 1000 / DAY_MS) * DAY_MS;
      days.set(day, [...(days.get(day) ?? []), span]);
    }
    [[fixtureDay, fixtureSpans]] = [...days].sort((a, b) => b[1].length - a[1].length) as [[number, Span[]]];
    for (let i = 0; i < generated.length; i += 500)
      await backend.store.writer.writeSpans(generated.slice(i, i + 500));
    await backend.store.writer.writeSpans(fixtures);
    await backend.refresh();
  });

  afterAll(async () => {
    await backend.cleanup();
  });

  const dependenciesOf = async (dayStart: number): Promise<DependencyLink[]> => {
    await backend.refresh();
    return plain(
      await backend.store.dependencies.getDependencies(millis(dayStart + DAY_MS - 1), millis(DAY_MS - 1)),
    );
  };

  const run = (date: string, ...flags: string[]): Promise<JobResult> =>
    dependenciesJob.run(
      dependenciesJob.cli.parse([...backend.flags, `--date=${date}`, ...flags], {}),
      context(),
    );

  it("derives the fixture traces' links with spark-dependencies' rule", async () => {
    const expected = plain(deriveDependencies(fixtureSpans, { rule: 'spark' }));
    expect(expected.length).toBeGreaterThan(0);
    const result = await run(dateOf(fixtureDay));
    expect(result).toMatchObject({ items: expected.length, spans: fixtureSpans.length });
    expect(await dependenciesOf(fixtureDay)).toEqual(expected);
  });

  it('derives the generated three-service day, and a second run replaces the first', async () => {
    const expected = threeServiceLinks(TRACES);
    const first = await run(dateOf(generatedDay), '--partitions=1');
    expect(first).toMatchObject({ items: expected.length, spans: generated.length, partitions: 1 });
    expect(await dependenciesOf(generatedDay)).toEqual(expected);

    // Seven partitions see every span once (the same total), and the day's document is replaced.
    const second = await run(dateOf(generatedDay), '--partitions=7', '--parallelism=3');
    expect(second).toMatchObject({ items: expected.length, spans: generated.length, partitions: 7 });
    expect(await dependenciesOf(generatedDay)).toEqual(expected);
  });

  it('two BullMQ workers share the partitions and give the result of one run', async () => {
    const url = await redisUrl();
    const prefix = uniqueName('deps');
    const name = 'jobs';
    const connections: Redis[] = [];
    const connection = (): Redis => {
      const redis = new Redis(url, { maxRetriesPerRequest: null });
      connections.push(redis);
      return redis;
    };
    const queue = new Queue(name, { connection: connection(), prefix });
    const events = new QueueEvents(name, { connection: connection(), prefix });
    const takenBy = new Map<string, number>();
    // A minimal stand-in for the jobs service's worker: the module's processors on a shared queue.
    const workers = [1, 2].map(
      (id) =>
        new Worker(
          name,
          async (job: Job, token?: string) => {
            const base = {
              logger,
              signal: new AbortController().signal,
              progress: (p: number | object) => job.updateProgress(p),
            };
            if (job.name === 'dependencies')
              return dependenciesJob.process(dependenciesJob.parseOptions(job.data), {
                ...base,
                job,
                queue,
                token,
              });
            takenBy.set(job.id!, id);
            return dependenciesJob.children![job.name]!(job, base);
          },
          { connection: connection(), prefix, concurrency: 1 },
        ),
    );
    try {
      await events.waitUntilReady();
      const options: DependenciesOptions = {
        ...dependenciesJob.cli.parse([...backend.flags, '--partitions=8'], {}),
        date: dateOf(generatedDay),
      };
      const job = await queue.add('dependencies', options);
      const result = (await job.waitUntilFinished(events, 90_000)) as JobResult;

      const expected = threeServiceLinks(TRACES);
      expect(result).toMatchObject({ items: expected.length, spans: generated.length, partitions: 8 });
      expect(await dependenciesOf(generatedDay)).toEqual(expected);
      const children = await queue.getJobs(['completed']);
      expect(children.filter((child) => child.name === PARTITION_JOB)).toHaveLength(8);
      expect(new Set(takenBy.values())).toEqual(new Set([1, 2]));
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
      await events.close();
      await queue.obliterate({ force: true });
      await queue.close();
      for (const redis of connections) redis.disconnect();
    }
  });

  it("shows in the query service's GET /api/dependencies", async () => {
    await run(dateOf(generatedDay));
    await backend.refresh();
    const storageFlags = backend.flags.filter((flag) => !flag.startsWith('--storage='));
    const query = startNodeProcess(QUERY_MAIN, {
      args: [
        `--span-storage.type=${backend.name}`,
        ...storageFlags,
        '--query.http-server.host-port=127.0.0.1:0',
        '--query.grpc-server.host-port=127.0.0.1:0',
        '--admin.http.host-port=127.0.0.1:0',
      ],
    });
    try {
      const listening = (): Record<string, unknown> | undefined =>
        query.logs.find((entry) => entry['msg'] === 'query service listening');
      await expect.poll(listening, { timeout: 30_000 }).toBeDefined();
      const params = new URLSearchParams({
        endTs: String(generatedDay + DAY_MS - 1),
        lookback: String(DAY_MS - 1),
      });
      const response = await fetch(
        `http://127.0.0.1:${String(listening()!['http'])}/api/dependencies?${params.toString()}`,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: DependencyLink[] };
      expect(plain(body.data)).toEqual(threeServiceLinks(TRACES));
    } finally {
      await query.stop();
    }
  });
});
