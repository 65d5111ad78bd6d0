/**
 * A FIFO bounded both in item weight (spans) and in bytes. `tryPut` never blocks:
 * when the item does not fit, the caller refuses the whole request (HTTP 429,
 * gRPC RESOURCE_EXHAUSTED) instead of accepting it and dropping spans later, which
 * is what Jaeger's queue does. An item larger than the whole capacity is admitted
 * only into an empty queue, so one big request can still make progress; memory then
 * stays bounded by the receivers' body limits.
 *
 * The queue only holds items; who takes them and how many at once is the caller's business.
 */
interface Entry<T> {
  readonly item: T;
  readonly count: number;
  readonly bytes: number;
}

export class BoundedQueue<T> {
  /** Entries before `#head` are taken and cleared, so the queue never keeps a handled batch alive. */
  readonly #entries: (Entry<T> | undefined)[] = [];
  #head = 0;
  #count = 0;
  #bytes = 0;
  #closed = false;
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

  /** Whether an item of this weight would be admitted now. */
  fits(count: number, bytes: number): boolean {
    if (this.#closed) return false;
    if (this.#count === 0) return true;
    return (
      this.#count + count <= this.capacity &&
      (this.capacityBytes === 0 || this.#bytes + bytes <= this.capacityBytes)
    );
  }

  tryPut(item: T, count: number, bytes: number): boolean {
    if (!this.fits(count, bytes)) return false;
    this.#entries.push({ item, count, bytes });
    this.#count += count;
    this.#bytes += bytes;
    return true;
  }

  /** The oldest item, or undefined when the queue is empty. */
  poll(): T | undefined {
    if (this.#head >= this.#entries.length) return undefined;
    const entry = this.#entries[this.#head]!;
    this.#entries[this.#head] = undefined;
    this.#head++;
    if (this.#head === this.#entries.length) {
      this.#entries.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#entries.length) {
      // Compact occasionally instead of shift() on every take (O(n) on large arrays).
      this.#entries.splice(0, this.#head);
      this.#head = 0;
    }
    this.#count -= entry.count;
    this.#bytes -= entry.bytes;
    return entry.item;
  }

  /** Refuses further puts; what is queued can still be polled. */
  close(): void {
    this.#closed = true;
  }
}
