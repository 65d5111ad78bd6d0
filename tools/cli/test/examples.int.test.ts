/**
 * Every example of examples/operator (the seed's operator guide) end to end: `spanstream validate`
 * accepts the file as it is; `spanstream up` runs it on the stack's Kafka / Elasticsearch / Cassandra
 * with only listeners, index prefix, keyspace and topics moved (exampleUnderTest); a trace posted to the
 * collector is found through the query API; what the example adds (agent port, sampling, UI options,
 * jobs worker, debug logs, base path) is checked where `up` serves it; a signal stops every process.
 * `render` of the same files: examples.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  deploymentUnderTest,
  fetchTrace,
  roundTrip,
  sendAgentSpan,
  type DeploymentNeeds,
  type DeploymentUnderTest,
} from '@spanstream/e2e';
import { createSchema } from '@spanstream/storage-cassandra';
import { stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { redisUrl, uniqueName } from '@spanstream/testkit';
import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/topology/programs.ts';
import { EXAMPLES, exampleUnderTest } from './example-under-test.ts';
import {
  allPids,
  isAlive,
  queryAnswers,
  runPrepareSteps,
  startUp,
  stillUp,
  type UpProcess,
} from './up-process.ts';

interface Run {
  readonly up: UpProcess;
  readonly deployment: DeploymentUnderTest;
  /** The lines of one process of `up`'s combined log. */
  readonly linesOf: (name: string) => string[];
}

interface ExampleCase {
  readonly needs: DeploymentNeeds;
  /** The processes `up` starts for it (name of each). */
  readonly processes: readonly string[];
  /** `--query.base-path` of the example. */
  readonly basePath?: string;
  /** Cassandra keyspace made beforehand (cassandraCreateSchema.enabled: false). */
  readonly preparedKeyspace?: boolean;
  /** What the example adds beyond a trace served end to end. */
  readonly check?: (run: Run) => Promise<void>;
  /** Ctrl-C or a service manager's SIGTERM. */
  readonly stopWith?: NodeJS.Signals;
}

const ES: DeploymentNeeds = { storage: 'elasticsearch' };
const ALL_IN_ONE = ['all-in-one-0'];

const CASES: Readonly<Record<string, ExampleCase>> = {
  'simplest.yaml': { needs: {}, processes: ALL_IN_ONE },
  'all-in-one-with-options.yaml': {
    needs: {},
    processes: ALL_IN_ONE,
    basePath: '/jaeger',
    check: async ({ up, linesOf }) => {
      const started = up.lines.find((l) => l.includes('started all-in-one-0'))!;
      expect(started).toContain('--memory.max-traces=100000');
      expect(started).toContain('--log-level=debug');
      await expect.poll(() => linesOf('all-in-one-0').some((l) => l.includes('"level":"debug"'))).toBe(true);
    },
  },
  'production-elasticsearch.yaml': {
    needs: ES,
    processes: ['collector-0', 'collector-1', 'query-0', 'jobs-worker'],
    check: async ({ linesOf }) => {
      // The index cleaner is on by default with Elasticsearch (as in the operator): the worker schedules it.
      await expect
        .poll(() => scheduledJobs(linesOf('jobs-worker')), { timeout: 30_000 })
        .toEqual(['es-index-cleaner']);
    },
  },
  'streaming-kafka.yaml': {
    needs: { ...ES, kafka: { partitions: 2 } },
    processes: ['collector-0', 'ingester-0', 'ingester-1', 'query-0', 'jobs-worker', 'aggregator'],
    check: async ({ deployment }) => {
      // Collector → topic → ingester: the spans went through the topic.
      const { kafka, topic } = deployment;
      expect(await kafka!.endOffsetSum(topic!.topic)).toBeGreaterThan(0);
      await expect
        .poll(() => kafka!.committedSum(topic!.groupId, topic!.topic), { timeout: 30_000 })
        .toBeGreaterThan(0);
    },
    stopWith: 'SIGINT',
  },
  'cassandra-without-create-schema.yaml': {
    needs: { storage: 'cassandra' },
    processes: ALL_IN_ONE,
    preparedKeyspace: true,
    check: ({ up }) => {
      expect(up.lines.find((l) => l.includes('started all-in-one-0'))).toContain(
        '--cassandra.create-schema=false',
      );
      return Promise.resolve();
    },
  },
  'elasticsearch-jobs.yaml': {
    needs: ES,
    processes: ['collector-0', 'query-0', 'jobs-worker'],
    check: async ({ linesOf }) => {
      await expect
        .poll(() => scheduledJobs(linesOf('jobs-worker')), { timeout: 30_000 })
        .toEqual(['dependencies', 'es-index-cleaner', 'es-rollover']);
    },
  },
  'agent-as-daemonset.yaml': {
    needs: {},
    processes: ALL_IN_ONE,
    check: async ({ up, deployment }) => {
      // One machine is one node: the all-in-one's own agent listener stands for the DaemonSet's agent.
      expect(up.lines.join('\n')).toContain('not started: agent.strategy DaemonSet');
      const { agentCompactPort, queryPort } = deployment.listeners;
      const traceId = await sendAgentSpan(agentCompactPort, uniqueName('cli-agent'), 'via-agent');
      await expect
        .poll(async () => (await fetchTrace(queryPort, traceId))?.spans.map((s) => s.operationName), {
          timeout: 30_000,
          interval: 250,
        })
        .toEqual(['via-agent']);
    },
  },
  'ui-options.yaml': {
    needs: {},
    processes: ALL_IN_ONE,
    check: async ({ deployment }) => {
      const html = await (await fetch(`http://127.0.0.1:${String(deployment.listeners.queryPort)}/`)).text();
      const config = /JAEGER_CONFIG = (.*);/.exec(html)?.[1];
      expect(JSON.parse(config ?? 'null')).toMatchObject({
        dependencies: { menuEnabled: false },
        tracking: { gaID: 'UA-000000-2' },
        menu: [{ label: 'About Jaeger', items: [{ label: 'Documentation' }] }],
        linkPatterns: [{ type: 'logs', key: 'customer_id' }],
      });
    },
  },
  'sampling.yaml': {
    needs: {},
    processes: ALL_IN_ONE,
    check: async ({ deployment }) => {
      const port = String(deployment.listeners.samplingPort);
      const response = await fetch(`http://127.0.0.1:${port}/sampling?service=${uniqueName('any')}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        strategyType: 'PROBABILISTIC',
        probabilisticSampling: { samplingRate: 0.5 },
      });
    },
  },
  'finer-grained.yaml': {
    needs: ES,
    processes: ['collector-0', 'query-0', 'jobs-worker'],
    check: ({ up }) => {
      expect(up.lines.join('\n')).toContain('not started: storage.secretName jaeger-secret');
      return Promise.resolve();
    },
  },
};

/** The jobs the worker logged as scheduled, sorted. */
function scheduledJobs(lines: readonly string[]): string[] {
  return lines
    .filter((l) => l.includes('job scheduled'))
    .map((l) => (JSON.parse(l.slice(l.indexOf('{'))) as { job: string }).job)
    .sort();
}

/** Drops the jobs worker's queues and schedules (`<prefix>:*`) from the shared Redis. */
async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true });
  try {
    await redis.connect();
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
      keys.push(...(batch as string[]));
    }
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

beforeAll(runPrepareSteps, 300_000);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('examples/operator end to end', () => {
  it('covers every example', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))(
    '%s: validate passes, up serves a trace end to end, a signal stops it all',
    { timeout: 240_000 },
    async (file) => {
      const example = CASES[file]!;
      const validate = spawnSync(
        process.execPath,
        [join(REPO_ROOT, 'tools/cli/src/main.ts'), 'validate', '-f', join(EXAMPLES, file)],
        { encoding: 'utf8' },
      );
      expect(validate.status, validate.stderr).toBe(0);

      const deployment = await deploymentUnderTest(example.needs);
      cleanups.push(() => deployment.cleanup());
      if (example.preparedKeyspace === true) {
        const options = await stackCassandraOptions('unused');
        await createSchema({ ...options, keyspace: deployment.storage!.name });
      }
      const redis = { url: await redisUrl(), prefix: uniqueName('cli-example') };
      cleanups.push(() => deleteKeys(redis.url, redis.prefix));
      const up = startUp(await exampleUnderTest(file, deployment), {
        REDIS_URL: redis.url,
        JOBS_QUEUE_PREFIX: redis.prefix,
      });
      cleanups.push(async () => {
        if (up.child.exitCode === null) up.child.kill('SIGKILL');
        await up.exited;
      });
      const { otlpHttpPort, queryPort } = deployment.listeners;
      const basePath = example.basePath ?? '';
      await queryAnswers(up, queryPort, basePath);
      await roundTrip(
        { otlpHttpPort, queryPort, basePath, alive: stillUp(up) },
        uniqueName(file.replace('.yaml', '')),
      );
      await expect
        .poll(() => [...up.started.keys()].sort(), { timeout: 30_000 })
        .toEqual([...example.processes].sort());
      const linesOf = (name: string): string[] =>
        up.lines.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(l.indexOf('|') + 2));
      await example.check?.({ up, deployment, linesOf });

      up.child.kill(example.stopWith ?? 'SIGTERM');
      expect(await up.exited, up.log()).toBe(0);
      expect(up.log()).toContain('all processes stopped');
      expect(allPids(up).filter(isAlive)).toEqual([]);
    },
  );
});
