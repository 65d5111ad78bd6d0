/**
 * `node bench/src/ingester-group-stall.ts [session-timeout] [heartbeat-interval]`: three real
 * ingesters (memory storage) share a 6-partition topic under a steady load; one is SIGKILLed (and,
 * unless the third argument is `no-replace`, a replacement starts 2 s later) and the script reports how long the group stopped committing: the longest window in which no
 * partition advanced (whole group stalled) and the longest in which some partition did not.
 */
import { createTopic } from '@spanstream/kafka/test-helpers';
import { kafkaBrokers, uniqueName } from '@spanstream/testkit';
import {
  committedTotal,
  kafkaFor,
  PARTITIONS,
  produceSpans,
  sleep,
  spawnIngester,
} from './ingester-processes.ts';

const [session = '10s', heartbeat = '3s', replace = 'replace'] = process.argv.slice(2);
const RATE = 600; // spans/s, produced every 250 ms
const brokers = await kafkaBrokers();
const kafka = kafkaFor(brokers);
const topic = uniqueName('stall');
const group = `${topic}-group`;
await createTopic(kafka, topic, PARTITIONS);
const env = {
  KAFKA_CONSUMER_BROKERS: brokers.join(','),
  KAFKA_CONSUMER_TOPIC: topic,
  KAFKA_CONSUMER_GROUP_ID: group,
  SPAN_STORAGE_TYPE: 'memory',
  KAFKA_CONSUMER_SESSION_TIMEOUT: session,
  KAFKA_CONSUMER_HEARTBEAT_INTERVAL: heartbeat,
};
const members = [0, 1, 2].map((i) =>
  spawnIngester({ ...env, KAFKA_CONSUMER_CLIENT_ID: `m${i}` }, [], `m${i}`),
);

let produced = 0;
let producing = true;
const producer = (async () => {
  while (producing) {
    await produceSpans(kafka, topic, produced, RATE / 4, RATE / 4);
    produced += RATE / 4;
    await sleep(250);
  }
})();

// Samples every 250 ms: when each partition and the group as a whole last advanced.
let last: number[] = [];
let killedAt = 0;
let groupStall = 0;
let partitionStall = 0;
let groupSince = 0;
const partitionSince: number[] = new Array<number>(PARTITIONS).fill(0);
const sample = async (now: number) => {
  const offsets = await committedTotal(kafka, group, topic);
  const moved = offsets.some((o, p) => o > (last[p] ?? 0));
  if (moved || groupSince === 0) groupSince = now;
  offsets.forEach((o, p) => {
    if (o > (last[p] ?? 0) || partitionSince[p] === 0) partitionSince[p] = now;
  });
  last = offsets;
  if (killedAt > 0) {
    groupStall = Math.max(groupStall, now - Math.max(groupSince, killedAt));
    for (const since of partitionSince)
      partitionStall = Math.max(partitionStall, now - Math.max(since, killedAt));
  }
};

const started = Date.now();
// Warm-up: all three joined and committing.
while (Date.now() - started < 25_000) {
  await sample(Date.now());
  await sleep(250);
}
members[0]!.kill('SIGKILL');
killedAt = Date.now();
let replaced = false;
while (Date.now() - killedAt < 45_000) {
  // As an orchestrator would: a replacement starts 2 s after the kill. Its JoinGroup starts a
  // rebalance that waits for every known member, the dead one included, until its session expires.
  if (replace === 'replace' && !replaced && Date.now() - killedAt > 2_000) {
    members.push(spawnIngester({ ...env, KAFKA_CONSUMER_CLIENT_ID: 'm3' }, [], 'm3'));
    replaced = true;
  }
  await sample(Date.now());
  await sleep(250);
}
producing = false;
await producer;
for (const m of members.slice(1)) m.kill('SIGTERM');
console.log(
  JSON.stringify({
    sessionTimeout: session,
    heartbeatInterval: heartbeat,
    replacement: replace === 'replace',
    wholeGroupStallS: groupStall / 1000,
    longestPartitionStallS: partitionStall / 1000,
    produced,
    committed: last.reduce((a, b) => a + b, 0),
  }),
);
process.exit(0);
