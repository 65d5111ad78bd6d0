import type { RedMetricsWriter } from '@spanstream/metrics-store';
import { micros, type Micros } from '@spanstream/model';
import type { DependencyWriter } from '@spanstream/storage-api';
import type { Segment } from './segment.ts';

/** Partitions out of 60 get their own second of a window, so their documents never share a timestamp. */
const PARTITION_SLOTS = 60;

/**
 * Where a closed window goes: its id (the same on a replay: topic, partition, resume offset) and its
 * timestamp (in the window, a second of its own per partition — Cassandra keys rows by timestamp).
 */
export function windowDocument(
  topic: string,
  windowMs: number,
  segment: Segment,
): { readonly id: string; readonly timestamp: Micros } {
  const slotMs = (segment.partition % PARTITION_SLOTS) * Math.floor(windowMs / PARTITION_SLOTS);
  return {
    id: `${topic}-${segment.partition}-${segment.startOffset}`,
    timestamp: micros((segment.window * windowMs + slotMs) * 1000),
  };
}

/** Writes a closed window's dependencies and RED cells (even when empty: a rewrite must replace). */
export async function writeWindow(
  writers: {
    readonly dependencies?: DependencyWriter | undefined;
    readonly red?: RedMetricsWriter | undefined;
  },
  document: { readonly id: string; readonly timestamp: Micros },
  segment: Segment,
): Promise<void> {
  await Promise.all([
    writers.dependencies?.writeDependencies(document.timestamp, segment.links(), { id: document.id }),
    writers.red?.writeSegment(document.id, segment.red.values()),
  ]);
}
