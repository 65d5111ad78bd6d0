import { START_TIME_REASON_PREFIX, type Span } from '@spanstream/model';
import { isRetriable, type SpanWriter } from '@spanstream/storage-api';
import { retryWithBackoff, type BackoffOptions } from '@spanstream/runtime/retry';
import type {
  DeadLetterError,
  DeadLetterSink,
  DecodeOutcome,
  IncomingMessage,
  KafkaLogger,
} from '@spanstream/kafka';
import type { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import type { OffsetTracker } from '../offsets/offset-tracker.ts';

export interface PipelineOptions {
  /** Spans per storage bulk write (a message's spans are never split, so a batch may exceed it). */
  readonly batchSize: number;
  /** How long a partial batch waits for more spans. */
  readonly batchLingerMs: number;
  /** Bulk writes in flight at once. */
  readonly parallelism: number;
  readonly backoff: BackoffOptions;
}

export interface PipelineDeps {
  readonly writer: SpanWriter;
  readonly decode: (message: IncomingMessage) => DecodeOutcome;
  readonly deadLetters: DeadLetterSink;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
  readonly options: PipelineOptions;
  /** Called whenever an offset finished (commit may advance) or in-flight bytes dropped. */
  readonly onProgress: (partition: number) => void;
  /** Called on each retriable storage failure (the consumer pauses partitions). */
  readonly onStorageTrouble?: () => void;
}

/** A message in flight, tied to the tracker of the partition assignment it came from. */
interface Pending {
  readonly message: IncomingMessage;
  readonly tracker: OffsetTracker;
  readonly spans: readonly Span[];
  readonly receivedAt: number;
  /** Set when some spans of the message were rejected: the message must also reach the DLQ. */
  readonly deadLettered?: Promise<boolean>;
}

interface Batch {
  readonly items: Pending[];
  spanCount: number;
}

/**
 * Decode → batch → bulk write (parallel, retried) → mark offsets done. Knows nothing of kafkajs,
 * so every path is unit-tested with fakes. At-least-once: an offset is marked only after its spans
 * were durably written or its message was durably dead-lettered.
 */
export class IngestPipeline {
  private readonly deps: PipelineDeps;
  private current: Batch = { items: [], spanCount: 0 };
  private readonly ready: Batch[] = [];
  private lingerTimer: NodeJS.Timeout | undefined;
  /** Bulk storage writes in flight (capped by `parallelism`). */
  private active = 0;
  /** Dead-letter publishes and waits on them: never count against the storage-write cap. */
  private deadLetterWork = 0;
  private retrying = 0;
  private bytes = 0;
  private readonly idleWaiters: (() => void)[] = [];
  /** Offsets this process dead-lettered, per partition, so a redelivery is not published twice. */
  private readonly published = new Map<number, Set<number>>();
  private readonly abort = new AbortController();

  constructor(deps: PipelineDeps) {
    this.deps = deps;
  }

  inflightBytes(): number {
    return this.bytes;
  }

  /** True while some bulk write is failing and being retried (storage unavailable or overloaded). */
  isRetrying(): boolean {
    return this.retrying > 0;
  }

  isIdle(): boolean {
    return (
      this.active === 0 &&
      this.deadLetterWork === 0 &&
      this.ready.length === 0 &&
      this.current.items.length === 0 &&
      this.bytes === 0
    );
  }

  /** Takes messages of one partition in offset order; the tracker must already hold their offsets. */
  submit(tracker: OffsetTracker, messages: readonly IncomingMessage[]): void {
    const now = Date.now();
    for (const message of messages) {
      this.bytes += messageBytes(message);
      const outcome = this.deps.decode(message);
      if (!outcome.ok) {
        this.deadLetter(
          { message, tracker, spans: [], receivedAt: now },
          { code: 'decode', message: outcome.reason },
        );
        continue;
      }
      this.deps.metrics.spansConsumed.inc(outcome.spans.length);
      let deadLettered: Promise<boolean> | undefined;
      if (outcome.rejected.length > 0) {
        // Valid neighbours are still written; the whole message is kept in the DLQ for inspection,
        // and its offset is done only when both happened.
        const reason = outcome.rejected.map((r) => `span ${r.index}: ${r.reason}`).join('; ');
        for (const r of outcome.rejected)
          this.deps.metrics.spansFailed.inc({
            reason: r.reason.startsWith(START_TIME_REASON_PREFIX) ? 'start_time' : 'invalid',
          });
        deadLettered = this.publishDeadLetter(message, { code: 'rejected-spans', message: reason }).then(
          () => true,
          () => false,
        );
      }
      const pending: Pending = {
        message,
        tracker,
        spans: outcome.spans,
        receivedAt: now,
        ...(deadLettered && { deadLettered }),
      };
      if (outcome.spans.length === 0) this.finish(pending);
      else this.enqueue(pending);
    }
    this.armLinger();
  }

  /** Flushes the partial batch and resolves once nothing is in flight. */
  async drain(): Promise<void> {
    this.flushCurrent();
    if (this.isIdle()) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying: failing writes are abandoned unmarked, so their offsets are never committed. */
  stop(): void {
    this.abort.abort();
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
  }

  private enqueue(pending: Pending): void {
    this.current.items.push(pending);
    this.current.spanCount += pending.spans.length;
    if (this.current.spanCount >= this.deps.options.batchSize) this.flushCurrent();
  }

  private armLinger(): void {
    if (this.lingerTimer || this.current.items.length === 0) return;
    this.lingerTimer = setTimeout(() => {
      this.lingerTimer = undefined;
      this.flushCurrent();
    }, this.deps.options.batchLingerMs);
  }

  private flushCurrent(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    if (this.current.items.length > 0) {
      this.ready.push(this.current);
      this.current = { items: [], spanCount: 0 };
    }
    this.pump();
  }

  private pump(): void {
    while (this.active < this.deps.options.parallelism && this.ready.length > 0) {
      const batch = this.ready.shift()!;
      this.active++;
      void this.writeBatch(batch).finally(() => {
        this.active--;
        this.pump();
        this.notifyIfIdle();
      });
    }
  }

  private async writeBatch(batch: Batch): Promise<void> {
    const spans =
      batch.items.length === 1 ? batch.items[0]!.spans : batch.items.flatMap((item) => item.spans);
    try {
      await this.writeWithRetry(spans);
      this.deps.metrics.batchSize.observe(spans.length);
      this.deps.metrics.spansWritten.inc(spans.length);
      for (const item of batch.items) this.finish(item);
    } catch (error) {
      if (this.abort.signal.aborted) {
        this.abandon(batch);
        return;
      }
      // Not retriable: find the culprit message(s) one by one so valid neighbours still land.
      if (batch.items.length === 1) {
        this.refuse(batch.items[0]!, error);
        return;
      }
      for (const item of batch.items) await this.writeBatch({ items: [item], spanCount: item.spans.length });
    }
  }

  private async writeWithRetry(spans: readonly Span[]): Promise<void> {
    let failed = false;
    try {
      await this.retryLoop(spans, () => {
        if (!failed) this.retrying++;
        failed = true;
      });
    } finally {
      if (failed) this.retrying--;
    }
  }

  private async retryLoop(spans: readonly Span[], onFirstFailure: () => void): Promise<void> {
    const { metrics, writer } = this.deps;
    await retryWithBackoff(
      async () => {
        const end = metrics.writeLatency.startTimer();
        try {
          await writer.writeSpans(spans);
          end({ result: 'ok' });
        } catch (error) {
          end({ result: 'err' });
          throw error;
        }
      },
      this.deps.options.backoff,
      {
        isRetriable,
        signal: this.abort.signal,
        onRetry: (error, attempt, delayMs) => {
          metrics.retryAttempts.inc();
          onFirstFailure();
          if (attempt === 1) this.deps.onStorageTrouble?.();
          this.deps.logger.warn(
            { err: error, attempt, delayMs, spans: spans.length },
            'storage write failed, retrying',
          );
        },
      },
    );
  }

  private refuse(item: Pending, error: unknown): void {
    this.deps.metrics.processorErrors.inc();
    this.deps.metrics.spansFailed.inc({ reason: 'storage' }, item.spans.length);
    const message = error instanceof Error ? error.message : String(error);
    this.deadLetter(item, { code: 'storage-invalid', message });
  }

  private abandon(batch: Batch): void {
    this.deps.metrics.retryExhausted.inc();
    for (const item of batch.items) this.release(item);
  }

  private deadLetter(item: Pending, error: DeadLetterError): void {
    this.deps.metrics.processorErrors.inc();
    this.deadLetterWork++;
    void this.publishDeadLetter(item.message, error)
      .then(
        () => {
          this.finish(item);
        },
        () => {
          this.release(item);
        },
      )
      .finally(() => {
        this.deadLetterWork--;
        this.notifyIfIdle();
      });
  }

  /** Retries until published (the DLQ is Kafka; its errors are transient) or the pipeline stops. */
  private async publishDeadLetter(message: IncomingMessage, error: DeadLetterError): Promise<void> {
    if (this.published.get(message.partition)?.has(message.offset)) return; // redelivered after a re-seek: already in the DLQ
    this.deps.logger.warn(
      { partition: message.partition, offset: message.offset, code: error.code, error: error.message },
      'message sent to the dead-letter topic',
    );
    await retryWithBackoff(() => this.deps.deadLetters.publish(message, error), this.deps.options.backoff, {
      isRetriable: () => true,
      signal: this.abort.signal,
    });
    this.deps.metrics.deadLettered.inc({ reason: error.code });
    let published = this.published.get(message.partition);
    if (!published) this.published.set(message.partition, (published = new Set()));
    published.add(message.offset);
    // Bounded: redeliveries start at the committed offset, which soon passes the oldest entries.
    if (published.size > MAX_REMEMBERED_DEAD_LETTERS) published.delete(published.values().next().value!);
  }

  private finish(item: Pending): void {
    if (item.deadLettered) {
      this.deadLetterWork++;
      void item.deadLettered
        .then((published) => {
          if (published) this.markDone(item);
          else this.release(item);
        })
        .finally(() => {
          this.deadLetterWork--;
          this.notifyIfIdle();
        });
      return;
    }
    this.markDone(item);
  }

  private markDone(item: Pending): void {
    item.tracker.markDone(item.message.offset);
    this.deps.metrics.processorLatency.observe((Date.now() - item.receivedAt) / 1000);
    this.release(item);
  }

  private release(item: Pending): void {
    this.bytes -= messageBytes(item.message);
    this.deps.metrics.inflightBytes.set(this.bytes);
    this.deps.onProgress(item.message.partition);
    this.notifyIfIdle();
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

const MAX_REMEMBERED_DEAD_LETTERS = 10_000;

function messageBytes(message: IncomingMessage): number {
  return (message.value?.length ?? 0) + (message.key?.length ?? 0) + 64;
}
