/**
 * `node bench/src/ingester-drain-rss.ts [spans] [-- node flags…]`: fills a 6-partition topic
 * with a backlog of bench spans (protobuf, ~430 B per record), starts one real ingester process
 * (`services/ingester/src/main.ts`, Elasticsearch storage) and reports its peak RSS (VmHWM) while it
 * drains the backlog, with the drain time. Ingester flags come from the environment as in
 * production (e.g. `INGESTER_MAX_INFLIGHT_BYTES=2MiB`); node flags follow `--`.
 */
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
const started = Date.now();
let peak = 0;
let done = 0;
while (done < spans) {
  await sleep(500);
  if (child.exitCode !== null) throw new Error(`ingester exited with ${child.exitCode}`);
  peak = Math.max(peak, peakRssOf(child.pid!));
  done = (await committedTotal(kafka, `${topic}-group`, topic)).reduce((a, b) => a + b, 0);
}
const seconds = (Date.now() - started) / 1000;
peak = Math.max(peak, peakRssOf(child.pid!));
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await fetch(`${esUrl}/${prefix}-*`, { method: 'DELETE' });
const admin = kafka.admin();
await admin.connect();
await admin.deleteTopics({ topics: [topic] });
await admin.disconnect();
console.log(
  JSON.stringify({
    spans,
    backlogMiB: +(backlogBytes / 2 ** 20).toFixed(1),
    maxInflightBytes: process.env['INGESTER_MAX_INFLIGHT_BYTES'] ?? 'default',
    nodeArgs: nodeArgs.join(' '),
    peakRssMiB: Math.round(peak),
    drainSeconds: seconds,
    spansPerSecond: Math.round(spans / seconds),
  }),
);
process.exit(0);
