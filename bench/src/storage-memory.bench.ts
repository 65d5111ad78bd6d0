import {
  boolTag,
  int64Tag,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type Span,
} from '@spanstream/model';
import { createMemoryStore } from '@spanstream/storage-memory';
import { cpuSecondsSince, Latencies, peakRssMiB, type BenchResult } from './harness.ts';

const TRACES = 20_000;
const SPANS_PER_TRACE = 10;
const BATCH = 500;
const LOOKUPS = 20_000;
const SEARCHES = 500;

function makeSpans(base: number): Span[] {
  const spans: Span[] = [];
  for (let t = 0; t < TRACES; t++) {
    const traceId = parseTraceId((0x300000 + t).toString(16))!;
    const root = parseSpanId((t * SPANS_PER_TRACE + 1).toString(16))!;
    for (let s = 0; s < SPANS_PER_TRACE; s++) {
      spans.push({
        traceId,
        spanId: parseSpanId((t * SPANS_PER_TRACE + s + 1).toString(16))!,
        operationName: `GET /api/items/${s}`,
        references: s === 0 ? [] : [{ refType: 'CHILD_OF', traceId, spanId: root }],
        flags: 1,
        startTime: micros(base + t * 1000 + s),
        duration: micros(100 + ((t * 7 + s) % 900)),
        tags: [
          stringTag('span.kind', s === 0 ? 'server' : 'client'),
          stringTag('http.method', 'GET'),
          int64Tag('http.status_code', 200n),
          stringTag('customer', `c-${t % 50}`),
          boolTag('cache.hit', t % 3 === 0),
        ],
        logs: [],
        process: { serviceName: `bench-svc-${s % 3}`, tags: [stringTag('hostname', 'bench-host')] },
        warnings: [],
      });
    }
  }
  return spans;
}

/** The in-memory store (all-in-one): write rate, trace-by-ID and search latency with 20,000 traces held. */
export async function run(): Promise<BenchResult[]> {
  const store = createMemoryStore();
  const base = Date.now() * 1000 - TRACES * 1000;
  const spans = makeSpans(base);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < spans.length; i += BATCH) await store.writer.writeSpans(spans.slice(i, i + BATCH));
  const writeSeconds = (performance.now() - started) / 1000;
  const writeCpu = cpuSecondsSince(cpu);

  const byId = new Latencies();
  const lookupStart = performance.now();
  for (let i = 0; i < LOOKUPS; i++) {
    const traceId = spans[((i * 7919) % TRACES) * SPANS_PER_TRACE]!.traceId;
    await byId.time(() => store.reader.getTrace(traceId));
  }
  const lookupSeconds = (performance.now() - lookupStart) / 1000;
  const search = new Latencies();
  let returned = 0;
  const searchStart = performance.now();
  for (let i = 0; i < SEARCHES; i++) {
    const traces = await search.time(() =>
      store.reader.findTraces({
        serviceName: `bench-svc-${i % 3}`,
        tags: { customer: `c-${i % 50}` },
        startTimeMin: micros(base),
        startTimeMax: micros(base + TRACES * 1000),
        numTraces: 20,
      }),
    );
    for (const trace of traces) returned += trace.spans.length;
  }
  const searchSeconds = (performance.now() - searchStart) / 1000;
  return [
    {
      name: 'memory write',
      spansPerSecond: spans.length / writeSeconds,
      spansPerCpuSecond: spans.length / writeCpu,
      rssMiB: peakRssMiB(),
      notes: `${spans.length} spans in ${BATCH}-span batches`,
    },
    {
      name: 'memory trace by ID',
      spansPerSecond: (LOOKUPS * SPANS_PER_TRACE) / lookupSeconds,
      p50Ms: byId.percentile(50),
      p99Ms: byId.percentile(99),
      rssMiB: peakRssMiB(),
      notes: `${LOOKUPS} lookups, ${TRACES} traces held`,
    },
    {
      name: 'memory search (service + tag)',
      spansPerSecond: returned / searchSeconds,
      p50Ms: search.percentile(50),
      p99Ms: search.percentile(99),
      rssMiB: peakRssMiB(),
      notes: `${SEARCHES} searches over ${TRACES} traces, limit 20; spans/s = spans returned`,
    },
  ];
}
