/**
 * `node bench/src/ingester-drain-rss.ts [spans] [-- node flags…]` (also `bench/src/mem-drain.ts`):
 * fills a 6-partition topic with a backlog of bench spans (protobuf, ~430 B per record), starts one
 * real ingester process (`services/ingester/src/main.ts`, Elasticsearch storage) and reports, once
 * the group's committed offsets cover the backlog: its peak RSS (VmHWM), the drain time, its
 * CPU-seconds (/proc/<pid>/stat utime+stime) net of start-up (from the first committed progress
 * on) and spans per CPU-second, and the load average. Ingester flags come from the environment as
 * in production (e.g. `INGESTER_MAX_INFLIGHT_BYTES=2MiB`, `ES_BULK_WORKERS=2`); node flags follow
 * `--` (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, written when the ingester exits on SIGTERM).
 */
import { loadavg } from 'node:os';
import { createTopic } from '@spanstream/kafka/test-helpers';
import { elasticsearchUrl, kafkaBrokers, uniqueName } from '@spanstream/testkit';
import {
  committedTotal,
  kafkaFor,
  PARTITIONS,
  peakRssOf,
  produceSpans,
  sleep,
  spawnIngester,
} from './ingester-processes.ts';
import { cpuSecondsOf } from './vs-jaeger/proc.ts';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeArgs = dash >= 0 ? args.slice(dash + 1) : [];
const spans = Number((dash >= 0 ? args.slice(0, dash) : args)[0] ?? 200_000);

const brokers = await kafkaBrokers();
const esUrl = await elasticsearchUrl();
const kafka = kafkaFor(brokers);
const topic = uniqueName('drain');
const prefix = uniqueName('drain').toLowerCase();
await createTopic(kafka, topic, PARTITIONS);
const backlogBytes = await produceSpans(kafka, topic, 0, spans);
const load0 = loadavg()[0]!;
const child = spawnIngester(
  {
    KAFKA_CONSUMER_BROKERS: brokers.join(','),
    KAFKA_CONSUMER_TOPIC: topic,
    KAFKA_CONSUMER_GROUP_ID: `${topic}-group`,
    SPAN_STORAGE_TYPE: 'elasticsearch',
    ES_SERVER_URLS: esUrl,
    ES_INDEX_PREFIX: prefix,
    ES_NUM_SHARDS: '1',
    ES_NUM_REPLICAS: '0',
  },
  nodeArgs,
);
const pid = child.pid!;
const started = Date.now();
let peak = 0;
let done = 0;
let firstCpu: number | undefined;
let firstDone = 0;
while (done < spans) {
  await sleep(500);
  if (child.exitCode !== null) throw new Error(`ingester exited with ${child.exitCode}`);
  peak = Math.max(peak, peakRssOf(pid));
  const cpu = cpuSecondsOf(pid);
  done = (await committedTotal(kafka, `${topic}-group`, topic)).reduce((a, b) => a + b, 0);
  if (firstCpu === undefined && done > 0) {
    firstCpu = cpu;
    firstDone = done;
  }
}
const seconds = (Date.now() - started) / 1000;
peak = Math.max(peak, peakRssOf(pid));
const cpu = cpuSecondsOf(pid);
const load1 = loadavg()[0]!;
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await fetch(`${esUrl}/${prefix}-*`, { method: 'DELETE' });
const admin = kafka.admin();
await admin.connect();
await admin.deleteTopics({ topics: [topic] });
await admin.disconnect();
const netCpu = cpu - (firstCpu ?? 0);
console.log(
  JSON.stringify({
    spans,
    backlogMiB: +(backlogBytes / 2 ** 20).toFixed(1),
    env: Object.fromEntries(
      Object.entries(process.env).filter(([k]) => /^(INGESTER|ES_|KAFKA_CONSUMER|BENCH_INGESTER)/.test(k)),
    ),
    nodeArgs: nodeArgs.join(' '),
    peakRssMiB: Math.round(peak),
    drainSeconds: seconds,
    spansPerSecond: Math.round(spans / seconds),
    cpuSeconds: +cpu.toFixed(2),
    netCpuSeconds: +netCpu.toFixed(2),
    spansPerCpuSecond: Math.round((spans - firstDone) / netCpu),
    load: [+load0.toFixed(1), +load1.toFixed(1)],
  }),
);
process.exit(0);
