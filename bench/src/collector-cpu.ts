/**
 * One collector → Kafka measurement at a time, for the CPU work of ADR 0104 (run by hand):
 *
 *   node bench/src/collector-cpu.ts --encoding=protobuf [--requests=3000] [--steady] [--prof=DIR]
 *     [--env=K=V]... [--node-args='--max-semi-space-size=16']
 *
 * Starts the collector bundle with the product's Node flags (plus `--cpu-prof` with --prof), warms
 * it up, sends OTLP/HTTP protobuf requests (100 spans, 11 attributes each) at 16 in flight (or a
 * steady 10,000 spans/s with --steady), waits until every accepted span is written, and prints the
 * collector's CPU-seconds from /proc, spans per CPU-second, peak RSS and the load average. Every
 * acknowledged span is then counted in the topic; a mismatch fails the run.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { COLLECTOR_BUNDLE, ensureCollectorBuilt } from '@spanstream/collector/build';
import { encodeOtlpTraces } from '@spanstream/codec';
import { censusOfTopic, createKafkaClient, silentLogger, type SpanEncoding } from '@spanstream/kafka';
import { kafkaBrokers } from '@spanstream/testkit';
import { childCpuSeconds, childPeakRssMiB, runConcurrently } from './harness.ts';
import { freePort, startNodeProcess, waitUntilServing } from '@spanstream/testkit';
import { benchSpan, SPANS_PER_REQUEST } from './workload.ts';

const { values } = parseArgs({
  options: {
    encoding: { type: 'string', default: 'protobuf' },
    requests: { type: 'string', default: '3000' },
    steady: { type: 'boolean', default: false },
    prof: { type: 'string' },
    env: { type: 'string', multiple: true, default: [] },
    'node-args': { type: 'string' },
  },
});

const encoding = values.encoding as SpanEncoding;
const REQUESTS = Number(values.requests);
const CONCURRENCY = 16;

function productNodeArgs(): string[] {
  const root = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(root, 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['collector'] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

function bodies(): Uint8Array[] {
  const base = Date.now() * 1000;
  return Array.from({ length: 64 }, (_, r) =>
    encodeOtlpTraces(
      Array.from({ length: SPANS_PER_REQUEST }, (_, i) => benchSpan(r * SPANS_PER_REQUEST + i, base)),
    ),
  );
}

function metricSum(text: string, name: string, label?: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== ' ' && line[name.length] !== '{')) continue;
    if (label === undefined || line.includes(label)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

let logs = (): string => '';

async function drained(admin: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const text = await (await fetch(`http://127.0.0.1:${admin}/metrics`)).text();
    // Refused spans (429) were counted as received too, and are received again when resent.
    const received =
      metricSum(text, 'jaeger_collector_spans_received_total') -
      metricSum(text, 'spanstream_collector_spans_refused_total');
    const saved = metricSum(text, 'jaeger_collector_spans_saved_by_svc_total', 'result="ok"');
    if (metricSum(text, 'jaeger_collector_queue_length') === 0 && saved >= received) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const text = await (await fetch(`http://127.0.0.1:${admin}/metrics`)).text();
  const lines = text
    .split('\n')
    .filter((l) => /^(jaeger|spanstream)_\w*(queue|retries|dropped|kafka|saved|refused)/.test(l));
  throw new Error(`collector did not drain its queue:\n${lines.join('\n')}\n${logs().slice(-5000)}`);
}

async function main(): Promise<void> {
  await ensureCollectorBuilt();
  const brokers = await kafkaBrokers();
  const topic = `bench-cpu-${encoding}-${Date.now()}`;
  const [http, admin] = [await freePort(), await freePort()];
  const extraEnv = Object.fromEntries(
    values.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  const env = {
    SPAN_STORAGE_TYPE: 'kafka',
    KAFKA_PRODUCER_BROKERS: brokers.join(','),
    KAFKA_PRODUCER_TOPIC: topic,
    KAFKA_PRODUCER_ENCODING: encoding,
    ...extraEnv,
  };
  // --node-args replaces the product's Node flags (space-separated; '' for none).
  const nodeArgs =
    values['node-args'] === undefined
      ? productNodeArgs()
      : values['node-args'].split(/\s+/).filter((arg) => arg !== '');
  if (values.prof !== undefined) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${values.prof}`);
  const args = [
    `--collector.otlp.http.host-port=127.0.0.1:${http}`,
    '--collector.otlp.grpc.host-port=',
    '--collector.grpc-server.host-port=',
    '--collector.http-server.host-port=',
    '--collector.zipkin.host-port=',
    '--collector.sampling.http.host-port=',
    `--admin.http.host-port=127.0.0.1:${admin}`,
    '--collector.queue-size=20000',
    '--log-level=warn',
  ];
  const node = startNodeProcess(COLLECTOR_BUNDLE, { args, env, nodeArgs });
  await waitUntilServing(node, `http://127.0.0.1:${admin}/`, { name: 'collector' });
  logs = () => node.stdout() + node.stderr();
  const proc = { pid: node.child.pid!, child: node.child, stop: () => node.stop() };
  const payloads = bodies();
  let acknowledged = 0;
  let refused = 0;
  const send = async (body: Uint8Array): Promise<void> => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await fetch(`http://127.0.0.1:${http}/v1/traces`, {
        method: 'POST',
        body: body as Uint8Array<ArrayBuffer>,
        headers: { 'content-type': 'application/x-protobuf' },
      });
      await response.arrayBuffer();
      if (response.status === 200) {
        acknowledged += SPANS_PER_REQUEST;
        return;
      }
      if (response.status !== 429) throw new Error(`answered ${response.status}`);
      refused++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 5 * 2 ** attempt)));
    }
    throw new Error('refused 40 times');
  };
  try {
    await runConcurrently(300, CONCURRENCY, (i) => send(payloads[i % payloads.length]!));
    await drained(admin);
    refused = 0;
    const load = loadavg().map((l) => l.toFixed(2));
    const cpuBefore = childCpuSeconds(proc.pid);
    const start = performance.now();
    let spans: number;
    if (values.steady) {
      const perSecond = 100;
      const total = perSecond * 10;
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const wait = start + (i * 1000) / perSecond - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        inFlight.push(send(payloads[i % payloads.length]!));
      }
      await Promise.all(inFlight);
      spans = total * SPANS_PER_REQUEST;
    } else {
      await runConcurrently(REQUESTS, CONCURRENCY, (i) => send(payloads[i % payloads.length]!));
      spans = REQUESTS * SPANS_PER_REQUEST;
    }
    await drained(admin);
    const seconds = (performance.now() - start) / 1000;
    const cpu = childCpuSeconds(proc.pid) - cpuBefore;
    const rss = childPeakRssMiB(proc.pid);
    const loadAfter = loadavg().map((l) => l.toFixed(2));
    await proc.stop();
    const kafka = createKafkaClient({ brokers, clientId: 'collector-cpu' }, silentLogger);
    const census = await censusOfTopic(kafka, topic, encoding);
    const verified = census.spans === acknowledged && census.undecodable === 0;
    console.log(
      JSON.stringify({
        encoding,
        mode: values.steady ? 'steady 10k/s' : 'saturating',
        env: extraEnv,
        nodeArgs,
        spans,
        cpuSeconds: cpu,
        spansPerCpuSecond: Math.round(spans / cpu),
        coreShare: `${((cpu / seconds) * 100).toFixed(1)}%`,
        spansPerSecond: Math.round(spans / seconds),
        peakRssMiB: Math.round(rss),
        refused,
        load: `${load.join(' ')} → ${loadAfter.join(' ')}`,
        topic: `${census.records} records, ${census.spans} spans, ${acknowledged} acknowledged`,
        verified,
      }),
    );
    if (!verified) process.exitCode = 1;
  } finally {
    if (proc.child.exitCode === null) await proc.stop();
  }
}

await main();
