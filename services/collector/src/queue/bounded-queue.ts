/**
 * A FIFO bounded both in item weight (spans) and in bytes. `tryPut` never blocks:
 * when the item does not fit, the caller refuses the whole request (HTTP 429,
 * gRPC RESOURCE_EXHAUSTED) instead of accepting it and dropping spans later, which
 * is what Jaeger's queue does. An item larger than the whole capacity is admitted
 * only into an empty queue, so one big request can still make progress; memory then
 * stays bounded by the receivers' body limits.
 */
export class BoundedQueue<T> {
  readonly #items: { item: T; count: number; bytes: number }[] = [];
  #head = 0;
  #count = 0;
  #bytes = 0;
  #closed = false;
  readonly #waiters: ((item: T | undefined) => void)[] = [];
  readonly #drainWaiters: (() => void)[] = [];
  #inFlight = 0;
  readonly capacity: number;
  readonly capacityBytes: number;

  /** `capacityBytes` 0 means no byte bound. */
  constructor(capacity: number, capacityBytes: number) {
    this.capacity = capacity;
    this.capacityBytes = capacityBytes;
  }

  /** Items waiting (in spans). */
  get length(): number {
    return this.#count;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get closed(): boolean {
    return this.#closed;
  }

  tryPut(item: T, count: number, bytes: number): boolean {
    if (this.#closed) return false;
    const empty = this.#count === 0;
    const fits =
      this.#count + count <= this.capacity &&
      (this.capacityBytes === 0 || this.#bytes + bytes <= this.capacityBytes);
    if (!fits && !empty) return false;
    const waiter = this.#waiters.shift();
    if (waiter) {
      // A worker is idle: hand the item over directly, it never sits in the queue.
      this.#inFlight++;
      waiter(item);
      return true;
    }
    this.#items.push({ item, count, bytes });
    this.#count += count;
    this.#bytes += bytes;
    return true;
  }

  /** The next item; undefined once the queue is closed and empty. Call `done()` after handling it. */
  take(): Promise<T | undefined> {
    const entry = this.#shift();
    if (entry) {
      this.#inFlight++;
      return Promise.resolve(entry.item);
    }
    if (this.#closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Marks an item returned by `take` as handled (written or given up). */
  done(): void {
    this.#inFlight--;
    this.#notifyDrained();
  }

  /** Refuses further puts; waiting takers get undefined once everything queued is taken. */
  close(): void {
    this.#closed = true;
    if (this.#count === 0) for (const waiter of this.#waiters.splice(0)) waiter(undefined);
    this.#notifyDrained();
  }

  /** Resolves once the queue is empty and every taken item is done. */
  drained(): Promise<void> {
    if (this.#count === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  #shift(): { item: T; count: number; bytes: number } | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const entry = this.#items[this.#head]!;
    this.#head++;
    // Compact occasionally instead of shift() on every take (O(n) on large arrays).
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items.splice(0, this.#head);
      this.#head = 0;
    }
    this.#count -= entry.count;
    this.#bytes -= entry.bytes;
    if (this.#closed && this.#count === 0) for (const waiter of this.#waiters.splice(0)) waiter(undefined);
    return entry;
  }

  #notifyDrained(): void {
    if (this.#count !== 0 || this.#inFlight !== 0) return;
    for (const resolve of this.#drainWaiters.splice(0)) resolve();
  }
}
