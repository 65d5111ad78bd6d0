/**
 * `node bench/src/mem-query.ts [spans] [requests] [-- node flags…]`: writes one trace of `spans`
 * bench spans (default 10,000) to the stack's Elasticsearch, starts a real query process
 * (`services/query/src/main.ts`, `BENCH_QUERY_MAIN` for another checkout) on it and fetches
 * `GET /api/traces/{id}` `requests` times one after another: p50/p90 latency, CPU-seconds per request
 * (/proc/<pid>/stat), peak RSS (VmHWM) and load average.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseTraceId, type Span } from '@spanstream/model';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import { startNodeProcess } from '@spanstream/testkit';
import { peakRssOf, sleep } from './ingester-processes.ts';
import { benchSpan } from './workload.ts';

const QUERY_MAIN =
  process.env['BENCH_QUERY_MAIN'] ?? join(import.meta.dirname, '../../services/query/src/main.ts');
const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeArgs = dash >= 0 ? args.slice(dash + 1) : [];
const [spansArg, requestsArg] = dash >= 0 ? args.slice(0, dash) : args;
const spanCount = Number(spansArg ?? 10_000);
const requests = Number(requestsArg ?? 20);

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const options = await stackEsOptions('memq');
const store = await createElasticsearchStore(options);
const traceId = parseTraceId('7e57ab1e0000000000000000000000aa')!;
const base = Date.now() * 1000 - 60_000_000;
const spans: Span[] = Array.from({ length: spanCount }, (_, n) => {
  const span = benchSpan(n, base);
  return {
    ...span,
    traceId,
    references: n === 0 ? [] : [{ refType: 'CHILD_OF' as const, traceId, spanId: benchSpan(0, base).spanId }],
  };
});
for (let i = 0; i < spans.length; i += 1000) await store.writer.writeSpans(spans.slice(i, i + 1000));
await store.refresh();

const port = await freePort();
const query = startNodeProcess(QUERY_MAIN, {
  nodeArgs,
  inheritEnv: true,
  echoStderrAs: 'query',
  env: {
    LOG_LEVEL: 'warn',
    SPAN_STORAGE_TYPE: 'elasticsearch',
    ES_SERVER_URLS: options.serverUrls[0]!,
    ES_INDEX_PREFIX: options.indexPrefix,
    QUERY_HTTP_SERVER_HOST_PORT: `127.0.0.1:${port}`,
    QUERY_GRPC_SERVER_HOST_PORT: '127.0.0.1:0',
    ADMIN_HTTP_HOST_PORT: '127.0.0.1:0',
  },
});
const pid = query.child.pid!;
const url = `http://127.0.0.1:${port}/api/traces/${traceId}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/api/services`)).ok) break;
  } catch {
    if (i > 120) throw new Error('query did not start');
  }
  await sleep(250);
}
const rssBefore = Math.round(peakRssOf(pid));
const load0 = loadavg()[0]!;
const cpu0 = cpuSeconds(pid);
const latencies: number[] = [];
let bytes = 0;
let returned = 0;
for (let i = 0; i < requests; i++) {
  const started = performance.now();
  const response = await fetch(url);
  const body = (await response.json()) as { data: { spans: unknown[] }[] };
  latencies.push(performance.now() - started);
  bytes = Number(response.headers.get('content-length') ?? 0);
  returned = body.data[0]?.spans.length ?? 0;
}
const cpu = cpuSeconds(pid) - cpu0;
const peak = Math.round(peakRssOf(pid));
const load1 = loadavg()[0]!;
await query.stop();
await store.purge();
await store.close();
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
console.log(
  JSON.stringify({
    spans: spanCount,
    returned,
    bodyMiB: +(bytes / 2 ** 20).toFixed(1),
    requests,
    nodeArgs: nodeArgs.join(' '),
    p50Ms: at(0.5),
    p90Ms: at(0.9),
    cpuMsPerRequest: Math.round((cpu / requests) * 1000),
    rssBeforeMiB: rssBefore,
    peakRssMiB: peak,
    load: [+load0.toFixed(1), +load1.toFixed(1)],
  }),
);
process.exit(0);
