import {
  isGroupMembershipLost,
  createSchemaLookup,
  isTopicNotReady,
  KafkaDeadLetterSink,
  type DeadLetterSink,
  type GroupConsumer,
  type KafkaLogger,
  type PartitionBatch,
  type RecordProducer,
} from '@spanstream/kafka';
import { retryWithBackoff } from '@spanstream/runtime/retry';
import { reportFailures } from './failure-reporter.ts';
import { DEFAULT_MAX_BUFFERED_BYTES, stderrLogger, type SpanStreamOptions } from './options.ts';
import { PrefetchBuffer, type FetchedBatch, type FlowChange } from './prefetch-buffer.ts';
import { createRecordDecoder, type RecordDecoder } from './record-decoder.ts';
import type { SpanBatch, SpanRecord } from './span-batch.ts';
import { createStreamClients } from './stream-clients.ts';

/** Decoded span batches of a topic, for `for await`; iterate it once. */
export interface SpanStream extends AsyncIterable<SpanBatch> {
  /**
   * Ends the stream from outside the loop (as `break` does from inside): the batch being handled
   * stays uncommitted unless it called `commit()`, the group is left. Idempotent.
   */
  close(): Promise<void>;
  /** The prefetch buffer now: what was fetched and not handed out yet, and whether fetching is paused. */
  stats(): SpanStreamStats;
}

export interface SpanStreamStats {
  readonly bufferedBytes: number;
  readonly bufferedBatches: number;
  readonly paused: boolean;
}

/** The offsets a handed-out batch commits. */
interface Handed {
  readonly partition: number;
  readonly offset: number;
  committed?: Promise<void>;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Reads the span topic in a consumer group and yields decoded span batches, one partition's fetch at
 * a time. At-least-once: a batch's offsets are committed when the next batch is asked for (the loop
 * body finished) or by `batch.commit()`; a batch whose body threw or broke out is redelivered.
 */
export function spanStream(options: SpanStreamOptions): SpanStream {
  return new KafkaSpanStream(options);
}

class KafkaSpanStream implements SpanStream {
  private readonly options: SpanStreamOptions;
  private readonly logger: KafkaLogger;
  private readonly buffer: PrefetchBuffer;
  private readonly decode: RecordDecoder;
  private readonly stopping = new AbortController();
  private consumer: GroupConsumer | undefined;
  private producer: RecordProducer | undefined;
  private deadLetters: DeadLetterSink | undefined;
  private started = false;
  private iterated = false;
  private current: Handed | undefined;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;
  private serialQueue: Promise<unknown> = Promise.resolve();

  constructor(options: SpanStreamOptions) {
    this.options = options;
    this.logger = options.logger ?? stderrLogger;
    this.buffer = new PrefetchBuffer(options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES);
    const lookup = options.schemaRegistryUrl ? createSchemaLookup(options.schemaRegistryUrl) : undefined;
    this.decode = createRecordDecoder(options.encoding ?? 'protobuf', lookup);
    const stop = () => {
      this.stopping.abort();
      this.wake?.();
    };
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<SpanBatch> {
    if (this.iterated) throw new Error('a span stream can be iterated only once');
    this.iterated = true;
    return {
      next: () => this.serial(() => this.next()),
      return: async () => {
        await this.close();
        return DONE;
      },
    };
  }

  async close(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.serial(() => this.shutdown());
  }

  stats(): SpanStreamStats {
    return {
      bufferedBytes: this.buffer.bytes,
      bufferedBatches: this.buffer.size,
      paused: this.buffer.paused,
    };
  }

  /** One next() at a time, and close() after the next() it interrupted. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.serialQueue.then(fn, fn);
    this.serialQueue = run.catch(() => undefined);
    return run;
  }

  private async next(): Promise<IteratorResult<SpanBatch, undefined>> {
    if (this.closing) return DONE;
    if (!this.started) {
      try {
        await this.start();
      } catch (error) {
        // Connected clients must not outlive a stream that failed to start.
        await this.shutdown();
        throw error;
      }
    }
    // Asked for the next batch: the loop body of the previous one finished.
    if (this.current) await this.commit(this.current, false);
    this.current = undefined;
    for (;;) {
      const fetched = await this.take();
      if (!fetched) return this.end();
      const { records, failures } = await this.decode(fetched.messages);
      const handed: Handed = { partition: fetched.partition, offset: fetched.lastOffset + 1 };
      try {
        await reportFailures(failures, {
          deadLetters: this.deadLetters,
          onError: this.options.onError,
          logger: this.logger,
          signal: this.stopping.signal,
        });
      } catch (error) {
        if (this.stopping.signal.aborted) return this.end();
        throw error;
      }
      if (records.length === 0) {
        await this.commit(handed, false);
        continue;
      }
      this.current = handed;
      return { done: false, value: this.toBatch(fetched, records, handed) };
    }
  }

  private async end(): Promise<IteratorReturnResult<undefined>> {
    await this.shutdown();
    if (this.failure) throw this.failure;
    return DONE;
  }

  private toBatch(fetched: FetchedBatch, records: SpanRecord[], handed: Handed): SpanBatch {
    return {
      topic: this.options.topic,
      partition: fetched.partition,
      spans: records.length === 1 ? records[0]!.spans : records.flatMap((r) => r.spans),
      records,
      firstOffset: fetched.messages[0]!.offset,
      lastOffset: fetched.lastOffset,
      commit: () => this.commit(handed, true),
    };
  }

  /** The next fetched batch, waiting for one; undefined once the stream stops. */
  private async take(): Promise<FetchedBatch | undefined> {
    for (;;) {
      if (this.stopping.signal.aborted || this.failure) return undefined;
      const entry = this.buffer.shift();
      if (entry) {
        this.applyFlow(entry.flow);
        return entry.batch;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private commit(handed: Handed, rethrow: boolean): Promise<void> {
    handed.committed ??= this.requireConsumer()
      .commit([{ partition: handed.partition, offset: handed.offset }])
      .catch((error: unknown) => {
        // After a rebalance the partition may be another member's: it redelivers the batch (at-least-once).
        this.logger.warn(
          { err: error, partition: handed.partition, offset: handed.offset },
          'offset commit failed; the batch will be delivered again',
        );
        // Losing the partition to a rebalance is the group working, not a failure of the caller's batch.
        if (rethrow && !isGroupMembershipLost(error)) throw error;
      });
    return handed.committed;
  }

  private async start(): Promise<void> {
    this.started = true;
    if (this.stopping.signal.aborted) return;
    const { consumer, producer } = createStreamClients(this.options, this.logger, {
      onJoin: () => {
        // kafkajs fetches again from the committed offsets: what was buffered would come twice.
        this.applyFlow(this.buffer.clear());
      },
      onCrash: ({ error, restart }) => {
        if (restart) return;
        this.failure = error;
        this.wake?.();
      },
    });
    this.consumer = consumer;
    this.producer = producer;
    if (producer && this.options.dlqTopic) {
      this.deadLetters = new KafkaDeadLetterSink(producer, this.options.dlqTopic);
    }
    await Promise.all([consumer.connect(), producer?.connect()]);
    if (!(await this.subscribe(consumer))) return;
    await consumer.run((batch) => this.onFetch(batch), 'manual');
  }

  /** Waits for a missing topic (a stream may start before the first collector wrote). False when stopped meanwhile. */
  private async subscribe(consumer: GroupConsumer): Promise<boolean> {
    const { signal } = this.stopping;
    try {
      await retryWithBackoff(
        () => consumer.subscribe(),
        { minDelayMs: 500, maxDelayMs: 10_000 },
        {
          isRetriable: (error) => !signal.aborted && isTopicNotReady(error),
          signal,
          onRetry: (error) => {
            this.logger.warn(
              { topic: this.options.topic, reason: (error as Error).message },
              'topic not ready, waiting',
            );
          },
        },
      );
      return !signal.aborted;
    } catch (error) {
      if (signal.aborted) return false;
      throw error;
    }
  }

  /** kafkajs's batch handler: buffer and return at once, so the group's heartbeats go on while you work. */
  private onFetch(batch: PartitionBatch): Promise<void> {
    if (this.stopping.signal.aborted) return Promise.resolve();
    const flow = this.buffer.push({
      partition: batch.partition,
      messages: batch.messages,
      lastOffset: batch.lastOffset,
    });
    batch.markFetched();
    this.applyFlow(flow);
    this.wake?.();
    return Promise.resolve();
  }

  private applyFlow(flow: FlowChange): void {
    if (!flow || !this.consumer) return;
    try {
      if (flow === 'pause') this.consumer.pause();
      else this.consumer.resume();
    } catch (error) {
      this.logger.debug({ err: error }, 'pause/resume before subscribing');
    }
  }

  private requireConsumer(): GroupConsumer {
    if (!this.consumer) throw new Error('span stream not started');
    return this.consumer;
  }

  private shutdown(): Promise<void> {
    this.closing ??= (async () => {
      this.stopping.abort();
      const consumer = this.consumer;
      if (!consumer) return;
      try {
        await consumer.stop();
      } finally {
        await Promise.allSettled([consumer.disconnect(), this.producer?.disconnect()]);
      }
    })();
    return this.closing;
  }
}
