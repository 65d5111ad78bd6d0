import type { GroupConsumer, KafkaLogger } from '@spanstream/kafka';
import type { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import type { PartitionBook } from '../offsets/partition-book.ts';
import type { MemoryBound } from './memory-bound.ts';

export interface BackpressureDeps {
  readonly consumer: Pick<GroupConsumer, 'pause' | 'resume'>;
  readonly book: PartitionBook;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
  /** Pause and resume thresholds, in held bytes (see memory-bound.ts). */
  readonly bound: Pick<MemoryBound, 'pauseAtHeldBytes' | 'resumeAtHeldBytes'>;
}

/** Pauses and resumes partitions (the group consumer's pause/resume) so memory stays bounded while storage lags. */
export class Backpressure {
  private readonly deps: BackpressureDeps;

  constructor(deps: BackpressureDeps) {
    this.deps = deps;
  }

  /**
   * After a partition delivered a batch: when the pipeline holds too much, pause every partition,
   * not only this one — each one left running could still deliver a full fetch before its own
   * next batch paused it (how a 2 MiB bound was once exceeded).
   */
  afterBatch(heldBytes: number): void {
    if (heldBytes <= this.deps.bound.pauseAtHeldBytes) return;
    for (const [partition] of this.deps.book.entriesList()) this.pause(partition, heldBytes);
  }

  /** Storage refuses writes: stop fetching partitions that already have work waiting. */
  storageTrouble(heldBytes: number): void {
    for (const [partition, entry] of this.deps.book.entriesList()) {
      if (entry.tracker.pendingCount() > 0) this.pause(partition, heldBytes);
    }
  }

  /** Writes are succeeding again and memory is below the resume threshold: resume everything paused. */
  relieve(heldBytes: number, retrying: boolean): void {
    if (retrying || heldBytes > this.deps.bound.resumeAtHeldBytes) return;
    const resumed: number[] = [];
    for (const [partition, entry] of this.deps.book.entriesList()) {
      if (!entry.paused) continue;
      entry.paused = false;
      resumed.push(partition);
    }
    if (resumed.length === 0) return;
    this.deps.consumer.resume(resumed);
    this.updateGauge();
    this.deps.logger.info({ partitions: resumed }, 'partitions resumed');
  }

  /** Resume one partition at once (a deadlock-detector restart). */
  resumeNow(partition: number): void {
    const entry = this.deps.book.get(partition);
    if (!entry?.paused) return;
    entry.paused = false;
    this.deps.consumer.resume([partition]);
    this.updateGauge();
  }

  private pause(partition: number, heldBytes: number): void {
    const entry = this.deps.book.get(partition);
    if (!entry || entry.paused) return;
    entry.paused = true;
    this.deps.consumer.pause([partition]);
    this.updateGauge();
    this.deps.logger.info({ partition, heldBytes }, 'partition paused');
  }

  private updateGauge(): void {
    this.deps.metrics.pausedPartitions.set(this.deps.book.entriesList().filter(([, e]) => e.paused).length);
  }
}
