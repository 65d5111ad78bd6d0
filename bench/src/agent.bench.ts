/**
 * Agent throughput: Thrift compact `emitBatch` datagrams (as jaeger-clients send them, the workload's
 * ~340-byte spans) over UDP into the agent process (`services/agent/src/main.ts`, as `npm run agent`
 * runs it), forwarded over gRPC to a PostSpans sink in this process that only counts requests. The
 * agent's CPU time and peak RSS are what is reported; Jaeger's Go agent is the reference (~100k spans
 * per CPU-second).
 */
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { encodeJaegerThriftEmitBatch } from '@spanstream/codec';
import { childCpuSeconds, childPeakRssMiB, type BenchResult } from './harness.ts';
import { freePort, startServiceProcess } from './processes.ts';
import { benchSpan } from './workload.ts';

const ROOT_PACKAGE = new URL('../../package.json', import.meta.url);
export const AGENT_MAIN = fileURLToPath(new URL('../../services/agent/src/main.ts', import.meta.url));
/** Spans per datagram: ~12 KB, well under the 65,000-byte packet limit, as a busy client fills them. */
const SPANS_PER_BATCH = 40;
const DISTINCT_BATCHES = 64;
const WARMUP_BATCHES = 500;
const BATCHES = 5_000;
/** Datagrams sent and not yet delivered at most (~200 KB: fits the default socket buffer). */
const WINDOW = 16;

/** The Node flags of `npm run agent` (root package.json), so the bench runs the product as started. */
export function productNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(ROOT_PACKAGE, 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['agent'] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

/** A gRPC server answering PostSpans with an empty response, counting requests. */
export async function startSink(): Promise<{ port: number; requests: () => number; stop: () => void }> {
  let requests = 0;
  const server = new grpc.Server();
  const raw = (value: Buffer) => value;
  server.addService(
    {
      PostSpans: {
        path: '/jaeger.api_v2.CollectorService/PostSpans',
        requestStream: false,
        responseStream: false,
        requestSerialize: raw,
        requestDeserialize: raw,
        responseSerialize: raw,
        responseDeserialize: raw,
      },
    },
    {
      PostSpans: (_call: unknown, callback: (error: null, value: Buffer) => void) => {
        requests++;
        callback(null, Buffer.alloc(0));
      },
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => {
      if (error) reject(error);
      else resolve(bound);
    });
  });
  return {
    port,
    requests: () => requests,
    stop: () => {
      server.forceShutdown();
    },
  };
}

/**
 * Sends `count` datagrams, keeping at most WINDOW of them not yet delivered (closed loop): the agent's
 * socket buffer holds a few hundred KB, and an open-loop sender on one loopback only measures drops.
 * A datagram lost anyway (no progress for 200 ms) is written off, so the loop cannot stall.
 */
async function send(port: number, datagrams: readonly Buffer[], count: number, delivered: () => number) {
  const socket = createSocket('udp4');
  const start = delivered();
  let lost = 0;
  let lastProgress = Date.now();
  let lastDelivered = start;
  for (let i = 0; i < count;) {
    const outstanding = i - (delivered() - start) - lost;
    if (outstanding < WINDOW) {
      socket.send(datagrams[i % datagrams.length]!, port, '127.0.0.1');
      i++;
      continue;
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (delivered() !== lastDelivered) [lastDelivered, lastProgress] = [delivered(), Date.now()];
    else if (Date.now() - lastProgress > 200) {
      lost += outstanding;
      lastProgress = Date.now();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.close();
}

/** Until `count()` reaches `target`, or stops moving for a second (UDP may lose a datagram). */
async function waitFor(count: () => number, target: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = count();
  let movedAt = Date.now();
  while (count() < target && Date.now() < until && Date.now() - movedAt < 1000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (count() !== last) [last, movedAt] = [count(), Date.now()];
  }
}

export async function run(): Promise<BenchResult[]> {
  const sink = await startSink();
  const [udpPort, adminPort] = [await freePort(), await freePort()];
  const agent = await startServiceProcess(
    AGENT_MAIN,
    [
      `--processor.jaeger-compact.server-host-port=127.0.0.1:${udpPort}`,
      '--processor.jaeger-binary.server-host-port=',
      '--processor.zipkin-compact.server-host-port=',
      '--http-server.host-port=',
      `--reporter.grpc.host-port=127.0.0.1:${sink.port}`,
      `--admin.http.host-port=127.0.0.1:${adminPort}`,
      '--agent.tags=cluster=bench',
      '--log-level=warn',
    ],
    `http://127.0.0.1:${adminPort}/`,
    {},
    // BENCH_AGENT_CPU_PROF=<dir>: a V8 CPU profile of the agent (written when it stops).
    [
      ...productNodeArgs(),
      ...(process.env['BENCH_AGENT_CPU_PROF'] === undefined
        ? []
        : ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_AGENT_CPU_PROF']}`]),
    ],
  );
  try {
    const base = Date.now() * 1000;
    const batchProcess = {
      serviceName: 'bench-udp',
      tags: [{ key: 'hostname', type: 'string' as const, value: 'h1' }],
    };
    const datagrams = Array.from({ length: DISTINCT_BATCHES }, (_, b) =>
      encodeJaegerThriftEmitBatch(
        batchProcess,
        Array.from({ length: SPANS_PER_BATCH }, (_, s) => benchSpan(b * SPANS_PER_BATCH + s, base)),
        'compact',
      ),
    );
    await send(udpPort, datagrams, WARMUP_BATCHES, sink.requests);
    await waitFor(sink.requests, WARMUP_BATCHES, 30_000);

    const before = sink.requests();
    const cpuBefore = childCpuSeconds(agent.pid);
    const started = performance.now();
    await send(udpPort, datagrams, BATCHES, sink.requests);
    await waitFor(() => sink.requests() - before, BATCHES, 60_000);
    const seconds = (performance.now() - started) / 1000;
    const cpu = childCpuSeconds(agent.pid) - cpuBefore;
    const delivered = sink.requests() - before;
    const spans = delivered * SPANS_PER_BATCH;
    return [
      {
        name: 'agent: UDP compact emitBatch → gRPC PostSpans',
        spansPerSecond: spans / seconds,
        spansPerCpuSecond: spans / cpu,
        rssMiB: childPeakRssMiB(agent.pid),
        notes:
          `${SPANS_PER_BATCH} spans/datagram (${datagrams[0]!.length} B), ${delivered}/${BATCHES} datagrams delivered, ` +
          `load average ${loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')}`,
      },
    ];
  } finally {
    await agent.stop();
    sink.stop();
  }
}
