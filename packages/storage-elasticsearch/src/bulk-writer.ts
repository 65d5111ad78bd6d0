import { backoffDelay } from '@spanstream/runtime/retry';
import { StorageError } from '@spanstream/storage-api';
import type { EsTransport } from './client.ts';
import type { EsMetrics } from './metrics.ts';
import type { EsBulkOptions } from './options.ts';

/** One document to index: target index, deterministic ID, and its body already serialized. */
export interface BulkDocument {
  readonly index: string;
  readonly id: string;
  readonly source: string;
}

interface Ticket {
  remaining: number;
  error: StorageError | undefined;
  readonly resolve: () => void;
  readonly reject: (error: StorageError) => void;
  /** Called when one of its documents fails for good (e.g. to forget a cached service doc). */
  readonly onItemFailure?: (doc: BulkDocument) => void;
}

interface Op {
  readonly doc: BulkDocument;
  readonly ticket: Ticket;
  attempt: number;
}

interface BulkItemResult {
  index?: { status: number; error?: { type?: string; reason?: string } };
}

const BULK_FILTER_PATH = 'errors,items.*.status,items.*.error';
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const RETRY_BACKOFF = { minDelayMs: 100, maxDelayMs: 10_000, jitter: 'equal' } as const;

/**
 * Batches documents into `_bulk` requests by count, bytes and interval (Jaeger's
 * `--es.bulk.*`), with at most `workers` requests in flight. `add` resolves only once every one of
 * its documents is stored, so callers (the ingester) commit offsets after durability. Items
 * refused with 429/502/503/504, and requests that fail to connect, are retried with exponential
 * backoff and jitter; a request that times out (`--es.timeout`) rejects at once with a retriable
 * `timeout` error; any other item error rejects that caller's write with the reason, leaving
 * the other documents of the same bulk unaffected. Backpressure: `add` waits while more than
 * `2 × workers` full batches are queued.
 */
export class BulkWriter {
  readonly #transport: EsTransport;
  readonly #options: EsBulkOptions;
  readonly #metrics: EsMetrics;
  #pending: Op[] = [];
  #pendingBytes = 0;
  #ready: Op[][] = [];
  #inFlight = 0;
  #retrying = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];
  #closed = false;

  constructor(transport: EsTransport, options: EsBulkOptions, metrics: EsMetrics) {
    this.#transport = transport;
    this.#options = options;
    this.#metrics = metrics;
  }

  async add(docs: readonly BulkDocument[], onItemFailure?: (doc: BulkDocument) => void): Promise<void> {
    if (this.#closed) throw new StorageError('unavailable', 'Elasticsearch writer is closed');
    if (docs.length === 0) return;
    while (this.#ready.length >= 2 * this.#options.workers) await this.#nextChange();
    await new Promise<void>((resolve, reject) => {
      const ticket: Ticket = {
        remaining: docs.length,
        error: undefined,
        resolve,
        reject,
        ...(onItemFailure ? { onItemFailure } : {}),
      };
      for (const doc of docs) {
        this.#pending.push({ doc, ticket, attempt: 1 });
        this.#pendingBytes += doc.source.length + doc.id.length + doc.index.length + ACTION_LINE_CHARS;
        if (this.#pending.length >= this.#options.actions || this.#pendingBytes >= this.#options.size)
          this.#cut();
      }
      if (this.#pending.length > 0)
        this.#timer ??= setTimeout(() => {
          this.#cut();
        }, this.#options.flushIntervalMs);
    });
  }

  /** Sends everything buffered and waits until nothing is pending, in flight or waiting to retry. */
  async flush(): Promise<void> {
    this.#cut();
    while (this.#pending.length + this.#ready.length + this.#inFlight + this.#retrying > 0)
      await this.#nextChange();
  }

  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
  }

  /** Moves the buffered documents into a batch and starts sending if a worker is free. */
  #cut(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.length > 0) {
      this.#ready.push(this.#pending);
      this.#pending = [];
      this.#pendingBytes = 0;
    }
    this.#pump();
  }

  #pump(): void {
    while (this.#inFlight < this.#options.workers && this.#ready.length > 0) {
      const batch = this.#ready.shift()!;
      this.#inFlight++;
      this.#metrics.inFlight.inc();
      void this.#send(batch).finally(() => {
        this.#inFlight--;
        this.#metrics.inFlight.dec();
        this.#notify();
        this.#pump();
      });
    }
  }

  async #send(batch: Op[]): Promise<void> {
    this.#metrics.bulkAttempts.inc(batch.length);
    this.#metrics.bulkSize.observe(batch.length);
    const started = performance.now();
    let items: BulkItemResult[];
    try {
      const response = await this.#transport.request<{ errors: boolean; items: BulkItemResult[] }>({
        method: 'POST',
        path: '/_bulk',
        // Each item keeps only its status (and its error when it failed), so items still line up
        // with the documents sent: ~30 bytes an item instead of ~200 to receive and parse (ADR 0109).
        querystring: { filter_path: BULK_FILTER_PATH },
        bulkBody: bulkBody(batch),
        noClientRetry: true,
      });
      items = response.body.items;
    } catch (error) {
      this.#metrics.bulkLatencyErr.observe((performance.now() - started) / 1000);
      const failure =
        error instanceof StorageError ? error : new StorageError('internal', String(error), { cause: error });
      this.#retryOrFail(batch, failure);
      return;
    }
    this.#metrics.bulkLatencyOk.observe((performance.now() - started) / 1000);
    const retry: Op[] = [];
    batch.forEach((op, i) => {
      const result = items[i]?.index;
      const status = result?.status ?? 500;
      if (status >= 200 && status < 300) {
        this.#metrics.bulkInserts.inc();
        settle(op.ticket);
      } else if (RETRY_STATUSES.has(status)) retry.push(op);
      else {
        const reason = `${result?.error?.type ?? 'error'}: ${result?.error?.reason ?? `status ${status}`}`;
        this.#fail(
          op,
          new StorageError('invalid', `Elasticsearch refused a document for ${op.doc.index}: ${reason}`),
        );
      }
    });
    if (retry.length > 0)
      this.#retryOrFail(
        retry,
        new StorageError('overloaded', 'Elasticsearch refused documents with 429/503'),
      );
  }

  #retryOrFail(ops: Op[], error: StorageError): void {
    // A timed-out request is not retried here: the server may be frozen, and the caller (the
    // ingester's retry, which pauses partitions and reports storage unreachable) must learn of it
    // within one `--es.timeout`, not after `maxAttempts` of them.
    const again = ops.filter(
      (op) => error.retriable && error.code !== 'timeout' && op.attempt < this.#options.maxAttempts,
    );
    for (const op of ops) if (!again.includes(op)) this.#fail(op, error);
    if (again.length === 0) return;
    for (const op of again) op.attempt++;
    this.#metrics.bulkRetries.inc(again.length);
    this.#retrying++;
    // Attempt 2 (the first retry) waits 50–100 ms, doubling up to 5–10 s.
    const delay = backoffDelay(again[0]!.attempt - 2, RETRY_BACKOFF);
    setTimeout(() => {
      this.#retrying--;
      this.#ready.unshift(again);
      this.#pump();
    }, delay);
  }

  #fail(op: Op, error: StorageError): void {
    this.#metrics.bulkErrors.inc();
    this.#metrics.errors.inc({ code: error.code });
    op.ticket.onItemFailure?.(op.doc);
    op.ticket.error ??= error;
    settle(op.ticket);
  }

  #nextChange(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #notify(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}

/** `{"index":{"_index":"","_id":""}}` and the two newlines: the bytes of a document's action line. */
const ACTION_LINE_CHARS = 34;

/**
 * The NDJSON body as one Buffer, each action line and document written straight into it: no line
 * strings, no joined copy on the heap, and no UTF-8 encoding left for the HTTP client (ADR 0109).
 */
function bulkBody(batch: readonly Op[]): Buffer {
  const actions = batch.map(
    ({ doc }) => `{"index":{"_index":${JSON.stringify(doc.index)},"_id":${JSON.stringify(doc.id)}}}\n`,
  );
  let bytes = 0;
  for (let i = 0; i < batch.length; i++)
    bytes += Buffer.byteLength(actions[i]!) + Buffer.byteLength(batch[i]!.doc.source) + 1;
  const body = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (let i = 0; i < batch.length; i++) {
    at += body.write(actions[i]!, at);
    at += body.write(batch[i]!.doc.source, at);
    body[at++] = 0x0a;
  }
  return body;
}

function settle(ticket: Ticket): void {
  ticket.remaining--;
  if (ticket.remaining > 0) return;
  if (ticket.error) ticket.reject(ticket.error);
  else ticket.resolve();
}
