import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@spanstream/testkit';
import jaegerClient from 'jaeger-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../src/agent.ts';
import {
  createMemoryStore,
  emitBatch,
  metric,
  sendDatagram,
  startAgent,
  startAllInOne,
  startCollector,
  testSpans,
} from './support.ts';
import { emitZipkinBatch, i64, type ThriftSpan } from './zipkin-thrift.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface UiTrace {
  spans: { operationName: string; processID: string }[];
  processes: Record<string, { serviceName: string; tags: { key: string; value: unknown }[] }>;
}

async function queryTraces(queryPort: number, service: string): Promise<UiTrace[]> {
  const response = await fetch(
    `http://127.0.0.1:${queryPort}/api/traces?service=${service}&lookback=1h&limit=100`,
  );
  return ((await response.json()) as { data: UiTrace[] | null }).data ?? [];
}

/** Reports two spans with a jaeger-client tracer whose UDP sender (Thrift binary) points at `port`. */
async function reportWithJaegerClient(service: string, port: number): Promise<void> {
  const tracer = jaegerClient.initTracer(
    {
      serviceName: service,
      sampler: { type: 'const', param: 1 },
      reporter: { agentHost: '127.0.0.1', agentPort: port, flushIntervalMs: 50 },
    },
    { tags: { 'deployment.zone': 'eu-1' } },
  );
  const parent = tracer.startSpan('charge');
  tracer.startSpan('db.query', { childOf: parent }).finish();
  parent.finish();
  await new Promise<void>((resolve) => {
    tracer.close(resolve);
  });
}

function processTags(trace: UiTrace): Record<string, unknown> {
  const process = Object.values(trace.processes)[0]!;
  return Object.fromEntries(process.tags.map((tag) => [tag.key, tag.value]));
}

async function agentToAllInOne(flags: string[] = []) {
  const allInOne = await startAllInOne();
  cleanups.push(allInOne.stop);
  const { agent, registry } = await startAgent(
    [`127.0.0.1:${allInOne.ports['collector.jaegerGrpc']}`],
    flags,
    {
      NODE_NAME: 'node-7',
    },
  );
  cleanups.push(() => agent.stop());
  return { allInOne, agent, registry };
}

describe('agent: UDP Thrift from jaeger-clients → collector gRPC → query', () => {
  it('forwards jaeger-client batches (6832, binary) and compact batches (6831) with their process tags and --agent.tags', async () => {
    const { allInOne, agent } = await agentToAllInOne(['--agent.tags=cluster=c1,node=${NODE_NAME:unknown}']);
    await reportWithJaegerClient('udp-binary', agent.ports['jaeger-binary']!);
    const process = {
      serviceName: 'udp-compact',
      tags: [{ key: 'hostname', type: 'string' as const, value: 'h1' }],
    };
    await sendDatagram(agent.ports['jaeger-compact']!, emitBatch(process, testSpans(0, 3), 'compact'));

    const query = allInOne.ports['query.http']!;
    await expect
      .poll(async () => (await queryTraces(query, 'udp-binary')).length, { timeout: 10_000 })
      .toBe(1);
    const [binary] = await queryTraces(query, 'udp-binary');
    expect(binary!.spans.map((s) => s.operationName).sort()).toEqual(['charge', 'db.query']);
    expect(processTags(binary!)).toMatchObject({ 'deployment.zone': 'eu-1', cluster: 'c1', node: 'node-7' });
    expect(processTags(binary!)['jaeger.version']).toMatch(/^Node-/);

    await expect
      .poll(async () => (await queryTraces(query, 'udp-compact')).length, { timeout: 10_000 })
      .toBe(3);
    for (const trace of await queryTraces(query, 'udp-compact'))
      expect(processTags(trace)).toEqual({ hostname: 'h1', cluster: 'c1', node: 'node-7' });
  });

  it('the all-in-one takes the same datagrams itself (6831 compact, 6832 binary), with its --agent.tags', async () => {
    const allInOne = await startAllInOne(['--agent.tags=cluster=aio']);
    cleanups.push(allInOne.stop);
    await reportWithJaegerClient('aio-binary', allInOne.ports['agent.jaeger-binary']!);
    await sendDatagram(
      allInOne.ports['agent.jaeger-compact']!,
      emitBatch({ serviceName: 'aio-compact', tags: [] }, testSpans(0, 2), 'compact'),
    );
    const query = allInOne.ports['query.http']!;
    await expect
      .poll(async () => (await queryTraces(query, 'aio-binary')).length, { timeout: 10_000 })
      .toBe(1);
    expect(processTags((await queryTraces(query, 'aio-binary'))[0]!)).toMatchObject({
      'deployment.zone': 'eu-1',
      cluster: 'aio',
    });
    await expect
      .poll(async () => (await queryTraces(query, 'aio-compact')).length, { timeout: 10_000 })
      .toBe(2);
    for (const trace of await queryTraces(query, 'aio-compact'))
      expect(processTags(trace)).toEqual({ cluster: 'aio' });
  });
});

/** A Zipkin-era client's RPC: the server span (sr/ss) of `service`, under a client parent. */
function zipkinServerSpan(service: string, n: number): ThriftSpan {
  const now = BigInt(Date.now()) * 1000n;
  const host = { ipv4: 0x7f000001, port: 8080, service_name: service };
  return {
    // A high half keeps these trace IDs apart from testSpans'.
    trace_id_high: i64(0xabcn),
    trace_id: i64(BigInt(n)),
    name: 'GET /cart',
    id: i64(BigInt(0x100 + n)),
    parent_id: i64(BigInt(0x200 + n)),
    annotations: [
      { timestamp: i64(now), value: 'sr', host },
      { timestamp: i64(now + 1500n), value: 'ss', host },
    ],
    binary_annotations: [
      { key: 'http.status_code', value: Buffer.from('200'), annotation_type: 'STRING', host },
      { key: 'jaegerClient', value: Buffer.from('Java-0.18'), annotation_type: 'STRING', host },
    ],
  };
}

describe('agent: emitZipkinBatch from Zipkin-era clients (5775)', () => {
  it('forwards Zipkin Thrift spans (compact on 5775, binary on 6832) to the collector, with --agent.tags', async () => {
    const { allInOne, agent, registry } = await agentToAllInOne(['--agent.tags=cluster=c1']);
    await sendDatagram(
      agent.ports['zipkin-compact']!,
      emitZipkinBatch([zipkinServerSpan('zipkin-cart', 1), zipkinServerSpan('zipkin-cart', 2)], 'compact'),
    );
    await sendDatagram(
      agent.ports['jaeger-binary']!,
      emitZipkinBatch([zipkinServerSpan('zipkin-cart', 3)], 'binary'),
    );
    const query = allInOne.ports['query.http']!;
    await expect
      .poll(async () => (await queryTraces(query, 'zipkin-cart')).length, { timeout: 10_000 })
      .toBe(3);
    // The query service's IP adjuster shows the int64 `ip` tag as Jaeger's does: dotted.
    for (const trace of await queryTraces(query, 'zipkin-cart')) {
      expect(trace.spans.map((s) => s.operationName)).toEqual(['GET /cart']);
      expect(processTags(trace)).toEqual({ 'jaeger.version': 'Java-0.18', ip: '127.0.0.1', cluster: 'c1' });
    }
    expect(await metric(registry, 'jaeger_agent_reporter_spans_submitted_total', { format: 'zipkin' })).toBe(
      3,
    );
    expect(
      await metric(registry, 'jaeger_agent_thrift_udp_server_packets_processed_total', { model: 'zipkin' }),
    ).toBe(1);
    expect(await metric(registry, 'jaeger_agent_thrift_udp_t_processor_handler_errors_total')).toBe(0);
  });

  it('the all-in-one takes them on 5775 itself', async () => {
    const allInOne = await startAllInOne();
    cleanups.push(allInOne.stop);
    await sendDatagram(
      allInOne.ports['agent.zipkin-compact']!,
      emitZipkinBatch([zipkinServerSpan('aio-zipkin', 4)], 'compact'),
    );
    const query = allInOne.ports['query.http']!;
    await expect
      .poll(async () => (await queryTraces(query, 'aio-zipkin')).length, { timeout: 10_000 })
      .toBe(1);
    const [trace] = await queryTraces(query, 'aio-zipkin');
    expect(processTags(trace!)).toEqual({ 'jaeger.version': 'Java-0.18', ip: '127.0.0.1' });
  });
});

/** jaeger-client's RemoteSampler is missing from its typings; this is the part the test uses. */
type RemoteSamplerClass = new (
  service: string,
  options: {
    host: string;
    port: number;
    refreshInterval: number;
    onSamplerUpdate: (sampler: unknown) => void;
  },
) => { close(callback: () => void): void };

function remoteSamplerUpdate(port: number, service: string): Promise<string> {
  const { RemoteSampler } = jaegerClient as unknown as { RemoteSampler: RemoteSamplerClass };
  return new Promise((resolve) => {
    const sampler = new RemoteSampler(service, {
      host: '127.0.0.1',
      port,
      refreshInterval: 20,
      onSamplerUpdate: (next) => {
        sampler.close(() => undefined);
        resolve(String(next));
      },
    });
  });
}

describe('agent: sampling strategies on 5778', () => {
  it("serves the collector's file strategy to jaeger-client's RemoteSampler, and the cached one with the collector stopped", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agent-sampling-'));
    const file = join(dir, 'strategies.json');
    await writeFile(
      file,
      JSON.stringify({
        default_strategy: { type: 'probabilistic', param: 50 },
        service_strategies: [{ service: 'checkout', type: 'ratelimiting', param: 7 }],
      }),
    );
    const port = await freePort();
    const collector = await startCollector(createMemoryStore(), port, { samplingStrategiesFile: file });
    const { agent, registry } = await startAgent([`127.0.0.1:${port}`]);
    cleanups.push(() => agent.stop());
    const http = agent.ports.http!;
    expect(await remoteSamplerUpdate(http, 'checkout')).toMatch(
      /RateLimitingSampler\(maxTracesPerSecond=7\)/,
    );
    const probabilistic = await fetch(`http://127.0.0.1:${http}/sampling?service=web`);
    expect(await probabilistic.json()).toEqual({
      strategyType: 'PROBABILISTIC',
      probabilisticSampling: { samplingRate: 0.5 },
    });
    const legacy = await fetch(`http://127.0.0.1:${http}/?service=checkout`);
    expect(await legacy.json()).toEqual({ strategyType: 1, rateLimitingSampling: { maxTracesPerSecond: 7 } });
    expect(await (await fetch(`http://127.0.0.1:${http}/baggageRestrictions?service=web`)).json()).toEqual(
      [],
    );

    await collector.stop();
    expect(await remoteSamplerUpdate(http, 'checkout')).toMatch(
      /RateLimitingSampler\(maxTracesPerSecond=7\)/,
    );
    expect(
      await metric(registry, 'jaeger_agent_collector_proxy_total', { result: 'cached' }),
    ).toBeGreaterThan(0);
    const unknown = await fetch(`http://127.0.0.1:${http}/sampling?service=never-seen`);
    expect(unknown.status).toBe(500);
    expect((await fetch(`http://127.0.0.1:${http}/sampling`)).status).toBe(400);
  });
});

describe('agent: adaptive strategies on 5778', () => {
  it("proxies the collector's adaptive per-operation strategy", async () => {
    const port = await freePort();
    const collector = await startCollector(createMemoryStore(), port, { samplingStrategiesType: 'adaptive' });
    cleanups.push(() => collector.stop());
    const { agent } = await startAgent([`127.0.0.1:${port}`]);
    cleanups.push(() => agent.stop());
    const response = await fetch(`http://127.0.0.1:${agent.ports.http!}/sampling?service=new-service`);
    expect(await response.json()).toEqual({
      strategyType: 'PROBABILISTIC',
      operationSampling: {
        defaultSamplingProbability: 0.001,
        defaultLowerBoundTracesPerSecond: 1 / 60,
        perOperationStrategies: [],
        defaultUpperBoundTracesPerSecond: 0,
      },
    });
    // jaeger-client's RemoteSampler takes it as its per-operation (adaptive) sampler.
    expect(await remoteSamplerUpdate(agent.ports.http!, 'new-service')).toMatch(/PerOperationSampler/);
  });
});

const OUTAGE_MS = Number(process.env['AGENT_TEST_OUTAGE_SECONDS'] ?? '5') * 1000;
const FUZZ_MS = Number(process.env['AGENT_TEST_FUZZ_SECONDS'] ?? '5') * 1000;

async function waitUntil(registry: Parameters<typeof metric>[0], name: string, value: number) {
  await expect.poll(() => metric(registry, name), { timeout: 15_000 }).toBe(value);
}

describe('agent: collectors down', () => {
  it(
    'queues up to its bound, drops past it with a counter, and delivers the queue when a collector returns',
    { timeout: OUTAGE_MS + 60_000 },
    async () => {
      const port = await freePort();
      const { agent, registry } = await startAgent(
        [`127.0.0.1:${port}`],
        [
          '--reporter.queue-size=5',
          '--reporter.grpc.retry.initial-backoff=50ms',
          '--reporter.grpc.retry.max-backoff=500ms',
        ],
      );
      cleanups.push(() => agent.stop());
      const send = (i: number) =>
        sendDatagram(
          agent.ports['jaeger-compact']!,
          emitBatch({ serviceName: 'outage', tags: [] }, testSpans(i * 3, 3), 'compact'),
        );
      for (let i = 0; i < 8; i++) await send(i);
      await waitUntil(registry, 'spanstream_agent_reporter_batches_dropped_total', 3);
      expect(await metric(registry, 'jaeger_agent_reporter_spans_failures_total')).toBe(9);
      expect(await metric(registry, 'spanstream_agent_reporter_queue_length')).toBe(5);
      expect(await metric(registry, 'spanstream_agent_reporter_queue_spans')).toBe(15);

      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      const store = createMemoryStore();
      const collector = await startCollector(store, port);
      cleanups.push(() => collector.stop());
      await waitUntil(registry, 'jaeger_agent_reporter_batches_submitted_total', 5);
      expect(await metric(registry, 'jaeger_agent_reporter_spans_submitted_total')).toBe(15);
      await expect.poll(() => store.traceCount).toBe(15);
      expect(await metric(registry, 'spanstream_agent_reporter_queue_length')).toBe(0);
    },
  );
});

describe('agent: fuzzed datagrams', () => {
  it(
    'counts and drops random bytes, truncated Thrift and oversize datagrams, and keeps accepting valid batches',
    { timeout: FUZZ_MS + 60_000 },
    async () => {
      const port = await freePort();
      const store = createMemoryStore();
      const collector = await startCollector(store, port);
      cleanups.push(() => collector.stop());
      const { agent, registry }: { agent: Agent; registry: Parameters<typeof metric>[0] } = await startAgent([
        `127.0.0.1:${port}`,
      ]);
      cleanups.push(() => agent.stop());
      const valid = (i: number, protocol: 'compact' | 'binary') =>
        emitBatch({ serviceName: 'fuzz', tags: [] }, testSpans(i * 2, 2), protocol);
      // Every third round goes to 5775 with a Zipkin batch of two spans, each its own trace.
      const ports = ['jaeger-compact', 'jaeger-binary', 'zipkin-compact'] as const;
      let validSent = 0;
      let invalidSent = 0;
      const until = Date.now() + FUZZ_MS;
      for (let round = 0; Date.now() < until; round++) {
        const port = ports[round % 3]!;
        const protocol = port === 'jaeger-binary' ? 'binary' : 'compact';
        const target = agent.ports[port]!;
        const good =
          port === 'zipkin-compact'
            ? emitZipkinBatch(
                [zipkinServerSpan('fuzz', 2 * round), zipkinServerSpan('fuzz', 2 * round + 1)],
                protocol,
              )
            : valid(round, protocol);
        const garbage = [
          Buffer.from(
            Array.from({ length: 1 + Math.floor(Math.random() * 2000) }, () =>
              Math.floor(Math.random() * 256),
            ),
          ),
          good.subarray(0, Math.floor(Math.random() * (good.length - 1))),
          Buffer.alloc(65_100, round),
        ];
        for (const bytes of garbage) await sendDatagram(target, bytes);
        invalidSent += garbage.length;
        await sendDatagram(target, good);
        validSent++;
        // Sender and agent share this event loop: give the agent its turn, or the socket buffer overflows.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      // Loopback UDP may still lose a datagram under load: nearly all arrive, every one is accounted for.
      await expect
        .poll(() => metric(registry, 'jaeger_agent_thrift_udp_t_processor_handler_errors_total'), {
          timeout: 15_000,
        })
        .toBeGreaterThanOrEqual(invalidSent * 0.95);
      await expect
        .poll(() => metric(registry, 'jaeger_agent_reporter_batches_submitted_total'), { timeout: 15_000 })
        .toBeGreaterThanOrEqual(validSent * 0.95);
      // Once nothing is in flight any more, the store holds exactly what the agent delivered.
      const settled = async () => {
        const submitted = await metric(registry, 'jaeger_agent_reporter_batches_submitted_total');
        const queued = await metric(registry, 'spanstream_agent_reporter_queue_length');
        return queued === 0 && store.traceCount === 2 * submitted ? submitted : -1;
      };
      await expect.poll(settled).toBeGreaterThan(0);
      expect(await settled()).toBeLessThanOrEqual(validSent);
      expect(await metric(registry, 'jaeger_agent_reporter_batches_failures_total')).toBe(0);
      // Still up: one more valid batch goes through.
      const last = valid(1_000_000, 'compact');
      await sendDatagram(agent.ports['jaeger-compact']!, last);
      const [lastTrace] = testSpans(2_000_000, 1);
      await expect.poll(async () => (await store.getTrace(lastTrace!.traceId)) !== undefined).toBe(true);
    },
  );
});
