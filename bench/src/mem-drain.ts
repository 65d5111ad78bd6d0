/**
 * `node bench/src/mem-drain.ts [spans] [-- node flags…]`: ingester-drain-rss with CPU: peak RSS
 * (VmHWM), CPU-seconds of the ingester process (/proc/<pid>/stat utime+stime) net of start-up (from
 * the first committed progress on) and spans per CPU-second, plus load average. Env as the ingester's.
 */
import { readFileSync } from 'node:fs';
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

const TICKS = 100;
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeArgs = dash >= 0 ? args.slice(dash + 1) : [];
const spans = Number((dash >= 0 ? args.slice(0, dash) : args)[0] ?? 200_000);

const brokers = await kafkaBrokers();
const esUrl = await elasticsearchUrl();
const kafka = kafkaFor(brokers);
const topic = uniqueName('memdrain');
const prefix = uniqueName('memdrain').toLowerCase();
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
let lastCpu = 0;
while (done < spans) {
  await sleep(500);
  if (child.exitCode !== null) throw new Error(`ingester exited with ${child.exitCode}`);
  peak = Math.max(peak, peakRssOf(pid));
  lastCpu = cpuSeconds(pid);
  done = (await committedTotal(kafka, `${topic}-group`, topic)).reduce((a, b) => a + b, 0);
  if (firstCpu === undefined && done > 0) {
    firstCpu = lastCpu;
    firstDone = done;
  }
}
const seconds = (Date.now() - started) / 1000;
peak = Math.max(peak, peakRssOf(pid));
lastCpu = cpuSeconds(pid);
const load1 = loadavg()[0]!;
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await fetch(`${esUrl}/${prefix}-*`, { method: 'DELETE' });
const admin = kafka.admin();
await admin.connect();
await admin.deleteTopics({ topics: [topic] });
await admin.disconnect();
const netCpu = lastCpu - (firstCpu ?? 0);
console.log(
  JSON.stringify({
    spans,
    backlogMiB: +(backlogBytes / 2 ** 20).toFixed(1),
    env: Object.fromEntries(
      Object.entries(process.env).filter(([k]) => /^(INGESTER|ES_|KAFKA_CONSUMER)/.test(k)),
    ),
    nodeArgs: nodeArgs.join(' '),
    peakRssMiB: Math.round(peak),
    drainSeconds: seconds,
    cpuSeconds: +lastCpu.toFixed(2),
    netCpuSeconds: +netCpu.toFixed(2),
    spansPerCpuSecond: Math.round((spans - firstDone) / netCpu),
    load: [+load0.toFixed(1), +load1.toFixed(1)],
  }),
);
process.exit(0);
