import type { Consumer } from 'kafkajs';
import type { IngesterMetrics } from './ingester-metrics.ts';
import type { KafkaLogger } from './logger.ts';
import type { PartitionBook } from './partition-book.ts';

export interface BackpressureDeps {
  readonly consumer: Pick<Consumer, 'pause' | 'resume'>;
  readonly book: PartitionBook;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
  readonly topic: string;
  /** Received-but-unwritten bytes above which partitions pause; they resume below half of it. */
  readonly maxInflightBytes: number;
}

/** Pauses and resumes partitions (kafkajs pause/resume) so memory stays bounded while storage lags. */
export class Backpressure {
  private readonly deps: BackpressureDeps;

  constructor(deps: BackpressureDeps) {
    this.deps = deps;
  }

  /** After a partition delivered a batch: pause it if the pipeline now holds too much. */
  afterBatch(partition: number, inflightBytes: number): void {
    if (inflightBytes > this.deps.maxInflightBytes) this.pause(partition, inflightBytes);
  }

  /** Storage refuses writes: stop fetching partitions that already have work waiting. */
  storageTrouble(inflightBytes: number): void {
    for (const [partition, entry] of this.deps.book.entriesList()) {
      if (entry.tracker.pendingCount() > 0) this.pause(partition, inflightBytes);
    }
  }

  /** Writes are succeeding again and memory is below half the bound: resume everything paused. */
  relieve(inflightBytes: number, retrying: boolean): void {
    if (retrying || inflightBytes > this.deps.maxInflightBytes / 2) return;
    const resumed: number[] = [];
    for (const [partition, entry] of this.deps.book.entriesList()) {
      if (!entry.paused) continue;
      entry.paused = false;
      resumed.push(partition);
    }
    if (resumed.length === 0) return;
    this.deps.consumer.resume([{ topic: this.deps.topic, partitions: resumed }]);
    this.updateGauge();
    this.deps.logger.info({ partitions: resumed }, 'partitions resumed');
  }

  /** Resume one partition at once (a deadlock-detector restart). */
  resumeNow(partition: number): void {
    const entry = this.deps.book.get(partition);
    if (!entry?.paused) return;
    entry.paused = false;
    this.deps.consumer.resume([{ topic: this.deps.topic, partitions: [partition] }]);
    this.updateGauge();
  }

  private pause(partition: number, inflightBytes: number): void {
    const entry = this.deps.book.get(partition);
    if (!entry || entry.paused) return;
    entry.paused = true;
    this.deps.consumer.pause([{ topic: this.deps.topic, partitions: [partition] }]);
    this.updateGauge();
    this.deps.logger.info({ partition, inflightBytes }, 'partition paused');
  }

  private updateGauge(): void {
    this.deps.metrics.pausedPartitions.set(this.deps.book.entriesList().filter(([, e]) => e.paused).length);
  }
}
