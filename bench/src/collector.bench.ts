/**
 * Collector throughput: OTLP/HTTP and OTLP/gRPC, 100 spans per request (~340-byte spans, 11
 * attributes), against the standalone collector process (its bundle, as `npm run collector` runs it), first with
 * the in-memory writer, then into the local Kafka broker with the `otlp_proto` and `protobuf`
 * encodings; plus a steady 10,000 spans/s run and the in-process codec ceiling.
 */
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { COLLECTOR_BUNDLE, ensureCollectorBuilt } from '@spanstream/collector/build';
import { decodeOtlpTraces, encodeJaegerSpan, encodeOtlpTraces } from '@spanstream/codec';
import { DEFAULT_SANITIZER_OPTIONS, sanitizeSpans } from '@spanstream/model';
import { censusOfTopic, createKafkaClient, silentLogger } from '@spanstream/kafka';
import { kafkaBrokers } from '@spanstream/testkit';
import {
  childCpuSeconds,
  childPeakRssMiB,
  cpuSecondsSince,
  Latencies,
  peakRssMiB,
  runConcurrently,
  type BenchResult,
} from './harness.ts';
import { freePort, startServiceProcess, type ServiceProcess } from './processes.ts';
import { benchSpan, SPANS_PER_REQUEST, STEADY_SECONDS } from './workload.ts';

const DISTINCT_REQUESTS = 64;
const REQUESTS = 2_000;
const CONCURRENCY = 16;
const STEADY_SPANS_PER_SECOND = 10_000;
/** What `npm run collector` runs: the bundle (built here if stale, as `precollector` does). */
const MAIN = COLLECTOR_BUNDLE;
const ROOT_PACKAGE = new URL('../../package.json', import.meta.url);

/** The Node flags of `npm run collector` (root package.json), so the bench runs the product as started. */
function productNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(ROOT_PACKAGE, 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['collector'] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

function makeRequests(): { bodies: Uint8Array[]; spanBytes: number } {
  const base = Date.now() * 1000;
  const bodies: Uint8Array[] = [];
  for (let r = 0; r < DISTINCT_REQUESTS; r++) {
    const spans = Array.from({ length: SPANS_PER_REQUEST }, (_, i) =>
      benchSpan(r * SPANS_PER_REQUEST + i, base),
    );
    bodies.push(encodeOtlpTraces(spans));
  }
  return { bodies, spanBytes: Math.round(bodies[0]!.length / SPANS_PER_REQUEST) };
}

type Send = (body: Uint8Array) => Promise<void>;

/** The collector's backpressure answer (HTTP 429 / gRPC RESOURCE_EXHAUSTED): retry later, nothing lost. */
class Refused extends Error {}

/** Refusals seen by a saturating run: a full queue answers 429, which an exporter retries. */
interface Refusals {
  count: number;
}

const MAX_RESENDS = 40;

/**
 * Resends a refused request after a pause, as an OTLP exporter does (exponential, capped at 1 s), and
 * counts the refusal; any other failure still fails the run.
 */
function resendingRefused(send: Send, refusals: Refusals): Send {
  return async (body) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await send(body);
        return;
      } catch (error) {
        if (!(error instanceof Refused) || attempt >= MAX_RESENDS) throw error;
        refusals.count++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 5 * 2 ** attempt)));
      }
    }
  };
}

/** Spans the collector acknowledged (200 / OK) over a target's runs, to check against the topic. */
interface Tally {
  acknowledged: number;
}

function counted(send: Send, tally: Tally): Send {
  return async (body) => {
    await send(body);
    tally.acknowledged += SPANS_PER_REQUEST;
  };
}

function httpSender(port: number): Send {
  const url = `http://127.0.0.1:${port}/v1/traces`;
  return async (body) => {
    const response = await fetch(url, {
      method: 'POST',
      body: body as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': 'application/x-protobuf' },
    });
    await response.arrayBuffer();
    if (response.status === 429) throw new Refused('OTLP/HTTP answered 429');
    if (response.status !== 200) throw new Error(`OTLP/HTTP answered ${response.status}`);
  };
}

function grpcSender(port: number): { send: Send; close: () => void } {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const send: Send = (body) =>
    new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
        (value: Uint8Array) => Buffer.from(value),
        (value: Buffer) => value,
        body,
        (error) => {
          if (error?.code === grpc.status.RESOURCE_EXHAUSTED) reject(new Refused(error.message));
          else if (error) reject(error);
          else resolve();
        },
      );
    });
  return {
    send,
    close: () => {
      client.close();
    },
  };
}

interface Collector {
  readonly process: ServiceProcess;
  readonly http: number;
  readonly grpc: number;
  readonly admin: number;
}

/** Sums the samples of one metric family in a Prometheus text exposition (those with `label`, if given). */
function metricSum(text: string, name: string, label?: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== ' ' && line[name.length] !== '{')) continue;
    if (label === undefined || line.includes(label)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/**
 * Waits until the collector has written every span it accepted (queue empty, saved = received), so
 * that the CPU it spends writing a run's backlog is billed to that run and not to the next one.
 */
async function drained(admin: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const text = await (await fetch(`http://127.0.0.1:${admin}/metrics`)).text();
    const received = metricSum(text, 'jaeger_collector_spans_received_total');
    // Only written spans count: a failed write (result="err") is not saved.
    const saved = metricSum(text, 'jaeger_collector_spans_saved_by_svc_total', 'result="ok"');
    if (metricSum(text, 'jaeger_collector_queue_length') === 0 && saved >= received) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('collector did not drain its queue within 60 s');
}

async function startCollector(
  env: Record<string, string>,
  queueSize = 20_000,
  nodeArgs = productNodeArgs(),
): Promise<Collector> {
  const [http, grpcPort, admin] = [await freePort(), await freePort(), await freePort()];
  const args = [
    `--collector.otlp.http.host-port=127.0.0.1:${http}`,
    `--collector.otlp.grpc.host-port=127.0.0.1:${grpcPort}`,
    '--collector.grpc-server.host-port=',
    '--collector.http-server.host-port=',
    '--collector.zipkin.host-port=',
    '--collector.sampling.http.host-port=',
    `--admin.http.host-port=127.0.0.1:${admin}`,
    `--collector.queue-size=${queueSize}`,
    '--log-level=warn',
  ];
  const process = await startServiceProcess(MAIN, args, `http://127.0.0.1:${admin}/`, env, nodeArgs);
  return { process, http, grpc: grpcPort, admin };
}

/**
 * Sends REQUESTS requests at CONCURRENCY in flight; CPU and RSS are the collector process's, and the
 * run ends when every accepted span is written (a 200 means queued, not yet in Kafka). A refused
 * request is resent after a pause, as an exporter does, and the refusals are written in the notes.
 */
async function saturate(
  name: string,
  collector: Collector,
  sendOnce: Send,
  bodies: Uint8Array[],
  notes: string,
): Promise<BenchResult> {
  const pid = collector.process.pid;
  const refusals: Refusals = { count: 0 };
  const send = resendingRefused(sendOnce, refusals);
  // Warm-up (JIT, connections, topic metadata); a 429 while a new topic is being created is fine here.
  await runConcurrently(200, CONCURRENCY, (i) => send(bodies[i % bodies.length]!).catch(() => undefined));
  await drained(collector.admin);
  const latencies = new Latencies();
  const cpuBefore = childCpuSeconds(pid);
  const start = performance.now();
  refusals.count = 0;
  await runConcurrently(REQUESTS, CONCURRENCY, (i) => latencies.time(() => send(bodies[i % bodies.length]!)));
  await drained(collector.admin);
  const seconds = (performance.now() - start) / 1000;
  const cpu = childCpuSeconds(pid) - cpuBefore;
  const refused = refusals.count === 0 ? '' : `; ${refusals.count} requests refused (429) and resent`;
  return collectorResult(
    name,
    pid,
    { spans: REQUESTS * SPANS_PER_REQUEST, seconds, cpu, latencies },
    `${notes}${refused}`,
  );
}

/** Spans per wall and per collector-CPU second, request latency and the collector's peak RSS. */
function collectorResult(
  name: string,
  pid: number,
  run: { spans: number; seconds: number; cpu: number; latencies: Latencies },
  notes: string,
): BenchResult {
  return {
    name,
    spansPerSecond: run.spans / run.seconds,
    spansPerCpuSecond: run.spans / run.cpu,
    p50Ms: run.latencies.percentile(50),
    p99Ms: run.latencies.percentile(99),
    rssMiB: childPeakRssMiB(pid),
    notes,
  };
}

/** A steady 10,000 spans/s (100 requests/s) for STEADY_SECONDS: the collector's share of a core. */
async function steady(
  name: string,
  pid: number,
  send: Send,
  bodies: Uint8Array[],
  notes: string,
): Promise<BenchResult> {
  const latencies = new Latencies();
  const perSecond = STEADY_SPANS_PER_SECOND / SPANS_PER_REQUEST;
  const cpuBefore = childCpuSeconds(pid);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  let failed = 0;
  for (let i = 0; i < perSecond * STEADY_SECONDS; i++) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // A refused request (429) is counted, not fatal: the rate is open-loop.
    inFlight.push(
      latencies
        .time(() => send(bodies[i % bodies.length]!))
        .catch(() => {
          failed++;
        }),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  const cpu = childCpuSeconds(pid) - cpuBefore;
  const spans = (perSecond * STEADY_SECONDS - failed) * SPANS_PER_REQUEST;
  return collectorResult(
    name,
    pid,
    { spans, seconds, cpu, latencies },
    `${notes}; collector CPU ${((cpu / seconds) * 100).toFixed(1)}% of one core; ${failed} requests refused`,
  );
}

/** In-process ceiling: OTLP decode + sanitize (+ per-span Jaeger protobuf encode for the protobuf path). */
function codecCeiling(bodies: Uint8Array[]): BenchResult[] {
  const rounds = 400;
  const measure = (name: string, encode: boolean, notes: string): BenchResult => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < rounds; i++) {
      const { spans } = decodeOtlpTraces(bodies[i % bodies.length]!);
      const sanitized = sanitizeSpans(spans, DEFAULT_SANITIZER_OPTIONS);
      if (encode) for (const span of sanitized.spans) encodeJaegerSpan(span);
    }
    const spans = rounds * SPANS_PER_REQUEST;
    return {
      name,
      spansPerSecond: spans / ((performance.now() - start) / 1000),
      spansPerCpuSecond: spans / cpuSecondsSince(cpu),
      rssMiB: peakRssMiB(),
      notes,
    };
  };
  measure('warm-up', true, '');
  return [
    measure(
      'collector codec ceiling: OTLP decode + sanitize',
      false,
      'in-process, no I/O (otlp_proto forwards the bytes)',
    ),
    measure(
      'collector codec ceiling: + Jaeger protobuf encode',
      true,
      'in-process, no I/O (the per-span protobuf encoding)',
    ),
  ];
}

async function benchTarget(
  label: string,
  env: Record<string, string>,
  bodies: Uint8Array[],
  notes: string,
  tally: Tally = { acknowledged: 0 },
  withDefaultHeap = false,
): Promise<BenchResult[]> {
  // Each run in a fresh collector process: its peak RSS is that run's alone, and no run inherits the
  // heap another protocol's burst left behind (gRPC measured after an HTTP burst in the same process
  // came out 30-50 % lower than gRPC alone).
  const steadyIn = (starting: Promise<Collector>, name: string): Promise<BenchResult> =>
    withCollector(starting, (collector) =>
      steady(name, collector.process.pid, counted(httpSender(collector.http), tally), bodies, notes),
    );
  const results = [
    await steadyIn(startCollector(env), `collector OTLP/HTTP 10k spans/s → ${label}`),
    await withCollector(startCollector(env), (collector) =>
      saturate(
        `collector OTLP/HTTP → ${label}`,
        collector,
        counted(httpSender(collector.http), tally),
        bodies,
        notes,
      ),
    ),
    await withCollector(startCollector(env), async (collector) => {
      const grpcClient = grpcSender(collector.grpc);
      try {
        return await saturate(
          `collector OTLP/gRPC → ${label}`,
          collector,
          counted(grpcClient.send, tally),
          bodies,
          notes,
        );
      } finally {
        grpcClient.close();
      }
    }),
  ];
  // The steady run again with V8's default heap sizing instead of the product's flags, so the
  // table shows what `--max-semi-space-size` buys.
  if (withDefaultHeap) {
    results.push(
      await steadyIn(
        startCollector(env, 2000, []),
        `collector OTLP/HTTP 10k spans/s → ${label}, V8 default heap flags`,
      ),
    );
  }
  return results;
}

/** Runs `measure` against a freshly started collector process, and stops that process after. */
async function withCollector<T>(
  starting: Promise<Collector>,
  measure: (collector: Collector) => Promise<T>,
): Promise<T> {
  const collector = await starting;
  try {
    return await measure(collector);
  } finally {
    await collector.process.stop();
  }
}

export async function run(): Promise<BenchResult[]> {
  await ensureCollectorBuilt();
  const { bodies, spanBytes } = makeRequests();
  const shape = `${SPANS_PER_REQUEST} spans/request, ~${spanBytes} B/span, ${CONCURRENCY} in flight`;
  const results = codecCeiling(bodies);
  results.push(
    ...(await benchTarget(
      'memory',
      { SPAN_STORAGE_TYPE: 'memory', MEMORY_MAX_TRACES: '1000' },
      bodies,
      shape,
    )),
  );
  let brokers: string[];
  try {
    brokers = await kafkaBrokers();
  } catch (error) {
    results.push({
      name: 'collector → Kafka',
      spansPerSecond: Number.NaN,
      rssMiB: Number.NaN,
      notes: `skipped: ${(error as Error).message}`,
    });
    return results;
  }
  const kafka = createKafkaClient({ brokers, clientId: 'spanstream-bench' }, silentLogger);
  for (const encoding of ['otlp_proto', 'protobuf'] as const) {
    const topic = `bench-collector-${encoding}-${Date.now()}`;
    const env = {
      SPAN_STORAGE_TYPE: 'kafka',
      KAFKA_PRODUCER_BROKERS: brokers.join(','),
      KAFKA_PRODUCER_TOPIC: topic,
      KAFKA_PRODUCER_ENCODING: encoding,
    };
    const tally: Tally = { acknowledged: 0 };
    const notes = `${shape}; default producer settings`;
    const measured = await benchTarget(`Kafka ${encoding}`, env, bodies, notes, tally, true);
    // The figures count only if every acknowledged span is in the topic (a counter is not proof).
    const census = await censusOfTopic(kafka, topic, encoding);
    if (census.spans !== tally.acknowledged || census.undecodable > 0) {
      throw new Error(
        `collector → Kafka ${encoding}: ${tally.acknowledged} spans acknowledged, ${census.spans} in the topic ` +
          `(${census.records} records, ${census.undecodable} undecodable)`,
      );
    }
    for (const result of measured)
      results.push({ ...result, notes: `${result.notes}; ${census.spans} spans verified in the topic` });
  }
  return results;
}
