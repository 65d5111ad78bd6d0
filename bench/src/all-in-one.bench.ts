/**
 * All-in-one end to end: OTLP/HTTP JSON into the collector, the memory store behind it, then trace
 * lookups through the query API. The server runs in its own process; its CPU and peak RSS are what is
 * reported (the load generator's are not).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  childCpuSeconds,
  childPeakRssMiB,
  freePort,
  Latencies,
  runConcurrently,
  startServiceProcess,
} from './harness.ts';
import type { BenchResult } from './harness.ts';
import { SPANS_PER_REQUEST, SPANS_PER_TRACE } from './workload.ts';

const MAIN = fileURLToPath(new URL('../../services/all-in-one/src/main.ts', import.meta.url));
const TRACES_PER_REQUEST = SPANS_PER_REQUEST / SPANS_PER_TRACE;
const REQUESTS = 1500;
const WARMUP_REQUESTS = 150;
const CONCURRENCY = 8;

const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
const int = (key: string, value: number) => ({ key, value: { intValue: String(value) } });

/** ~340-byte spans with 11 attributes, the shape issue #4's targets are stated for. */
function span(traceId: string, index: number, start: bigint) {
  const spanId = randomBytes(8).toString('hex');
  return {
    traceId,
    spanId,
    name: `GET /api/items/${index % 7}`,
    kind: 2,
    startTimeUnixNano: String(start),
    endTimeUnixNano: String(start + 1_500_000n),
    attributes: [
      str('http.method', 'GET'),
      str('http.route', '/api/items/:id'),
      str('http.url', `http://shop.local/api/items/${index}`),
      int('http.status_code', 200),
      str('net.peer.ip', '10.1.2.3'),
      int('net.peer.port', 43_210),
      str('user_agent', 'bench/1.0'),
      str('component', 'http'),
      int('item.id', index),
      str('region', 'eu-west-1'),
      str('deployment', 'blue'),
    ],
    status: {},
  };
}

function requestBody(): string {
  const start = BigInt(Date.now()) * 1_000_000n;
  const spans = [];
  for (let t = 0; t < TRACES_PER_REQUEST; t++) {
    const traceId = randomBytes(16).toString('hex');
    for (let s = 0; s < SPANS_PER_TRACE; s++) spans.push(span(traceId, s, start + BigInt(s) * 1000n));
  }
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [str('service.name', 'bench-shop'), str('host.name', 'bench-host')] },
        scopeSpans: [{ scope: { name: 'bench' }, spans }],
      },
    ],
  });
}

async function savedSpans(admin: string): Promise<number> {
  const text = await (await fetch(`${admin}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('jaeger_collector_spans_saved_by_svc_total{'))
      total += Number(line.split(' ').at(-1));
  }
  return total;
}

async function post(otlp: string, body: string): Promise<void> {
  const response = await fetch(`${otlp}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`POST /v1/traces answered ${response.status}`);
}

export async function run(): Promise<BenchResult[]> {
  const [otlpPort, queryPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const otlp = `http://127.0.0.1:${otlpPort}`;
  const admin = `http://127.0.0.1:${adminPort}`;
  const query = `http://127.0.0.1:${queryPort}`;
  const server = await startServiceProcess(
    MAIN,
    [
      `--collector.otlp.http.host-port=127.0.0.1:${otlpPort}`,
      `--query.http-server.host-port=127.0.0.1:${queryPort}`,
      `--admin.http.host-port=127.0.0.1:${adminPort}`,
      '--collector.otlp.grpc.host-port=127.0.0.1:0',
      '--collector.grpc-server.host-port=127.0.0.1:0',
      '--collector.http-server.host-port=127.0.0.1:0',
      '--collector.zipkin.host-port=127.0.0.1:0',
      '--collector.sampling.http.host-port=127.0.0.1:0',
      '--query.grpc-server.host-port=127.0.0.1:0',
      '--processor.jaeger-compact.server-host-port=127.0.0.1:0',
      '--processor.jaeger-binary.server-host-port=127.0.0.1:0',
      '--processor.zipkin-compact.server-host-port=127.0.0.1:0',
      '--log-level=warn',
    ],
    `${admin}/`,
  );
  try {
    const bodies = Array.from({ length: REQUESTS + WARMUP_REQUESTS }, requestBody);
    await runConcurrently(WARMUP_REQUESTS, CONCURRENCY, (i) => post(otlp, bodies[i]!));
    const warm = WARMUP_REQUESTS * SPANS_PER_REQUEST;
    while ((await savedSpans(admin)) < warm) await new Promise((resolve) => setTimeout(resolve, 50));

    // Ingest: from the first request until every span is written (acks come before the write).
    const ingest = new Latencies();
    const cpuBefore = childCpuSeconds(server.pid);
    const started = performance.now();
    await runConcurrently(REQUESTS, CONCURRENCY, (i) =>
      ingest.time(() => post(otlp, bodies[WARMUP_REQUESTS + i]!)),
    );
    const total = warm + REQUESTS * SPANS_PER_REQUEST;
    while ((await savedSpans(admin)) < total) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    const cpu = childCpuSeconds(server.pid) - cpuBefore;
    const spans = REQUESTS * SPANS_PER_REQUEST;

    // Read: trace by ID through the Jaeger API (JSON envelope, adjusters, UI model).
    const traceIds = bodies.slice(WARMUP_REQUESTS).map((b) => /"traceId":"([0-9a-f]{32})"/.exec(b)![1]!);
    const reads = new Latencies();
    const readCpuBefore = childCpuSeconds(server.pid);
    const readStarted = performance.now();
    await runConcurrently(traceIds.length, CONCURRENCY, (i) =>
      reads.time(async () => {
        const response = await fetch(`${query}/api/traces/${traceIds[i]!}`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`GET /api/traces answered ${response.status}`);
      }),
    );
    const readSeconds = (performance.now() - readStarted) / 1000;
    const readCpu = childCpuSeconds(server.pid) - readCpuBefore;
    const readSpans = traceIds.length * SPANS_PER_TRACE;
    const rssMiB = childPeakRssMiB(server.pid);

    return [
      {
        name: 'all-in-one: OTLP/HTTP JSON → memory',
        spansPerSecond: spans / seconds,
        spansPerCpuSecond: spans / cpu,
        p50Ms: ingest.percentile(50),
        p99Ms: ingest.percentile(99),
        rssMiB,
        notes: `${SPANS_PER_REQUEST} spans/request, ${CONCURRENCY} concurrent, until all written`,
      },
      {
        name: 'all-in-one: GET /api/traces/{id}',
        spansPerSecond: readSpans / readSeconds,
        spansPerCpuSecond: readSpans / readCpu,
        p50Ms: reads.percentile(50),
        p99Ms: reads.percentile(99),
        rssMiB,
        notes: `${SPANS_PER_TRACE}-span traces, ${CONCURRENCY} concurrent`,
      },
    ];
  } finally {
    await server.stop();
  }
}
