import type { IncomingMessage } from '@spanstream/kafka';

/** Records of one partition from one fetch, not yet handed out. */
export interface FetchedBatch {
  readonly partition: number;
  readonly messages: readonly IncomingMessage[];
  /** Offset of the fetch's last record (control records included): the commit is `lastOffset + 1`. */
  readonly lastOffset: number;
}

/** What the consumer should do to its partitions after a buffer operation. */
export type FlowChange = 'pause' | 'resume' | undefined;

function sizeOf(batch: FetchedBatch): number {
  let bytes = 0;
  for (const m of batch.messages) bytes += (m.value?.length ?? 0) + (m.key?.length ?? 0);
  return bytes;
}

/**
 * Fetched batches in arrival order (so per partition in offset order), bounded by their bytes: at
 * `maxBytes` the consumer pauses; once half of it was handed out it resumes. One fetch may
 * overshoot the bound, so the memory held is at most `maxBytes` plus one fetch response.
 */
export class PrefetchBuffer {
  private readonly maxBytes: number;
  private readonly queue: { batch: FetchedBatch; bytes: number }[] = [];
  private held = 0;
  private pausedNow = false;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.queue.length;
  }

  get paused(): boolean {
    return this.pausedNow;
  }

  push(batch: FetchedBatch): FlowChange {
    const bytes = sizeOf(batch);
    this.queue.push({ batch, bytes });
    this.held += bytes;
    if (this.pausedNow || this.held < this.maxBytes) return undefined;
    this.pausedNow = true;
    return 'pause';
  }

  shift(): { batch: FetchedBatch; flow: FlowChange } | undefined {
    const entry = this.queue.shift();
    if (!entry) return undefined;
    this.held -= entry.bytes;
    return { batch: entry.batch, flow: this.relieve() };
  }

  /** Drops everything (a rebalance: the group refetches from the committed offsets). */
  clear(): FlowChange {
    this.queue.length = 0;
    this.held = 0;
    return this.relieve();
  }

  private relieve(): FlowChange {
    if (!this.pausedNow || this.held > this.maxBytes / 2) return undefined;
    this.pausedNow = false;
    return 'resume';
  }
}
