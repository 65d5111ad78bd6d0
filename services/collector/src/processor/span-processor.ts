import type { Logger } from '@spanstream/runtime';
import {
  type SanitizerOptions,
  type Span,
  type SpanRejection,
  START_TIME_REASON_PREFIX,
  sanitizeSpans,
} from '@spanstream/model';
import type { SinkWriteResult, SpanSink } from '@spanstream/storage-api';
import { scanForwardableOtlp } from '@spanstream/codec';
import { type CollectorMetrics, type SpanFormat, type Transport, countByService } from '../metrics.ts';
import { BoundedQueue } from '../queue/bounded-queue.ts';
import { type RetryOptions, writeWithRetry } from './retry.ts';

export interface SubmitMeta {
  readonly format: SpanFormat;
  readonly transport: Transport;
  /** The OTLP `ExportTraceServiceRequest` bytes, when the spans came from exactly these bytes with nothing rejected. */
  readonly otlpRequest?: Uint8Array | undefined;
  /** Spans the payload decoder already rejected (bad IDs...): counted with the sanitizer's rejections. */
  readonly decodeRejected?: number;
}

export type SubmitOutcome =
  | { readonly status: 'accepted'; readonly accepted: number; readonly rejected: readonly SpanRejection[] }
  | { readonly status: 'busy' }
  | { readonly status: 'stopped' };

interface Item<Batch> {
  /** What the sink prepared at intake; the worker writes exactly this. */
  readonly batch: Batch;
  readonly spanCount: number;
  /** Accepted spans per service, for the saved/dropped metrics after the write. */
  readonly services: Map<string, number>;
  readonly enqueuedAt: number;
}

export interface SpanProcessorOptions {
  readonly queueSize: number;
  readonly queueSizeBytes: number;
  readonly numWorkers: number;
  readonly sanitizer: SanitizerOptions;
  readonly retry: RetryOptions;
}

function rejectionReason(reason: string): string {
  if (reason.startsWith('invalid')) return 'invalid_id';
  if (reason.startsWith(START_TIME_REASON_PREFIX)) return 'start_time';
  if (reason.startsWith('span is about')) return 'too_large';
  return 'invalid';
}

/**
 * Sanitize → enqueue (all or nothing) → up to `numWorkers` concurrent writes with retries.
 * Receivers call `submit`.
 *
 * A write is started per item when one arrives, not by long-lived worker loops: an idle async
 * worker lives long enough to be promoted to the old generation, and the suspended frame of one
 * that has handled a batch still points at it, so every batch (hundreds of decoded spans) was
 * promoted in turn. That took the steady collector from ~150 MiB to ~270 MiB RSS.
 */
export class SpanProcessor<Batch = unknown> {
  readonly queue: BoundedQueue<Item<Batch>>;
  /** Sees every accepted batch (adaptive sampling counts its root spans there). */
  observer: ((spans: readonly Span[]) => void) | undefined;
  readonly #sink: SpanSink<Batch>;
  readonly #options: SpanProcessorOptions;
  readonly #metrics: CollectorMetrics;
  readonly #logger: Logger;
  #started = false;
  #active = 0;
  #drainWaiters: (() => void)[] = [];

  constructor(
    sink: SpanSink<Batch>,
    options: SpanProcessorOptions,
    metrics: CollectorMetrics,
    logger: Logger,
  ) {
    this.#sink = sink;
    this.#options = options;
    this.#metrics = metrics;
    this.#logger = logger;
    this.queue = new BoundedQueue<Item<Batch>>(options.queueSize, options.queueSizeBytes);
  }

  start(): void {
    this.#started = true;
    this.#pump();
  }

  submit(spans: readonly Span[], meta: SubmitMeta): SubmitOutcome {
    if (this.queue.closed) {
      const labels = { format: meta.format, transport: meta.transport, reason: 'stopping' };
      this.#metrics.requestsRefused.inc(labels, 1);
      this.#metrics.spansRefused.inc(labels, spans.length);
      return { status: 'stopped' };
    }
    const sanitized = sanitizeSpans(spans, this.#options.sanitizer);
    const services = this.#count(sanitized.spans, sanitized.rejected, meta);
    const accepted = sanitized.spans;
    if (accepted.length === 0) return { status: 'accepted', accepted: 0, rejected: sanitized.rejected };
    if (!this.queue.fits(accepted.length, sanitized.size)) {
      const labels = { format: meta.format, transport: meta.transport, reason: 'queue_full' };
      this.#metrics.requestsRefused.inc(labels);
      // Not `spans_dropped`: the client was told to retry, so nothing is lost yet.
      this.#metrics.spansRefused.inc(labels, accepted.length);
      return { status: 'busy' };
    }
    const otlpRequest = sanitized.changed ? undefined : meta.otlpRequest;
    const item: Item<Batch> = {
      batch: this.#sink.prepare(accepted, otlpRequest),
      spanCount: accepted.length,
      services,
      enqueuedAt: performance.now(),
    };
    this.queue.tryPut(item, accepted.length, sanitized.size);
    this.observer?.(accepted);
    this.#pump();
    return { status: 'accepted', accepted: sanitized.spans.length, rejected: sanitized.rejected };
  }

  /**
   * The fast path for an OTLP protobuf request whose sink forwards such requests as they are: when
   * a wire-level scan proves decoding and sanitizing would change nothing, the bytes are queued
   * without ever being decoded. Undefined when not proven (or when something must see the decoded
   * spans, such as adaptive sampling): the receiver then decodes and calls `submit`.
   */
  submitOtlpRequest(request: Uint8Array, meta: Omit<SubmitMeta, 'otlpRequest'>): SubmitOutcome | undefined {
    const sink = this.#sink;
    if (sink.prepareOtlpRequest === undefined || this.observer !== undefined || this.queue.closed)
      return undefined;
    const scan = scanForwardableOtlp(request, this.#options.sanitizer);
    if (scan === undefined) return undefined;
    const batch = sink.prepareOtlpRequest(scan);
    if (batch === undefined) return undefined;
    const { format, transport } = meta;
    const metrics = this.#metrics;
    metrics.batchSize.set({ format }, scan.spans);
    for (const [svc, n] of scan.services)
      metrics.spansReceived.inc({ format, transport, svc: metrics.svc(svc) }, n);
    if (!this.queue.fits(scan.spans, request.length)) {
      const labels = { format, transport, reason: 'queue_full' };
      metrics.requestsRefused.inc(labels);
      metrics.spansRefused.inc(labels, scan.spans);
      return { status: 'busy' };
    }
    const item: Item<Batch> = {
      batch,
      spanCount: scan.spans,
      services: scan.services,
      enqueuedAt: performance.now(),
    };
    this.queue.tryPut(item, scan.spans, request.length);
    this.#pump();
    return { status: 'accepted', accepted: scan.spans, rejected: [] };
  }

  /** Stops intake, writes everything queued, flushes the sink. */
  async stop(): Promise<void> {
    this.queue.close();
    this.#started = true;
    this.#pump();
    if (this.#active > 0 || this.queue.length > 0)
      await new Promise<void>((resolve) => this.#drainWaiters.push(resolve));
    await this.#sink.flush?.();
  }

  /** Counts a submitted batch; returns the accepted spans per service. */
  #count(
    accepted: readonly Span[],
    rejected: readonly SpanRejection[],
    meta: SubmitMeta,
  ): Map<string, number> {
    const { format, transport } = meta;
    const metrics = this.#metrics;
    metrics.batchSize.set({ format }, accepted.length + rejected.length);
    const services = countByService(accepted);
    for (const [svc, n] of services)
      metrics.spansReceived.inc({ format, transport, svc: metrics.svc(svc) }, n);
    for (const r of rejected)
      metrics.spansRejected.inc({ format, transport, reason: rejectionReason(r.reason) });
    if (meta.decodeRejected)
      metrics.spansRejected.inc({ format, transport, reason: 'decode' }, meta.decodeRejected);
    let warned = 0;
    for (const span of accepted) if (span.warnings.length > 0) warned++;
    if (warned > 0) metrics.spansWarned.inc({ format }, warned);
    return services;
  }

  /** Starts writes for queued items while fewer than `numWorkers` are in flight. */
  #pump(): void {
    while (this.#started && this.#active < this.#options.numWorkers) {
      const item = this.queue.poll();
      if (item === undefined) break;
      this.#active++;
      void this.#handle(item);
    }
    if (this.#active === 0 && this.queue.length === 0)
      for (const resolve of this.#drainWaiters.splice(0)) resolve();
  }

  async #handle(item: Item<Batch>): Promise<void> {
    try {
      await this.#write(item);
    } catch (error) {
      // #write counts and logs writer failures itself; this is a bug guard, not a path.
      this.#logger.error({ err: error }, 'span write failed unexpectedly');
    } finally {
      this.#active--;
      this.#pump();
    }
  }

  async #write(item: Item<Batch>): Promise<void> {
    const metrics = this.#metrics;
    const started = performance.now();
    metrics.inQueueLatency.observe((started - item.enqueuedAt) / 1000);
    const write = (): Promise<SinkWriteResult> => this.#sink.writePrepared(item.batch);
    const outcome = await writeWithRetry(write, this.#options.retry, (cause, attempt) => {
      metrics.writeRetries.inc();
      this.#logger.warn({ err: cause, attempt }, 'span writer failed, retrying');
    });
    metrics.saveLatency.observe((performance.now() - started) / 1000);
    const result = outcome.ok ? 'ok' : 'err';
    for (const [svc, n] of item.services) metrics.spansSaved.inc({ result, svc: metrics.svc(svc) }, n);
    if (!outcome.ok) {
      metrics.spansDropped.inc({ reason: 'write_failed' }, item.spanCount);
      this.#logger.error({ err: outcome.error, spans: item.spanCount }, 'span writer failed, spans dropped');
      return;
    }
    const refused = outcome.result.rejected.length;
    if (refused > 0) {
      metrics.spansDropped.inc({ reason: 'writer_rejected' }, refused);
      this.#logger.warn({ spans: refused }, 'span writer refused spans (e.g. over max-message-bytes)');
    }
  }
}
