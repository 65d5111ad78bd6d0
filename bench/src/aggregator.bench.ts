/**
 * The aggregator (issue 16): spans per CPU-second of its hot path (decode a record, extract the few
 * fields it needs, join parent and child, count RED cells; nothing stored per span), then a real
 * aggregator process fed 10,000 spans/s through Kafka: its CPU per span and its peak RSS.
 */
import { fileURLToPath } from 'node:url';
import { decodeFacts, PartitionAggregator, type SpanFacts } from '@spanstream/aggregator';
import { encodeOtlpTraces } from '@spanstream/codec';
import { createTopic, testKafka, testSpanWriter } from '@spanstream/kafka/test-helpers';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import {
  childCpuSeconds,
  childPeakRssMiB,
  childThreadCpuSeconds,
  cpuByThreadSince,
  cpuSecondsSince,
  peakRssMiB,
  type BenchResult,
} from './harness.ts';
import { freePort, startServiceProcess } from './processes.ts';
import { benchSpan, SPANS_PER_TRACE } from './workload.ts';

const MAIN = fileURLToPath(new URL('../../services/aggregator/src/main.ts', import.meta.url));
const TRACES = 20_000;
const SECONDS = 5;
const RATE = 10_000;
const STEADY_SECONDS = 20;
const PARTITIONS = 3;

/** One OTLP request per trace, as the collector writes `otlp_proto` records. */
function records(): Buffer[] {
  const base = Date.now() * 1000;
  const out: Buffer[] = [];
  for (let t = 0; t < TRACES; t++) {
    const spans = Array.from({ length: SPANS_PER_TRACE }, (_, i) => benchSpan(t * SPANS_PER_TRACE + i, base));
    out.push(Buffer.from(encodeOtlpTraces(spans)));
  }
  return out;
}

/** The aggregator's per-record work with the default window and join settings, for SECONDS. */
function hotPath(values: readonly Buffer[]): BenchResult {
  const agg = new PartitionAggregator(
    0,
    { windowMs: 60_000, graceMs: 5_000, join: { joinWaitMs: 180_000, maxEntries: 500_000 } },
    { countFrom: -1, lastWindow: Number.NEGATIVE_INFINITY },
  );
  const facts: SpanFacts[] = [];
  let offset = 0;
  let spans = 0;
  const startMs = Date.now();
  const step = () => {
    const value = values[offset % values.length]!;
    decodeFacts(value, 'otlp_proto', facts);
    // 1,000 records (10,000 spans) per second of Kafka time: a 3-minute join holds 1.8 M spans, over the bound.
    agg.addRecord(offset, startMs + offset, facts, startMs);
    spans += facts.length;
    offset++;
    if (agg.closed.length > 0) agg.closed.length = 0;
  };
  for (let i = 0; i < 2_000; i++) step();
  spans = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) for (let i = 0; i < 500; i++) step();
  const seconds = (performance.now() - start) / 1000;
  return {
    name: 'aggregator: decode + join + RED (no I/O)',
    spansPerSecond: spans / seconds,
    spansPerCpuSecond: spans / cpuSecondsSince(cpu),
    rssMiB: peakRssMiB(),
    notes: `otlp_proto records of ${SPANS_PER_TRACE} spans; join ${agg.join.size()} entries (bound 500k)`,
  };
}

async function metricValue(adminUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

/** A real aggregator process (memory storage: nothing written but its windows) at 10k spans/s. */
async function steadyProcess(): Promise<BenchResult> {
  const brokers = await kafkaBrokers();
  const topic = uniqueName('bench-aggregator');
  await createTopic(testKafka(brokers), topic, PARTITIONS);
  const port = await freePort();
  const adminUrl = `http://127.0.0.1:${port}`;
  const proc = await startServiceProcess(
    MAIN,
    [
      '--span-storage.type=memory',
      `--kafka.consumer.brokers=${brokers.join(',')}`,
      `--kafka.consumer.topic=${topic}`,
      `--kafka.consumer.group-id=${topic}`,
      `--admin.http.host-port=127.0.0.1:${port}`,
      '--log-level=warn',
      // Half the run at the join's bound, as production is at 10k spans/s (10k × the 3-minute join
      // wait is over the default 500,000): 50,000 per partition, 150,000 in all; every span then evicts.
      '--aggregator.join-max-entries=50000',
    ],
    `${adminUrl}/`,
    {},
    process.env['AGG_PROF'] ? ['--cpu-prof', '--cpu-prof-dir=/tmp/aggprof'] : [],
  );
  const writer = testSpanWriter(testKafka(brokers), topic, { encoding: 'otlp_proto' });
  await writer.start();
  try {
    const cpuStart = childCpuSeconds(proc.pid);
    const threadsStart = childThreadCpuSeconds(proc.pid);
    const base = Date.now() * 1000;
    const perTick = RATE / 10;
    let sent = 0;
    const start = performance.now();
    for (let tick = 0; tick < STEADY_SECONDS * 10; tick++) {
      const spans = Array.from({ length: perTick }, (_, i) => benchSpan(sent + i, base, 0x200000));
      await writer.writeSpans(spans);
      sent += perTick;
      const wait = start + (tick + 1) * 100 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const deadline = Date.now() + 60_000;
    while (
      (await metricValue(adminUrl, 'spanstream_aggregator_spans_total')) < sent &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (performance.now() - start) / 1000;
    const counted = await metricValue(adminUrl, 'spanstream_aggregator_spans_total');
    const cpu = childCpuSeconds(proc.pid) - cpuStart;
    const threads = cpuByThreadSince(threadsStart, childThreadCpuSeconds(proc.pid));
    return {
      name: 'aggregator process at 10k spans/s (Kafka, 3 partitions)',
      spansPerSecond: counted / seconds,
      spansPerCpuSecond: counted / cpu,
      rssMiB: childPeakRssMiB(proc.pid),
      notes: `${counted} of ${sent} spans counted; CPU includes Kafka fetches; join entries ${await metricValue(adminUrl, 'spanstream_aggregator_join_entries')}; CPU by thread: ${threads}`,
    };
  } finally {
    await writer.close();
    await proc.stop();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results = [hotPath(records())];
  try {
    results.push(await steadyProcess());
  } catch (error) {
    results.push({
      name: 'aggregator process at 10k spans/s (Kafka, 3 partitions)',
      spansPerSecond: 0,
      rssMiB: 0,
      notes: `not measured: ${(error as Error).message}`,
    });
  }
  return results;
}
