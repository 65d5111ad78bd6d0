import { allInOneConfig } from '@spanstream/all-in-one';
import { fetchTrace, kafkaAdmin, sendTrace } from '@spanstream/e2e';
import { createSchema } from '@spanstream/storage-cassandra';
import { dropCassandraKeyspace, stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { elasticsearchUrl, freePort, uniqueName } from '@spanstream/testkit';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMS, REPO_ROOT } from '../src/topology/programs.ts';
import { allPids, isAlive, startUp, type UpProcess } from './up-process.ts';

// The build steps `up` runs first (web UI, collector bundle) can take a minute on a fresh clone: done
// here, under the hook timeout, so that the tests' polls time only the processes.
beforeAll(() => {
  for (const script of new Set(Object.values(PROGRAMS).flatMap((p) => p.prepare))) {
    const result = spawnSync(process.execPath, [script], { cwd: REPO_ROOT, stdio: 'inherit' });
    expect(result.status, script).toBe(0);
  }
});

const running: UpProcess[] = [];
afterEach(async () => {
  for (const up of running.splice(0)) {
    up.child.kill('SIGTERM');
    await up.exited;
  }
});

function up(yaml: string): UpProcess {
  const process = startUp(yaml);
  running.push(process);
  return process;
}

async function traceServed(otlpHttpPort: number, queryPort: number, service: string): Promise<void> {
  const sent = await sendTrace(otlpHttpPort, service);
  await expect
    .poll(async () => (await fetchTrace(queryPort, sent.traceId))?.spans.length ?? 0, {
      timeout: 30_000,
      interval: 250,
    })
    .toBe(sent.spans.length);
}

/** Polls the query's HTTP API until it answers; fails at once, with the log, if `up` has exited. */
async function queryAnswers(port: number, up: UpProcess): Promise<void> {
  await expect
    .poll(
      async () => {
        if (up.child.exitCode !== null) throw new Error(`spanstream up exited:\n${up.log()}`);
        return (await fetch(`http://127.0.0.1:${String(port)}/api/services`).catch(() => undefined))?.status;
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBe(200);
}

/** Collector receivers: OTLP/HTTP on `otlpHttp`, the rest ephemeral or off (tests run side by side). */
const collectorPorts = (otlpHttp: number, admin: number) => `
        admin.http.host-port: 127.0.0.1:${String(admin)}
        collector.otlp.http.host-port: 127.0.0.1:${String(otlpHttp)}
        collector.otlp.grpc.host-port: 127.0.0.1:0
        collector.grpc-server.host-port: 127.0.0.1:0
        collector.http-server.host-port: 127.0.0.1:0
        collector.zipkin.host-port: ''
        collector.sampling.http.host-port: 127.0.0.1:0`;
const queryPorts = (http: number) => `
        query.http-server.host-port: 127.0.0.1:${String(http)}
        query.grpc-server.host-port: 127.0.0.1:0`;

describe('spanstream up', () => {
  it('allInOne (memory): serves a trace end to end, restarts a crashed child, and leaves no child when killed with SIGKILL', async () => {
    const [otlp, query, admin] = [await freePort(), await freePort(), await freePort()];
    const aio = up(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-aio
spec:
  allInOne:
    options:${collectorPorts(otlp, admin)}${queryPorts(query)}
  storage:
    options:
      memory.max-traces: 1000
`);
    await queryAnswers(query, aio);
    await traceServed(otlp, query, uniqueName('cli-aio'));

    // A crash (SIGKILL) once it is up: restarted with a new PID, serving again.
    await expect
      .poll(() => aio.lines.some((l) => l.includes('all-in-one-0 is up')), { timeout: 30_000 })
      .toBe(true);
    const [first] = aio.started.get('all-in-one-0')!;
    process.kill(first!, 'SIGKILL');
    await expect.poll(() => aio.started.get('all-in-one-0')!.length, { timeout: 30_000 }).toBe(2);
    expect(aio.log()).toMatch(/all-in-one-0 exited \(signal SIGKILL\) after [\d.]+s; restarting in 1\.0s/);
    expect(isAlive(aio.started.get('all-in-one-0')![1]!)).toBe(true);
    await queryAnswers(query, aio);
    await traceServed(otlp, query, uniqueName('cli-aio-restarted'));

    // The supervisor killed outright: every child notices and exits.
    aio.child.kill('SIGKILL');
    await aio.exited;
    await expect.poll(() => allPids(aio).filter(isAlive), { timeout: 20_000, interval: 100 }).toEqual([]);
  });

  it('production (Elasticsearch): collector and query as separate processes serve a trace; SIGTERM stops them all', async () => {
    const [otlp, query, collectorAdmin, queryAdmin] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const prefix = uniqueName('cli-prod').toLowerCase();
    const prod = up(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-prod
spec:
  strategy: production
  collector:
    options:${collectorPorts(otlp, collectorAdmin)}
  query:
    options:${queryPorts(query)}
        admin.http.host-port: 127.0.0.1:${String(queryAdmin)}
  storage:
    type: elasticsearch
    options:
      es:
        server-urls: ${await elasticsearchUrl()}
        index-prefix: ${prefix}
        num-shards: 1
        num-replicas: 0
        bulk.flush-interval: 20ms
    esIndexCleaner:
      enabled: false
`);
    await queryAnswers(query, prod);
    await traceServed(otlp, query, uniqueName('cli-prod'));
    expect([...prod.started.keys()]).toEqual(['collector-0', 'query-0']);

    prod.child.kill('SIGTERM');
    expect(await prod.exited).toBe(0);
    expect(prod.log()).toContain('all processes stopped');
    expect(allPids(prod).filter(isAlive)).toEqual([]);
  });

  it('streaming (Kafka, 2 ingesters, Elasticsearch): a trace goes collector → topic → ingester → storage → query; Ctrl-C stops them all', async () => {
    const admin = await kafkaAdmin();
    try {
      const topic = await admin.createTopic(2);
      const [otlp, query, collectorAdmin, queryAdmin] = [
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
      ];
      const prefix = uniqueName('cli-stream').toLowerCase();
      const streaming = up(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-streaming
spec:
  strategy: streaming
  collector:
    options:${collectorPorts(otlp, collectorAdmin)}
        kafka.producer.brokers: ${topic.brokers}
        kafka.producer.topic: ${topic.topic}
  ingester:
    replicas: 2
    options:
      admin.http.host-port: 127.0.0.1:0
      kafka:
        consumer:
          brokers: ${topic.brokers}
          topic: ${topic.topic}
          group-id: ${topic.groupId}
          dlq-topic: ${topic.dlqTopic}
      ingester:
        deadlockInterval: 0
  query:
    options:${queryPorts(query)}
        admin.http.host-port: 127.0.0.1:${String(queryAdmin)}
  storage:
    type: elasticsearch
    options:
      es:
        server-urls: ${await elasticsearchUrl()}
        index-prefix: ${prefix}
        num-shards: 1
        num-replicas: 0
        bulk.flush-interval: 20ms
    esIndexCleaner:
      enabled: false
`);
      await queryAnswers(query, streaming);
      expect([...streaming.started.keys()]).toEqual(
        expect.arrayContaining(['collector-0', 'ingester-0', 'ingester-1', 'query-0']),
      );
      await traceServed(otlp, query, uniqueName('cli-stream'));
      // Ctrl-C.
      streaming.child.kill('SIGINT');
      expect(await streaming.exited).toBe(0);
      expect(streaming.log()).toContain('stopping (SIGINT)');
      expect(allPids(streaming).filter(isAlive)).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('stops everything and exits 1 when a process cannot start', async () => {
    const [otlp, query, admin] = [await freePort(), await freePort(), await freePort()];
    const broken = up(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-broken
spec:
  allInOne:
    options:${collectorPorts(otlp, admin)}${queryPorts(query)}
        query.ui-config: /nonexistent/ui.json
`);
    expect(await broken.exited).toBe(1);
    expect(broken.log()).toContain('all-in-one-0 exited during startup');
    expect(broken.log()).toContain('/nonexistent/ui.json');
    expect(allPids(broken).filter(isAlive)).toEqual([]);
  });

  // The all-in-one takes storage other than memory with issue 17's second deliverable (built on
  // another branch); until then it refuses `--span-storage.type=cassandra` and this test cannot run.
  const aioTakesCassandra = (allInOneConfig['span-storage.type'].choices ?? []).includes('cassandra');
  it.skipIf(!aioTakesCassandra)(
    'allInOne (Cassandra, prepared keyspace, cassandraCreateSchema off) serves a trace [skipped until the all-in-one accepts --span-storage.type=cassandra]',
    async () => {
      const options = await stackCassandraOptions('cli_aio');
      await createSchema(options);
      try {
        const [otlp, query, admin] = [await freePort(), await freePort(), await freePort()];
        const cassandra = up(`apiVersion: jaegertracing.io/v1
kind: Jaeger
metadata:
  name: cli-cassandra
spec:
  strategy: allInOne
  allInOne:
    options:${collectorPorts(otlp, admin)}${queryPorts(query)}
  storage:
    type: cassandra
    options:
      cassandra:
        servers: ${options.servers.join(',')}
        port: ${String(options.port)}
        local-dc: ${options.localDc}
        keyspace: ${options.keyspace}
    cassandraCreateSchema:
      enabled: false
`);
        await queryAnswers(query, cassandra);
        await traceServed(otlp, query, uniqueName('cli-cassandra'));
      } finally {
        await dropCassandraKeyspace(options);
      }
    },
  );
});
