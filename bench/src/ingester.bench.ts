import { createKafkaClient, silentLogger, type KafkaSpanWriter, type SpanEncoding } from '@spanstream/kafka';
import { createTopic, testSpanWriter } from '@spanstream/kafka/test-helpers';
import type { Span } from '@spanstream/model';
import { createIngester } from '@spanstream/ingester';
import { consumerOptions } from '@spanstream/ingester/test-helpers';
import type { SpanWriter } from '@spanstream/storage-api';
import { createMemoryStore } from '@spanstream/storage-memory';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import { createCassandraStore } from '@spanstream/storage-cassandra';
import { stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import { Registry } from 'prom-client';
import { cpuSecondsSince, Latencies, peakRssMiB, runConcurrently, type BenchResult } from './harness.ts';
import { benchSpan, SPANS_PER_REQUEST, STEADY_SECONDS } from './workload.ts';
import { kafkaFor, PARTITIONS } from './ingester-processes.ts';

const PREFILL_SPANS = 100_000;
/** Cassandra writes ~15 rows per span (indexes): a smaller slice of the topic keeps the bench short. */
const CASSANDRA_SPANS = 20_000;
const STEADY_RATE = 5_000;

function writerFor(brokers: string[], topic: string, encoding: SpanEncoding): KafkaSpanWriter {
  const kafka = createKafkaClient({ brokers, clientId: 'bench-writer' }, silentLogger);
  return testSpanWriter(kafka, topic, { encoding, batchSize: 1024 * 1024, batchLingerMs: 2 });
}

/** Kafka span writer alone: 100-span writes, 16 concurrent, as collector workers would call it. */
async function producerThroughput(
  brokers: string[],
  encoding: SpanEncoding,
  topic: string,
  spans: Span[],
): Promise<BenchResult> {
  const writer = writerFor(brokers, topic, encoding);
  await writer.start();
  const latency = new Latencies();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await runConcurrently(spans.length / SPANS_PER_REQUEST, 16, async (i) => {
    await latency.time(() =>
      writer.writeSpans(spans.slice(i * SPANS_PER_REQUEST, (i + 1) * SPANS_PER_REQUEST)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  await writer.close();
  return {
    name: `kafka span writer (${encoding})`,
    spansPerSecond: spans.length / seconds,
    spansPerCpuSecond: spans.length / cpuSeconds,
    p50Ms: latency.percentile(50),
    p99Ms: latency.percentile(99),
    rssMiB: peakRssMiB(),
    notes: `${spans.length} spans, ${SPANS_PER_REQUEST}/write, 16 writes in flight, acks=all, idempotent; p50/p99 = write until acked`,
  };
}

/** Wraps the memory store, noting when each span became queryable. */
function timedWriter(inner: SpanWriter, onWritten: (spans: readonly Span[]) => void): SpanWriter {
  return {
    async writeSpans(spans) {
      await inner.writeSpans(spans);
      onWritten(spans);
    },
  };
}

function startIngester(brokers: string[], topic: string, writer: SpanWriter, groupId = `${topic}-group`) {
  return createIngester({
    writer,
    logger: silentLogger,
    registry: new Registry(),
    onFatal: (reason) => {
      throw new Error(reason);
    },
    options: {
      client: { brokers, clientId: 'bench-ingester' },
      encoding: 'protobuf',
      drainTimeoutMs: 5_000,
      consumer: consumerOptions(topic, {
        groupId,
        maxInflightBytes: 64 * 1024 * 1024,
        fetchMaxBytesPerPartition: 1024 * 1024,
        commitIntervalMs: 200,
        lagIntervalMs: 5_000,
        parallelism: 8,
        batchSize: 1000,
        backoff: { minDelayMs: 100, maxDelayMs: 5_000 },
      }),
    },
  });
}

/** Ingester from a pre-filled topic into a store: spans/s and spans per CPU-second (this process). */
async function ingesterThroughput(
  brokers: string[],
  topic: string,
  expected: number,
  target: { name: string; store: StoreUnderTest; notes: string },
): Promise<BenchResult> {
  try {
    return await measureThroughput(brokers, topic, expected, target.name, target.store.writer, target.notes);
  } finally {
    await target.store.close();
  }
}

async function measureThroughput(
  brokers: string[],
  topic: string,
  expected: number,
  name: string,
  storeWriter: SpanWriter,
  notes: string,
): Promise<BenchResult> {
  let written = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const writer = timedWriter(storeWriter, (spans) => {
    written += spans.length;
    if (written >= expected) resolveDone();
  });
  const ingester = startIngester(brokers, topic, writer, uniqueName(`${topic}-${name}`));
  const cpu = process.cpuUsage();
  const started = performance.now();
  await ingester.start();
  await done;
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  await ingester.stop();
  return {
    name: `ingester: pre-filled topic → ${name}`,
    spansPerSecond: expected / seconds,
    spansPerCpuSecond: expected / cpuSeconds,
    rssMiB: peakRssMiB(),
    notes: `${expected} protobuf records on ${PARTITIONS} partitions, group join included; ${notes}`,
  };
}

/** The other figures are still worth printing when a backend is down. */
async function orNotMeasured(name: string, measure: () => Promise<BenchResult>): Promise<BenchResult> {
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : String(error);
    return { name, spansPerSecond: Number.NaN, rssMiB: peakRssMiB(), notes: `not measured: ${reason}` };
  }
}

interface StoreUnderTest {
  readonly writer: SpanWriter;
  close(): Promise<void>;
}

/** The real backends the pre-filled topic is ingested into. */
const BACKENDS: readonly { name: string; spans: number; notes: string; open(): Promise<StoreUnderTest> }[] = [
  {
    name: 'elasticsearch',
    spans: PREFILL_SPANS,
    notes: 'CPU = ingester process (decode, documents, bulk), not Elasticsearch',
    open: async () =>
      createElasticsearchStore({
        ...(await stackEsOptions('bench-ingest')),
        bulk: { actions: 1000, size: 5_000_000, flushIntervalMs: 50, workers: 4, maxAttempts: 10 },
      }),
  },
  {
    name: 'cassandra',
    spans: CASSANDRA_SPANS,
    notes: 'first 20000 records only; CPU = ingester process (decode, CQL), not Cassandra',
    open: async () => createCassandraStore(await stackCassandraOptions('bench_ingest')),
  },
];

/** Steady load through writer → Kafka → ingester → memory store; latency = write call to queryable. */
async function endToEndLatency(brokers: string[], base: number): Promise<BenchResult> {
  const topic = uniqueName('bench-e2e');
  await createTopic(kafkaFor(brokers), topic, PARTITIONS);
  const sentAt = new Map<string, number>();
  const latency = new Latencies();
  const store = createMemoryStore({ maxTraces: 0 });
  const writer = timedWriter(store.writer, (spans) => {
    const now = performance.now();
    for (const span of spans) {
      const start = sentAt.get(span.spanId);
      if (start !== undefined) latency.record(now - start);
      sentAt.delete(span.spanId);
    }
  });
  const ingester = startIngester(brokers, topic, writer);
  await ingester.start();
  const producer = writerFor(brokers, topic, 'protobuf');
  await producer.start();
  const perTick = STEADY_RATE / 100;
  const started = performance.now();
  let n = 10_000_000;
  let failed = 0;
  for (let tick = 0; tick < STEADY_SECONDS * 100; tick++) {
    const spans = Array.from({ length: perTick }, () => benchSpan(n++, base));
    const now = performance.now();
    for (const span of spans) sentAt.set(span.spanId, now);
    producer.writeSpans(spans).catch(() => {
      failed += spans.length;
    });
    const next = started + (tick + 1) * 10;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
  }
  const deadline = performance.now() + 30_000;
  while (sentAt.size > 0 && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await producer.close();
  await ingester.stop();
  return {
    name: 'end to end: writer → Kafka → ingester → memory',
    spansPerSecond: latency.count / STEADY_SECONDS,
    p50Ms: latency.percentile(50),
    p99Ms: latency.percentile(99),
    rssMiB: peakRssMiB(),
    notes: `steady ${STEADY_RATE} spans/s for ${STEADY_SECONDS}s, both ends in one process; ${sentAt.size} spans not seen, ${failed} failed to produce`,
  };
}

export async function run(): Promise<BenchResult[]> {
  const brokers = await kafkaBrokers();
  const base = Date.now() * 1000 - PREFILL_SPANS;
  const spans = Array.from({ length: PREFILL_SPANS }, (_, n) => benchSpan(n, base));
  const protoTopic = uniqueName('bench-ingest');
  const otlpTopic = uniqueName('bench-otlp');
  await createTopic(kafkaFor(brokers), protoTopic, PARTITIONS);
  await createTopic(kafkaFor(brokers), otlpTopic, PARTITIONS);
  const results = [
    await producerThroughput(brokers, 'protobuf', protoTopic, spans),
    await producerThroughput(brokers, 'otlp_proto', otlpTopic, spans),
  ];
  results.push(
    await ingesterThroughput(brokers, protoTopic, PREFILL_SPANS, {
      name: 'memory',
      store: createMemoryStore({ maxTraces: 0 }),
      notes: 'CPU = ingester process',
    }),
  );
  for (const backend of BACKENDS) {
    results.push(
      await orNotMeasured(`ingester: pre-filled topic → ${backend.name}`, async () =>
        ingesterThroughput(brokers, protoTopic, backend.spans, {
          name: backend.name,
          store: await backend.open(),
          notes: backend.notes,
        }),
      ),
    );
  }
  results.push(await endToEndLatency(brokers, base));
  return results;
}
