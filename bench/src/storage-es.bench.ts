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
import { createElasticsearchStore, type EsFlavor } from '@spanstream/storage-elasticsearch';
import { elasticsearchUrl, opensearchUrl, uniqueName } from '@spanstream/testkit';
import { cpuSecondsSince, Latencies, peakRssMiB, runConcurrently, type BenchResult } from './harness.ts';

const TRACES = 2_000;
const SPANS_PER_TRACE = 10;
const BATCH = 500;
const LOOKUPS = 500;
const SEARCHES = 200;

/** The same span shape as the Cassandra bench: ~11 tags per span, 10 spans per trace. */
function makeSpans(base: number): Span[] {
  const spans: Span[] = [];
  for (let t = 0; t < TRACES; t++) {
    const traceId = parseTraceId((0x200000 + t).toString(16))!;
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
          stringTag('http.url', `https://shop.example.com/api/items/${t}`),
          int64Tag('http.status_code', 200n),
          stringTag('customer', `c-${t % 50}`),
          boolTag('cache.hit', t % 3 === 0),
          float64Tag('load', 0.25),
          stringTag('peer.service', 'inventory'),
          stringTag('db.system', 'postgresql'),
          stringTag('region', 'eu-west-1'),
          int64Tag('retry', BigInt(s % 3)),
        ],
        logs: [],
        process: { serviceName: `bench-svc-${s % 3}`, tags: [stringTag('hostname', 'bench-host')] },
        warnings: [],
      });
    }
  }
  return spans;
}

async function benchFlavor(flavor: EsFlavor): Promise<BenchResult[]> {
  const url = flavor === 'opensearch' ? await opensearchUrl() : await elasticsearchUrl();
  const store = await createElasticsearchStore({
    flavor,
    serverUrls: [url],
    indexPrefix: uniqueName('bench'),
    numShards: 1,
    numReplicas: 0,
  });
  const base = Date.now() * 1000 - TRACES * 1000;
  const spans = makeSpans(base);
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    // Several writers at once, as the ingester's partitions: the bulk writer batches across them.
    await runConcurrently(spans.length / BATCH, 4, async (i) => {
      await store.writer.writeSpans(spans.slice(i * BATCH, (i + 1) * BATCH));
    });
    const writeSeconds = (performance.now() - started) / 1000;
    const writeCpu = cpuSecondsSince(cpu);
    await store.refresh();

    const byId = new Latencies();
    const lookupStart = performance.now();
    await runConcurrently(LOOKUPS, 8, async (i) => {
      const traceId = spans[((i * 7919) % TRACES) * SPANS_PER_TRACE]!.traceId;
      await byId.time(() => store.reader.getTrace(traceId));
    });
    const lookupSeconds = (performance.now() - lookupStart) / 1000;

    const search = new Latencies();
    let returned = 0;
    const searchStart = performance.now();
    await runConcurrently(SEARCHES, 4, async (i) => {
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
    });
    const searchSeconds = (performance.now() - searchStart) / 1000;
    return [
      {
        name: `${flavor} bulk write`,
        spansPerSecond: spans.length / writeSeconds,
        spansPerCpuSecond: spans.length / writeCpu,
        rssMiB: peakRssMiB(),
        notes: `${spans.length} spans, 4 writers × ${BATCH}, bulk 1000 actions, 1 worker; CPU is the Node writer's`,
      },
      {
        name: `${flavor} trace by ID`,
        spansPerSecond: (LOOKUPS * SPANS_PER_TRACE) / lookupSeconds,
        p50Ms: byId.percentile(50),
        p99Ms: byId.percentile(99),
        rssMiB: peakRssMiB(),
        notes: `${LOOKUPS} lookups of ${SPANS_PER_TRACE}-span traces over 72 h of daily indices, 8 concurrent`,
      },
      {
        name: `${flavor} search (service + tag)`,
        spansPerSecond: returned / searchSeconds,
        p50Ms: search.percentile(50),
        p99Ms: search.percentile(99),
        rssMiB: peakRssMiB(),
        notes: `${SEARCHES} searches (${(SEARCHES / searchSeconds).toFixed(0)}/s), limit 20, 4 concurrent; spans/s = spans returned`,
      },
    ];
  } finally {
    await store.purge();
    await store.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  return [...(await benchFlavor('elasticsearch')), ...(await benchFlavor('opensearch'))];
}
