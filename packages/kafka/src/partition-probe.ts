import type { Admin, KafkaMessage } from 'kafkajs';
import type { PartitionProbe } from './deadlock-detector.ts';
import type { IncomingMessage } from './message.ts';
import type { PartitionBook } from './partition-book.ts';

/**
 * End and committed offsets of the partitions in `book`, from the broker, so they are known while a
 * partition is paused or idle. A partition the group never committed counts from its low watermark.
 */
export async function probePartitions(
  admin: Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>,
  book: PartitionBook,
  topic: string,
  groupId: string,
): Promise<PartitionProbe[]> {
  const [ends, groups] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const committedByPartition = new Map(
    (groups[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)] as const),
  );
  const probes: PartitionProbe[] = [];
  for (const end of ends) {
    const entry = book.get(end.partition);
    if (!entry) continue;
    const brokerCommitted = committedByPartition.get(end.partition) ?? -1;
    probes.push({
      partition: end.partition,
      endOffset: Number(end.high),
      committedOffset: brokerCommitted >= 0 ? brokerCommitted : Number(end.low),
      progress: entry.progress,
    });
  }
  return probes;
}

export function toIncoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  const headers: Record<string, Buffer | string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    headers[name] = Array.isArray(value) ? value[0] : value;
  }
  return {
    topic,
    partition,
    offset: Number(message.offset),
    key: message.key,
    value: message.value,
    headers,
    timestamp: Number(message.timestamp),
  };
}
