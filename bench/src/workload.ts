import {
  boolTag,
  float64Tag,
  int64Tag,
  micros,
  parseSpanId,
  parseTraceId,
  stringTag,
  type Span,
} from '@spanstream/model';
import type { SpanStore } from '@spanstream/storage-api';
import { cpuSecondsSince, Latencies, peakRssMiB, runConcurrently, type BenchResult } from './harness.ts';

/** Spans per trace of the workload (one server root, nine client children). */
export const SPANS_PER_TRACE = 10;
/** Spans per request or batch where a bench sends requests: ten traces. */
export const SPANS_PER_REQUEST = 100;
/** How long the steady-rate (open-loop) runs last, in seconds. */
export const STEADY_SECONDS = 10;

/**
 * The n-th span of the benchmark workload: ~340 bytes with 11 attributes, 10 spans per trace (one
 * server root, nine client children), three services. Every bench uses this one shape so figures compare.
 * `idBase` separates workloads that share a store or topic.
 */
export function benchSpan(n: number, baseMicros: number, idBase = 0x100000): Span {
  const trace = Math.floor(n / SPANS_PER_TRACE);
  const position = n % SPANS_PER_TRACE;
  const traceId = parseTraceId((idBase + trace).toString(16))!;
  return {
    traceId,
    spanId: parseSpanId((n + 1).toString(16))!,
    operationName: `GET /api/items/${position}`,
    references:
      position === 0
        ? []
        : [
            {
              refType: 'CHILD_OF',
              traceId,
              spanId: parseSpanId((trace * SPANS_PER_TRACE + 1).toString(16))!,
            },
          ],
    flags: 1,
    startTime: micros(baseMicros + n),
    duration: micros(100 + (n % 900)),
    tags: [
      stringTag('span.kind', position === 0 ? 'server' : 'client'),
      stringTag('http.method', 'GET'),
      stringTag('http.url', `https://shop.example.com/api/items/${trace}`),
      int64Tag('http.status_code', 200n),
      stringTag('customer', `c-${trace % 50}`),
      boolTag('cache.hit', trace % 3 === 0),
      float64Tag('load', 0.25),
      stringTag('peer.service', 'inventory'),
      stringTag('db.system', 'postgresql'),
      stringTag('region', 'eu-west-1'),
      int64Tag('retry', BigInt(n % 3)),
    ],
    logs: [],
    process: { serviceName: `bench-svc-${position % 3}`, tags: [stringTag('hostname', 'bench-host')] },
    warnings: [],
  };
}

function benchSpans(count: number, baseMicros: number, idBase?: number): Span[] {
  return Array.from({ length: count }, (_, n) => benchSpan(n, baseMicros, idBase));
}

export interface StoreBenchOptions {
  /** Result name prefix, e.g. `cassandra`. */
  readonly name: string;
  readonly traces: number;
  readonly batch: number;
  /** How many writeSpans calls run at once. */
  readonly writers: number;
  readonly lookups: number;
  readonly searches: number;
  /** What the writer notes should say about the backend's settings. */
  readonly writeNotes: string;
  /** Called after writing, before reads (e.g. an Elasticsearch refresh). */
  readonly afterWrite?: () => Promise<void>;
}

/** Bulk write, trace-by-ID and search phases against any SpanStore. */
export async function benchStore(store: SpanStore, options: StoreBenchOptions): Promise<BenchResult[]> {
  const base = Date.now() * 1000 - options.traces * SPANS_PER_TRACE;
  const spans = benchSpans(options.traces * SPANS_PER_TRACE, base);
  const batches = Math.ceil(spans.length / options.batch);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await runConcurrently(batches, options.writers, async (i) => {
    await store.writer.writeSpans(spans.slice(i * options.batch, (i + 1) * options.batch));
  });
  const writeSeconds = (performance.now() - started) / 1000;
  const writeCpu = cpuSecondsSince(cpu);
  await options.afterWrite?.();

  const byId = new Latencies();
  const lookupStart = performance.now();
  await runConcurrently(options.lookups, 8, async (i) => {
    const traceId = spans[((i * 7919) % options.traces) * SPANS_PER_TRACE]!.traceId;
    await byId.time(() => store.reader.getTrace(traceId));
  });
  const lookupSeconds = (performance.now() - lookupStart) / 1000;

  const search = new Latencies();
  let returned = 0;
  const searchStart = performance.now();
  await runConcurrently(options.searches, 4, async (i) => {
    const traces = await search.time(() =>
      store.reader.findTraces({
        serviceName: `bench-svc-${i % 3}`,
        tags: { customer: `c-${i % 50}` },
        startTimeMin: micros(base),
        startTimeMax: micros(base + spans.length),
        numTraces: 20,
      }),
    );
    for (const trace of traces) returned += trace.spans.length;
  });
  const searchSeconds = (performance.now() - searchStart) / 1000;
  return [
    {
      name: `${options.name} bulk write`,
      spansPerSecond: spans.length / writeSeconds,
      spansPerCpuSecond: spans.length / writeCpu,
      rssMiB: peakRssMiB(),
      notes: `${spans.length} spans, ${options.writers} writers × ${options.batch}; ${options.writeNotes}`,
    },
    {
      name: `${options.name} trace by ID`,
      spansPerSecond: (options.lookups * SPANS_PER_TRACE) / lookupSeconds,
      p50Ms: byId.percentile(50),
      p99Ms: byId.percentile(99),
      rssMiB: peakRssMiB(),
      notes: `${options.lookups} lookups of ${SPANS_PER_TRACE}-span traces, 8 concurrent`,
    },
    {
      name: `${options.name} search (service + tag)`,
      spansPerSecond: returned / searchSeconds,
      p50Ms: search.percentile(50),
      p99Ms: search.percentile(99),
      rssMiB: peakRssMiB(),
      notes: `${options.searches} searches (${(options.searches / searchSeconds).toFixed(0)}/s), limit 20, 4 concurrent; spans/s = spans returned`,
    },
  ];
}
