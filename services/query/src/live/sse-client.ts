/**
 * An encoded event: span events are Buffers shared by every client (a stream copies a string into a
 * new Buffer per write, and so per client; a Buffer it passes on as is).
 */
export type SseChunk = string | Buffer;

/** Where a client's events go: an HTTP response body (a stream with Node's write/drain contract). */
export interface EventSink {
  /** False once the sink's own buffer is full: wait for `drain` before writing more. */
  write(chunk: SseChunk): boolean;
  once(event: 'drain', listener: () => void): unknown;
  end(): unknown;
}

/** One Server-Sent Event: `event: <name>` and one `data:` line (JSON has no raw line breaks). */
export function sseEvent(name: string, data: string): string {
  return `event: ${name}\ndata: ${data}\n\n`;
}

/**
 * One live tail client with a bounded queue. While its connection accepts data, events are written
 * through; once the connection's buffer is full (a slow or stalled reader) up to `capacity` events
 * wait, and further ones are dropped and counted. When the connection drains, the count of drops
 * so far is sent first as a `dropped` event. The queue holds shared Buffers (each span is
 * serialized once for all clients), so a client costs at most `capacity` references beyond what
 * its socket holds.
 */
export class SseClient {
  readonly #sink: EventSink;
  readonly #capacity: number;
  readonly #onDrop: () => void;
  #queue: SseChunk[] = [];
  #blocked = false;
  #closed = false;
  #dropped = 0;
  #reported = 0;

  constructor(sink: EventSink, capacity: number, onDrop: () => void) {
    this.#sink = sink;
    this.#capacity = capacity;
    this.#onDrop = onDrop;
  }

  /** Events dropped for this client so far. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Queues (or writes) one encoded event; drops it when the queue is full. */
  offer(event: SseChunk): void {
    if (this.#closed) return;
    if (!this.#blocked && this.#queue.length === 0) {
      this.#write(event);
      return;
    }
    if (this.#queue.length >= this.#capacity) {
      this.#dropped++;
      this.#onDrop();
      return;
    }
    this.#queue.push(event);
  }

  /** A comment line keeping idle connections open; skipped while the connection is backed up. */
  heartbeat(): void {
    if (!this.#closed && !this.#blocked && this.#queue.length === 0) this.#write(': ping\n\n');
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#sink.end();
  }

  #write(chunk: SseChunk): void {
    if (this.#sink.write(chunk)) return;
    this.#blocked = true;
    this.#sink.once('drain', () => {
      this.#blocked = false;
      this.#flush();
    });
  }

  #flush(): void {
    if (this.#closed) return;
    if (this.#dropped > this.#reported) {
      this.#reported = this.#dropped;
      this.#write(sseEvent('dropped', JSON.stringify({ dropped: this.#dropped })));
    }
    while (!this.#blocked && this.#queue.length > 0) this.#write(this.#queue.shift()!);
  }
}
