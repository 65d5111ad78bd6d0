/**
 * Helpers of the ingester fault/memory measurements: real `services/ingester/src/main.ts`
 * processes (configured by env, as in production), a topic filled with the bench workload, and the
 * group's committed offsets.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKafkaClient, encodeRecords, silentLogger } from '@spanstream/kafka';
import type { Kafka } from 'kafkajs';
import { startNodeProcess } from '@spanstream/testkit';
import { benchSpan } from './workload.ts';

/** `BENCH_INGESTER_MAIN` runs another checkout's ingester (e.g. to measure before a change). */
const INGESTER_MAIN =
  process.env['BENCH_INGESTER_MAIN'] ?? join(import.meta.dirname, '../../services/ingester/src/main.ts');

/** Partitions of every ingester bench topic. */
export const PARTITIONS = 6;

export function kafkaFor(brokers: string[]): Kafka {
  return createKafkaClient({ brokers, clientId: 'ingester-measure' }, silentLogger);
}

/** Produces bench spans `from..from+count` (protobuf, one span per record) in sends of `perSend`. */
export async function produceSpans(
  kafka: Kafka,
  topic: string,
  from: number,
  count: number,
  perSend = 500,
): Promise<number> {
  const producer = kafka.producer();
  await producer.connect();
  const base = Date.now() * 1000;
  let bytes = 0;
  for (let i = 0; i < count; i += perSend) {
    const spans = Array.from({ length: Math.min(perSend, count - i) }, (_, j) =>
      benchSpan(from + i + j, base),
    );
    const { messages } = encodeRecords(spans, { encoding: 'protobuf', maxMessageBytes: 1e6 });
    for (const m of messages) bytes += (m.value as Buffer).length + ((m.key as Buffer | null)?.length ?? 0);
    await producer.send({ topic, messages });
  }
  await producer.disconnect();
  return bytes;
}

/** Sum of the group's committed offsets (= records ingested, one span each). */
export async function committedTotal(kafka: Kafka, groupId: string, topic: string): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (entry?.partitions ?? [])
      .sort((a, b) => a.partition - b.partition)
      .map((p) => Math.max(0, Number(p.offset)));
  } finally {
    await admin.disconnect();
  }
}

export function spawnIngester(
  env: Record<string, string>,
  nodeArgs: string[] = [],
  name = 'ingester',
): ChildProcess {
  return startNodeProcess(INGESTER_MAIN, {
    nodeArgs,
    inheritEnv: true,
    echoStderrAs: name,
    env: { LOG_LEVEL: 'warn', ADMIN_HTTP_HOST_PORT: '127.0.0.1:0', ...env },
  }).child;
}

/** Peak resident set (VmHWM) of a live process, MiB. */
export function peakRssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) / 1024;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
