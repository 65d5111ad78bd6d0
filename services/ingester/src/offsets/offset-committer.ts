import type { GroupConsumer, KafkaLogger } from '@spanstream/kafka';
import type { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import type { PartitionBook } from './partition-book.ts';

export interface OffsetCommitterDeps {
  readonly consumer: Pick<GroupConsumer, 'commit'>;
  readonly book: PartitionBook;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
  readonly topic: string;
  /** Finished offsets are gathered this long before a commit request (Jaeger: 100 ms + 1 s). */
  readonly intervalMs: number;
}

/** Commits each partition's contiguous done offset (from its tracker), one request at a time. */
export class OffsetCommitter {
  private readonly deps: OffsetCommitterDeps;
  private timer: NodeJS.Timeout | undefined;
  private committing: Promise<void> | undefined;

  constructor(deps: OffsetCommitterDeps) {
    this.deps = deps;
  }

  /** Something finished: commit soon. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.commitNow();
    }, this.deps.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  async commitNow(): Promise<void> {
    while (this.committing) await this.committing;
    const { book } = this.deps;
    const offsets: { partition: number; offset: number }[] = [];
    const moved: [number, number][] = [];
    for (const [partition, entry] of book.entriesList()) {
      const next = entry.tracker.committable();
      if (next === undefined || (entry.committed !== undefined && next <= entry.committed)) continue;
      offsets.push({ partition, offset: next });
      moved.push([partition, next]);
    }
    if (offsets.length === 0) return;
    this.committing = this.deps.consumer.commit(offsets).then(
      () => {
        for (const [partition, next] of moved) this.committed(partition, next);
      },
      (error: unknown) => {
        // Not fatal: the offsets stay uncommitted and go out with the next commit.
        this.deps.logger.warn({ err: error }, 'offset commit failed');
      },
    );
    try {
      await this.committing;
    } finally {
      this.committing = undefined;
    }
  }

  private committed(partition: number, next: number): void {
    const entry = this.deps.book.get(partition);
    if (entry) entry.committed = next;
    const labels = { topic: this.deps.topic, partition: String(partition) };
    this.deps.metrics.offsetCommits.inc(labels);
    this.deps.metrics.lastCommittedOffset.set(labels, next - 1);
    if (entry?.endOffset !== undefined) this.deps.metrics.offsetLag.set(labels, entry.endOffset - next);
  }
}
