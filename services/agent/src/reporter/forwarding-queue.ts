import type { Logger } from '@spanstream/runtime';
import type { AgentMetrics } from '../metrics.ts';

/** Delivers one PostSpansRequest; rejects with `{ retriable: true }` when it may succeed later. */
export type Deliver = (request: Uint8Array) => Promise<void>;

/** A delivery that failed; `retriable` when the same batch may be taken later (a busy collector). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  readonly retriable: boolean;
  constructor(message: string, retriable: boolean) {
    super(message);
    this.retriable = retriable;
  }
}

export interface ForwardingQueueOptions {
  /** Batches held (waiting or in delivery); past it new batches are dropped and counted. */
  readonly capacity: number;
  /** Batches in delivery at once. */
  readonly maxInFlight: number;
  /** Backoff after a retriable failure: starts at `initialBackoffMs`, doubles up to `maxBackoffMs`, with jitter. */
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  /** Attempts for a batch the collector refuses with a non-retriable error before it is dropped. */
  readonly maxRetries: number;
}

/** `jaeger` (emitBatch) or `zipkin` (emitZipkinBatch): the `format` label of the reporter metrics. */
type Format = 'jaeger' | 'zipkin';

interface Item {
  readonly request: Uint8Array;
  readonly spans: number;
  readonly format: Format;
  attempts: number;
}

const labels = (format: Format) => ({ format, protocol: 'grpc' });

/**
 * The agent's bounded in-memory queue toward the collectors. While they are unreachable nothing is
 * lost until the bound: the batch at the head is retried with exponential backoff (all sending
 * pauses meanwhile), new batches wait behind it, and past `capacity` batches are dropped and counted
 * (`jaeger_agent_reporter_spans_failures_total`). When a collector answers again the queue drains.
 */
export class ForwardingQueue {
  readonly #deliver: Deliver;
  readonly #options: ForwardingQueueOptions;
  readonly #metrics: AgentMetrics;
  readonly #logger: Logger;
  #waiting: Item[] = [];
  #inFlight = 0;
  #spans = 0;
  #backoffMs = 0;
  #pausedUntil = 0;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;
  /** Closed and past its drain timeout: failures are dropped, not retried. */
  #stopped = false;
  #idleWaiters: (() => void)[] = [];

  constructor(deliver: Deliver, options: ForwardingQueueOptions, metrics: AgentMetrics, logger: Logger) {
    this.#deliver = deliver;
    this.#options = options;
    this.#metrics = metrics;
    this.#logger = logger;
  }

  /** Batches held (waiting or in delivery). */
  get length(): number {
    return this.#waiting.length + this.#inFlight;
  }

  /** Spans held (waiting or in delivery). */
  get spans(): number {
    return this.#spans;
  }

  /** Takes a batch; false (counted as a failure) when the queue is full or closed. */
  offer(request: Uint8Array, spans: number, format: Format = 'jaeger'): boolean {
    if (this.#closed || this.length >= this.#options.capacity) {
      this.#drop(spans, format, this.#closed ? 'stopping' : 'queue_full');
      return false;
    }
    this.#waiting.push({ request, spans, format, attempts: 0 });
    this.#spans += spans;
    this.#pump();
    return true;
  }

  /** Stops intake and waits up to `timeoutMs` for the held batches; the rest are dropped and counted. */
  async close(timeoutMs: number): Promise<void> {
    this.#closed = true;
    if (this.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.#idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    this.#stopped = true;
    clearTimeout(this.#timer);
    for (const item of this.#waiting.splice(0)) this.#drop(item.spans, item.format, 'stopping');
  }

  #drop(spans: number, format: Format, reason: string): void {
    this.#metrics.batchesFailures.inc(labels(format));
    this.#metrics.spansFailures.inc(labels(format), spans);
    this.#metrics.batchesDropped.inc({ reason });
  }

  #pump(): void {
    const now = Date.now();
    if (now < this.#pausedUntil) {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#pump();
      }, this.#pausedUntil - now);
      return;
    }
    while (this.#inFlight < this.#options.maxInFlight && this.#waiting.length > 0) {
      const item = this.#waiting.shift()!;
      this.#inFlight++;
      this.#deliver(item.request).then(
        () => {
          this.#delivered(item);
        },
        (error: unknown) => {
          this.#failed(item, error);
        },
      );
    }
    if (this.length === 0) for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  #delivered(item: Item): void {
    this.#inFlight--;
    this.#spans -= item.spans;
    this.#backoffMs = 0;
    this.#metrics.batchesSubmitted.inc(labels(item.format));
    this.#metrics.spansSubmitted.inc(labels(item.format), item.spans);
    this.#metrics.batchSize.set(labels(item.format), item.spans);
    this.#pump();
  }

  #failed(item: Item, error: unknown): void {
    this.#inFlight--;
    item.attempts++;
    const retriable = (error as { retriable?: unknown } | undefined)?.retriable === true;
    if (this.#stopped || (!retriable && item.attempts > this.#options.maxRetries)) {
      this.#spans -= item.spans;
      this.#drop(item.spans, item.format, this.#stopped ? 'stopping' : 'refused');
      this.#logger.warn({ err: error, spans: item.spans }, 'collector refused a batch, dropped');
      this.#pump();
      return;
    }
    // Back to the head: order is kept and the queue bound still counts it.
    this.#waiting.unshift(item);
    if (this.#backoffMs === 0)
      this.#logger.warn({ err: error }, 'cannot reach a collector, queueing and retrying');
    const { initialBackoffMs, maxBackoffMs } = this.#options;
    this.#backoffMs = Math.min(maxBackoffMs, this.#backoffMs === 0 ? initialBackoffMs : this.#backoffMs * 2);
    const jittered = this.#backoffMs * (0.5 + Math.random() / 2);
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + jittered);
    this.#pump();
  }
}
