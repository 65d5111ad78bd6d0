import type { GroupConsumer } from '@spanstream/kafka';
import type { PartitionBook } from '../offsets/partition-book.ts';
import type { PartitionProbe } from './deadlock-detector.ts';

/**
 * End and committed offsets of the partitions in `book`, from the broker, so they are known while a
 * partition is paused or idle. A partition the group never committed counts from its low watermark.
 */
export async function probePartitions(
  consumer: Pick<GroupConsumer, 'offsets'>,
  book: PartitionBook,
): Promise<PartitionProbe[]> {
  const probes: PartitionProbe[] = [];
  for (const offsets of await consumer.offsets()) {
    const entry = book.get(offsets.partition);
    if (!entry) continue;
    probes.push({
      partition: offsets.partition,
      endOffset: offsets.endOffset,
      committedOffset: offsets.committedOffset ?? offsets.lowOffset,
      progress: entry.progress,
    });
  }
  return probes;
}
