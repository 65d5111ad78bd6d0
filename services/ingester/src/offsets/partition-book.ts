import { OffsetTracker } from './offset-tracker.ts';

/** What this process knows of one assigned partition. */
export interface PartitionEntry {
  tracker: OffsetTracker;
  /** Last offset committed by us (next offset to read), undefined before our first commit. */
  committed: number | undefined;
  /** Messages of this partition finished by this process (monotonic, for the deadlock detector). */
  progress: number;
  /** High watermark seen in the last fetch. */
  endOffset: number | undefined;
  paused: boolean;
}

/** The partitions of the current assignment. A new assignment or a re-seek gets a fresh tracker, so
 *  late completions from before it can no longer move the commit point. */
export class PartitionBook {
  private readonly entries = new Map<number, PartitionEntry>();

  /** Returns the partitions that were revoked and those newly assigned. */
  assign(partitions: readonly number[]): { revoked: number[]; added: number[] } {
    const next = new Set(partitions);
    const revoked = [...this.entries.keys()].filter((p) => !next.has(p));
    for (const p of revoked) this.entries.delete(p);
    const added: number[] = [];
    for (const p of partitions) {
      // A retained partition keeps its tracker: in-flight writes still count. If kafkajs re-fetches
      // from the committed offset, the consumer sees the redelivery and starts a fresh tracker.
      if (this.entries.has(p)) continue;
      this.entries.set(p, fresh());
      added.push(p);
    }
    return { revoked, added };
  }

  get(partition: number): PartitionEntry | undefined {
    return this.entries.get(partition);
  }

  /** Entry for a partition receiving messages; created on the fly if an assignment event was missed. */
  ensure(partition: number): PartitionEntry {
    let entry = this.entries.get(partition);
    if (!entry) {
      entry = fresh();
      this.entries.set(partition, entry);
    }
    return entry;
  }

  /** New tracker (after a re-seek or redelivery): in-flight work of the old one no longer counts. */
  reset(partition: number): PartitionEntry {
    const entry = this.ensure(partition);
    entry.tracker = new OffsetTracker(entry.committed);
    return entry;
  }

  partitions(): number[] {
    return [...this.entries.keys()].sort((a, b) => a - b);
  }

  entriesList(): [number, PartitionEntry][] {
    return [...this.entries.entries()];
  }

  clear(): void {
    this.entries.clear();
  }
}

function fresh(): PartitionEntry {
  return {
    tracker: new OffsetTracker(),
    committed: undefined,
    progress: 0,
    endOffset: undefined,
    paused: false,
  };
}
