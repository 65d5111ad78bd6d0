/**
 * The streaming and production strategies across real processes and real servers: `npm run collector`
 * (Kafka writer) → topic → `npm run ingester` → Elasticsearch ← `npm run query`, and `npm run collector`
 * (Elasticsearch writer) → Elasticsearch ← `npm run query`. Each component has its own tests; these check
 * that their entry points, flags and formats fit together. They live with all-in-one because, like
 * all-in-one, they are wiring only.
 */
import { afterAll, describe, expect, it, onTestFailed, vi } from 'vitest';
import { elasticsearchUrl, kafkaBrokers, uniqueName } from '@spanstream/testkit';
import { freePort, serviceMain, startProcess } from './process.ts';
import type { RunningProcess } from './process.ts';

const TRACE_ID = '7a1b2c3d4e5f60718293a4b5c6d7e8f9';

const trace = (service: string) => ({
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
      scopeSpans: [
        {
          scope: { name: 'streaming-test' },
          spans: [
            {
              traceId: TRACE_ID,
              spanId: '1111111111111111',
              name: 'checkout',
              kind: 2,
              startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
              endTimeUnixNano: String(BigInt(Date.now() + 5) * 1_000_000n),
              attributes: [{ key: 'big', value: { intValue: '9007199254740993' } }],
            },
            {
              traceId: TRACE_ID,
              spanId: '2222222222222222',
              parentSpanId: '1111111111111111',
              name: 'charge card',
              kind: 3,
              startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
              endTimeUnixNano: String(BigInt(Date.now() + 3) * 1_000_000n),
            },
          ],
        },
      ],
    },
  ],
});

async function waitReady(process: RunningProcess, adminPort: number): Promise<void> {
  await vi.waitFor(
    async () => {
      if (process.child.exitCode !== null) {
        throw new Error(`exited early: ${JSON.stringify(process.logs.slice(-3))} ${process.stderr()}`);
      }
      expect((await fetch(`http://127.0.0.1:${adminPort}/`)).status).toBe(200);
    },
    { timeout: 90_000, interval: 250 },
  );
}

describe(
  'streaming strategy: collector → Kafka → ingester → Elasticsearch ← query',
  { timeout: 180_000 },
  () => {
    const processes: RunningProcess[] = [];
    afterAll(async () => {
      for (const process of processes.toReversed()) {
        if (process.child.exitCode === null) process.child.kill('SIGTERM');
        await process.exited;
      }
    });

    it('serves a trace posted to the collector once the ingester has written it', async () => {
      const [brokers, esUrl] = [(await kafkaBrokers()).join(','), await elasticsearchUrl()];
      const name = uniqueName('streaming');
      const topic = `${name}-spans`;
      const es = [`--es.server-urls=${esUrl}`, `--es.index-prefix=${name}`];
      const [otlpPort, collectorAdmin, ingesterAdmin, queryPort, queryAdmin] = [
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
      ];

      const collector = startProcess(serviceMain('collector'), [
        '--span-storage.type=kafka',
        `--kafka.producer.brokers=${brokers}`,
        `--kafka.producer.topic=${topic}`,
        `--collector.otlp.http.host-port=127.0.0.1:${otlpPort}`,
        '--collector.otlp.grpc.host-port=127.0.0.1:0',
        '--collector.grpc-server.host-port=127.0.0.1:0',
        '--collector.http-server.host-port=127.0.0.1:0',
        '--collector.zipkin.host-port=',
        '--collector.sampling.http.host-port=',
        `--admin.http.host-port=127.0.0.1:${collectorAdmin}`,
      ]);
      const query = startProcess(serviceMain('query'), [
        '--span-storage.type=elasticsearch',
        ...es,
        `--query.http-server.host-port=127.0.0.1:${queryPort}`,
        '--query.grpc-server.host-port=127.0.0.1:0',
        `--admin.http.host-port=127.0.0.1:${queryAdmin}`,
      ]);
      processes.push(collector, query);
      onTestFailed(() => {
        for (const [index, process] of processes.entries()) {
          const label = ['collector', 'query', 'ingester'][index];
          const interesting = process.logs.filter((line) => line['level'] !== 'debug').slice(-15);
          console.error(
            `--- ${label}\n${interesting.map((line) => JSON.stringify(line).slice(0, 600)).join('\n')}`,
          );
        }
      });
      await waitReady(collector, collectorAdmin);
      await waitReady(query, queryAdmin);

      const response = await fetch(`http://127.0.0.1:${otlpPort}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(trace(name)),
      });
      expect(response.status).toBe(200);
      // The topic is auto-created by the first write; the ingester starts once it exists (README, strategies:
      // an ingester started before its topic exists does not start consuming).
      await vi.waitFor(
        async () => {
          const metrics = await (await fetch(`http://127.0.0.1:${collectorAdmin}/metrics`)).text();
          expect(metrics).toMatch(/^jaeger_collector_spans_saved_by_svc_total\{[^}]*\} 2$/m);
        },
        { timeout: 60_000, interval: 250 },
      );
      const ingester = startProcess(serviceMain('ingester'), [
        '--span-storage.type=elasticsearch',
        ...es,
        `--kafka.consumer.brokers=${brokers}`,
        `--kafka.consumer.topic=${topic}`,
        `--kafka.consumer.group-id=${name}`,
        `--admin.http.host-port=127.0.0.1:${ingesterAdmin}`,
      ]);
      processes.push(ingester);

      // Through Kafka, the ingester's batch linger and Elasticsearch's refresh: poll the query API.
      let body:
        { data: { traceID: string; spans: { spanID: string; references: unknown[] }[] }[] } | undefined;
      await vi.waitFor(
        async () => {
          const answer = await fetch(`http://127.0.0.1:${queryPort}/api/traces/${TRACE_ID}`);
          expect(answer.status).toBe(200);
          const raw = await answer.text();
          expect(raw).toMatch(/"key":"big","type":"int64","value":"?9007199254740993"?/);
          body = JSON.parse(raw) as typeof body;
          expect(body?.data[0]?.spans).toHaveLength(2);
        },
        { timeout: 90_000, interval: 500 },
      );
      const child = body!.data[0]!.spans.find((s) => s.spanID === '2222222222222222');
      expect(child?.references).toEqual([
        { refType: 'CHILD_OF', traceID: TRACE_ID, spanID: '1111111111111111' },
      ]);
      await waitReady(ingester, ingesterAdmin);

      const services = (await (await fetch(`http://127.0.0.1:${queryPort}/api/services`)).json()) as {
        data: string[];
      };
      expect(services.data).toContain(name);

      // SIGTERM: each process drains and exits 0.
      for (const process of [collector, ingester, query]) {
        process.child.kill('SIGTERM');
        expect(await process.exited).toBe(0);
      }
    });
  },
);

describe('production strategy: collector → Elasticsearch ← query', { timeout: 180_000 }, () => {
  const processes: RunningProcess[] = [];
  afterAll(async () => {
    for (const process of processes.toReversed()) {
      if (process.child.exitCode === null) process.child.kill('SIGTERM');
      await process.exited;
    }
  });

  it('serves a trace the collector wrote straight into storage', async () => {
    const name = uniqueName('production');
    const es = [`--es.server-urls=${await elasticsearchUrl()}`, `--es.index-prefix=${name}`];
    const [otlpPort, collectorAdmin, queryPort, queryAdmin] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const collector = startProcess(serviceMain('collector'), [
      '--span-storage.type=elasticsearch',
      ...es,
      `--collector.otlp.http.host-port=127.0.0.1:${otlpPort}`,
      '--collector.otlp.grpc.host-port=',
      '--collector.grpc-server.host-port=',
      '--collector.http-server.host-port=',
      '--collector.zipkin.host-port=',
      '--collector.sampling.http.host-port=',
      `--admin.http.host-port=127.0.0.1:${collectorAdmin}`,
    ]);
    const query = startProcess(serviceMain('query'), [
      '--span-storage.type=elasticsearch',
      ...es,
      `--query.http-server.host-port=127.0.0.1:${queryPort}`,
      '--query.grpc-server.host-port=127.0.0.1:0',
      `--admin.http.host-port=127.0.0.1:${queryAdmin}`,
    ]);
    processes.push(collector, query);
    onTestFailed(() => {
      for (const [index, process] of processes.entries()) {
        const interesting = process.logs.filter((line) => line['level'] !== 'debug').slice(-15);
        console.error(
          `--- ${['collector', 'query'][index]}\n${interesting.map((l) => JSON.stringify(l).slice(0, 600)).join('\n')}`,
        );
      }
    });
    await waitReady(collector, collectorAdmin);
    await waitReady(query, queryAdmin);

    const response = await fetch(`http://127.0.0.1:${otlpPort}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(trace(name)),
    });
    expect(response.status).toBe(200);
    await vi.waitFor(
      async () => {
        const answer = await fetch(`http://127.0.0.1:${queryPort}/api/traces/${TRACE_ID}`);
        expect(answer.status).toBe(200);
        const raw = await answer.text();
        expect(raw).toMatch(/"key":"big","type":"int64","value":"?9007199254740993"?/);
        const body = JSON.parse(raw) as { data: { spans: unknown[] }[] };
        expect(body.data[0]?.spans).toHaveLength(2);
      },
      { timeout: 90_000, interval: 500 },
    );
    const services = (await (await fetch(`http://127.0.0.1:${queryPort}/api/services`)).json()) as {
      data: string[];
    };
    expect(services.data).toContain(name);

    for (const process of [collector, query]) {
      process.child.kill('SIGTERM');
      expect(await process.exited).toBe(0);
    }
  });
});
