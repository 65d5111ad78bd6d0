import {
  KafkaDeadLetterSink,
  createGroupConsumer,
  createRecordProducer,
  isRebalanceInProgress,
  isTopicNotReady,
  type DeadLetterSink,
  type DecodeOutcome,
  type GroupConsumer,
  type IncomingMessage,
  type KafkaClient,
  type KafkaLogger,
  type PartitionBatch,
  type RecordProducer,
} from '@spanstream/kafka';
import { retryWithBackoff } from '@spanstream/runtime/retry';
import type { SpanWriter } from '@spanstream/storage-api';
import { DeadlockDetector, type PartitionProbe } from '../deadlock/deadlock-detector.ts';
import { probePartitions } from '../deadlock/partition-probe.ts';
import type { IngesterMetrics } from '../metrics/ingester-metrics.ts';
import { OffsetCommitter } from '../offsets/offset-committer.ts';
import { PartitionBook } from '../offsets/partition-book.ts';
import { Backpressure } from './backpressure.ts';
import { IngestPipeline, type PipelineOptions } from './ingest-pipeline.ts';
import { heldBytes, memoryBound, type MemoryBound } from './memory-bound.ts';

export interface SpanConsumerOptions extends PipelineOptions {
  readonly topic: string;
  readonly groupId: string;
  readonly dlqTopic: string;
  /**
   * Bound on the heap held for received, unwritten records (their bytes, decoded spans and storage
   * requests; see memory-bound.ts). Partitions pause before it is reached and resume well below it.
   */
  readonly maxInflightBytes: number;
  /** Per-partition fetch size (Jaeger's --kafka.consumer.fetch-max-message-bytes), capped by the bound. */
  readonly fetchMaxBytesPerPartition: number;
  /** Group session timeout: how long a dead member holds its partitions (kafkajs default 30 s). */
  readonly sessionTimeoutMs?: number;
  /** Heartbeat interval, about a third of the session timeout (kafkajs default 3 s). */
  readonly heartbeatIntervalMs?: number;
  /** How long a rebalance waits for every live member to rejoin (kafkajs default 60 s). */
  readonly rebalanceTimeoutMs?: number;
  readonly deadlockIntervalMs: number;
  /** A new group starts at the earliest offset (Jaeger v2's `initial_offset: earliest`). */
  readonly fromBeginning: boolean;
  readonly commitIntervalMs: number;
  readonly lagIntervalMs: number;
}

export interface SpanConsumerDeps {
  readonly kafka: KafkaClient;
  readonly writer: SpanWriter;
  readonly decode: (message: IncomingMessage) => DecodeOutcome;
  readonly metrics: IngesterMetrics;
  readonly logger: KafkaLogger;
  readonly options: SpanConsumerOptions;
  /** Unrecoverable (consumer crashed for good, or a partition stayed stuck): exit non-zero. */
  readonly onFatal: (reason: string) => void;
  /** Overrides the Kafka DLQ producer (tests). */
  readonly deadLetters?: DeadLetterSink;
}

/** Fetch long-poll when idle, and kafkajs's re-check delay while every partition is paused. */
const FETCH_MAX_WAIT_MS = 250;

/**
 * Group-consumer glue around the IngestPipeline: a batch handler hands messages over and returns at once, so
 * partitions are fetched while earlier messages are still being written; commits follow the
 * per-partition trackers; backpressure pauses partitions.
 */
export class SpanConsumer {
  private readonly deps: SpanConsumerDeps;
  private readonly consumer: GroupConsumer;
  private readonly producer: RecordProducer;
  private readonly pipeline: IngestPipeline;
  private readonly book = new PartitionBook();
  private readonly detector: DeadlockDetector;
  private joined = false;
  private lagTimer: NodeJS.Timeout | undefined;
  private readonly committer: OffsetCommitter;
  private readonly backpressure: Backpressure;
  private stopped = false;
  private readonly startAbort = new AbortController();
  private readonly bound: MemoryBound;

  constructor(deps: SpanConsumerDeps) {
    this.deps = deps;
    const { kafka, options } = deps;
    this.bound = memoryBound(options.maxInflightBytes, options.fetchMaxBytesPerPartition);
    this.consumer = createGroupConsumer(
      kafka,
      {
        topic: options.topic,
        groupId: options.groupId,
        fromBeginning: options.fromBeginning,
        fetchMaxBytesPerPartition: this.bound.fetchMaxBytesPerPartition,
        fetchMaxBytes: this.bound.fetchMaxBytes,
        // kafkajs sleeps this long when every partition is paused before it looks again, so a resume
        // waited up to its 5 s default: sarama's (Jaeger v1's) 250 ms keeps a paused ingester quick.
        fetchMaxWaitMs: FETCH_MAX_WAIT_MS,
        partitionsConsumedConcurrently: 64,
        ...(options.sessionTimeoutMs !== undefined && { sessionTimeoutMs: options.sessionTimeoutMs }),
        ...(options.heartbeatIntervalMs !== undefined && {
          heartbeatIntervalMs: options.heartbeatIntervalMs,
        }),
        ...(options.rebalanceTimeoutMs !== undefined && { rebalanceTimeoutMs: options.rebalanceTimeoutMs }),
      },
      {
        onJoin: ({ partitions, groupId }) => {
          this.onJoin(partitions, groupId);
        },
        onRebalancing: () => {
          this.onRebalancing();
        },
        onCrash: ({ error, restart }) => {
          this.onCrash(error, restart);
        },
      },
    );
    this.producer = createRecordProducer(kafka);
    this.pipeline = new IngestPipeline({
      writer: deps.writer,
      decode: deps.decode,
      deadLetters: deps.deadLetters ?? new KafkaDeadLetterSink(this.producer, options.dlqTopic),
      metrics: deps.metrics,
      logger: deps.logger,
      options,
      onProgress: (partition) => {
        this.onProgress(partition);
      },
      onStorageTrouble: () => {
        this.backpressure.storageTrouble(this.heldBytes());
      },
    });
    this.backpressure = new Backpressure({
      consumer: this.consumer,
      book: this.book,
      metrics: deps.metrics,
      logger: deps.logger,
      bound: this.bound,
    });
    this.committer = new OffsetCommitter({
      consumer: this.consumer,
      book: this.book,
      metrics: deps.metrics,
      logger: deps.logger,
      topic: options.topic,
      intervalMs: options.commitIntervalMs,
    });
    this.detector = new DeadlockDetector({
      intervalMs: options.deadlockIntervalMs,
      probe: () => this.probe(),
      waitingForStorage: () => this.pipeline.isRetrying(),
      restartPartition: (partition) => this.restartPartition(partition),
      exit: (partition) => {
        deps.onFatal(`partition ${partition} stuck`);
      },
      metrics: deps.metrics,
      logger: deps.logger,
    });
  }

  /** Ready = member of the group with an assignment handed out (possibly empty). */
  isJoined(): boolean {
    return this.joined;
  }

  /** Record bytes received and not yet written (what the pipeline counts). */
  inflightBytes(): number {
    return this.pipeline.inflightBytes();
  }

  /** Estimated heap held for them: what `maxInflightBytes` bounds. */
  heldBytes(): number {
    return heldBytes(this.pipeline.inflightBytes());
  }

  /** Fetch sizes and thresholds derived from `maxInflightBytes`. */
  memoryBound(): MemoryBound {
    return this.bound;
  }

  async start(): Promise<void> {
    await Promise.all([this.producer.connect(), this.consumer.connect()]);
    await this.subscribeWhenTopicExists();
    if (this.stopped) return;
    await this.consumer.run((batch) => this.eachBatch(batch), 'manual');
    this.detector.start();
    this.lagTimer = setInterval(() => void this.refreshLag(), this.deps.options.lagIntervalMs);
    this.lagTimer.unref();
  }

  /**
   * A missing topic is waited for (readiness stays false and it is logged) rather than fatal: in a
   * fresh deployment the ingesters often start before the first collector created the topic.
   */
  private async subscribeWhenTopicExists(): Promise<void> {
    const { topic } = this.deps.options;
    try {
      await retryWithBackoff(
        () => this.consumer.subscribe(),
        { minDelayMs: 500, maxDelayMs: 10_000 },
        {
          // A topic not created yet, or its partitions between leaders (a broker failed over while
          // this ingester started): wait, as kafkajs would for a running consumer.
          isRetriable: (error) => !this.stopped && isTopicNotReady(error),
          signal: this.startAbort.signal,
          onRetry: (error, attempt) => {
            this.deps.logger.warn(
              { topic, attempt, reason: (error as Error).message },
              'topic not ready (missing, or electing partition leaders), waiting for it',
            );
          },
        },
      );
    } catch (error) {
      if (!this.startAbort.signal.aborted) throw error;
    }
  }

  /** True while storage writes fail and are retried (readiness reports storage unreachable). */
  storageFailing(): boolean {
    return this.pipeline.isRetrying();
  }

  /**
   * Drains what was received (writes finish, offsets commit), then leaves the group. After
   * `drainTimeoutMs` unfinished writes are abandoned uncommitted: the next owner redoes them.
   */
  async stop(drainTimeoutMs = 20_000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.startAbort.abort();
    this.detector.stop();
    if (this.lagTimer) clearInterval(this.lagTimer);
    // Stop fetching but stay in the group, so the drained offsets can still be committed.
    try {
      this.consumer.pause();
    } catch (error) {
      this.deps.logger.debug({ err: error }, 'nothing to pause (never subscribed)');
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)));
    await Promise.race([this.pipeline.drain(), timeout]);
    clearTimeout(timer);
    this.pipeline.stop();
    await this.committer.commitNow();
    this.committer.stop();
    await this.consumer.stop();
    await Promise.allSettled([this.consumer.disconnect(), this.producer.disconnect()]);
    this.joined = false;
    this.deps.metrics.groupJoined.set(0);
  }

  /** Abandons in-flight work without committing it (its messages will be redelivered). */
  abort(): void {
    this.pipeline.stop();
  }

  private onJoin(partitions: number[], groupId: string): void {
    const { metrics, logger, options } = this.deps;
    const { revoked, added } = this.book.assign(partitions);
    for (const p of revoked) metrics.partitionClose.inc({ topic: options.topic, partition: String(p) });
    for (const p of added) metrics.partitionStart.inc({ topic: options.topic, partition: String(p) });
    metrics.partitionsHeld.set(partitions.length);
    metrics.groupJoined.set(1);
    this.joined = true;
    logger.info({ partitions, revoked, added, generation: groupId }, 'joined consumer group');
  }

  private onRebalancing(): void {
    this.deps.metrics.rebalances.inc();
    this.joined = false;
    this.deps.metrics.groupJoined.set(0);
    // Commits of the current generation are still accepted while the group prepares the rebalance
    // (until every member has rejoined): finish what is in flight and commit it in that window.
    void this.committer.commitNow();
    void this.pipeline.drain().then(() => this.committer.commitNow());
  }

  private onCrash(error: Error, restart: boolean): void {
    this.joined = false;
    this.deps.metrics.groupJoined.set(0);
    this.deps.logger.error({ err: error, restart }, 'Kafka consumer crashed');
    if (!restart) this.deps.onFatal(`consumer crashed: ${error.message}`);
  }

  private async eachBatch(batch: PartitionBatch): Promise<void> {
    if (this.stopped) return;
    await this.heartbeatOrDrain(batch);
    const { metrics, options } = this.deps;
    let entry = this.book.ensure(batch.partition);
    const { messages } = batch;
    // A redelivery (kafkajs re-seeked to the committed offset): start a new generation of tracking.
    if (messages[0]!.offset <= (entry.tracker.highestAdded() ?? -1)) entry = this.book.reset(batch.partition);
    for (const m of messages) entry.tracker.add(m.offset);
    entry.tracker.skipTo(batch.lastOffset);
    entry.endOffset = batch.highWatermark;
    const labels = { topic: options.topic, partition: String(batch.partition) };
    metrics.messages.inc(labels, messages.length);
    metrics.currentOffset.set(labels, messages[messages.length - 1]!.offset);
    this.pipeline.submit(entry.tracker, messages);
    batch.markFetched();
    this.updateMemoryGauges();
    this.backpressure.afterBatch(this.heldBytes());
    await this.heartbeatOrDrain(batch);
  }

  /**
   * kafkajs learns of a rebalance from a heartbeat. When ours is the one, finish every in-flight
   * write and commit before giving the partitions up, so the next owner does not redo them.
   */
  private async heartbeatOrDrain(batch: PartitionBatch): Promise<void> {
    try {
      await batch.heartbeat();
    } catch (error) {
      if (isRebalanceInProgress(error)) {
        this.deps.logger.info({}, 'rebalance: finishing in-flight writes before giving partitions up');
        await this.pipeline.drain();
        await this.committer.commitNow();
      }
      throw error;
    }
  }

  private onProgress(partition: number): void {
    const entry = this.book.get(partition);
    if (entry) entry.progress++;
    this.updateMemoryGauges();
    this.backpressure.relieve(this.heldBytes(), this.pipeline.isRetrying());
    this.committer.schedule();
  }

  private updateMemoryGauges(): void {
    this.deps.metrics.inflightBytes.set(this.pipeline.inflightBytes());
    this.deps.metrics.heldBytes.set(this.heldBytes());
  }

  /** End and committed offsets of our partitions, from the broker (works while paused or idle). */
  probe(): Promise<PartitionProbe[]> {
    return probePartitions(this.consumer, this.book);
  }

  private async refreshLag(): Promise<void> {
    try {
      for (const probe of await this.probe()) {
        const labels = { topic: this.deps.options.topic, partition: String(probe.partition) };
        this.deps.metrics.offsetLag.set(labels, Math.max(0, probe.endOffset - probe.committedOffset));
      }
    } catch (error) {
      this.deps.logger.debug({ err: error }, 'lag refresh failed');
    }
  }

  /** Deadlock detector step 1: forget in-flight work of the partition and fetch again from the commit. */
  private async restartPartition(partition: number): Promise<void> {
    const entry = this.book.get(partition);
    if (!entry) return;
    const [probe] = (await this.probe()).filter((p) => p.partition === partition);
    const from = probe?.committedOffset ?? entry.committed ?? 0;
    this.book.reset(partition);
    this.backpressure.resumeNow(partition);
    this.consumer.seek(partition, from);
  }
}
