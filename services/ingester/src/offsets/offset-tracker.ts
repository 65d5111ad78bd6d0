/**
 * In-order commit tracking for one partition. Messages complete out of order (parallel bulk
 * writes); the committable offset only advances past an offset once it and every earlier
 * offset delivered to us are done — Jaeger's offset manager, without its 100 ms polling.
 *
 * Offsets are JS numbers: exact up to 2^53, i.e. centuries at a million messages per second.
 */
export class OffsetTracker {
  /** Offsets still pending, ascending; a ring would save shifts but the head moves rarely. */
  private readonly pending: number[] = [];
  private head = 0;
  private readonly done = new Set<number>();
  private highest = -1;
  /** Next offset to commit (Kafka commits "next to read"), undefined until something finished. */
  private next: number | undefined;

  constructor(startOffset?: number) {
    if (startOffset !== undefined) this.next = startOffset;
  }

  /** Registers a delivered offset; offsets must arrive in increasing order. */
  add(offset: number): void {
    if (offset <= this.highest) throw new RangeError(`offset ${offset} added after ${this.highest}`);
    this.highest = offset;
    this.pending.push(offset);
  }

  /**
   * Marks offsets up to `offset` that were skipped by the broker (control records, compaction):
   * nothing to process, but the commit may pass them once everything before is done.
   */
  skipTo(offset: number): void {
    if (offset <= this.highest) return;
    this.add(offset);
    this.markDone(offset);
  }

  markDone(offset: number): void {
    this.done.add(offset);
    this.advance();
  }

  private advance(): void {
    while (this.head < this.pending.length && this.done.has(this.pending[this.head]!)) {
      const offset = this.pending[this.head]!;
      this.done.delete(offset);
      this.next = offset + 1;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending.splice(0, this.head);
      this.head = 0;
    }
  }

  /** The offset to commit: every offset below it is done. */
  committable(): number | undefined {
    return this.next;
  }

  highestAdded(): number | undefined {
    return this.highest >= 0 ? this.highest : undefined;
  }

  pendingCount(): number {
    return this.pending.length - this.head;
  }

  /** Lowest offset not yet done: where a re-seek restarts consumption. */
  lowestPending(): number | undefined {
    return this.head < this.pending.length ? this.pending[this.head] : undefined;
  }
}
