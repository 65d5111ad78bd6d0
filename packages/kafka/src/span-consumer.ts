import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { SpanWriter } from '@spanstream/storage-api';
import { DeadlockDetector, type PartitionProbe } from './deadlock-detector.ts';
import { KafkaDeadLetterSink } from './dead-letter-producer.ts';
import { IngestPipeline, type DeadLetterSink, type PipelineOptions } from './ingest-pipeline.ts';
import type { IngesterMetrics } from './ingester-metrics.ts';
import type { KafkaLogger } from './logger.ts';
import type { DecodeOutcome, IncomingMessage } from './message.ts';
import { PartitionBook } from './partition-book.ts';
import { retryWithBackoff } from './retry.ts';

export interface SpanConsumerOptions extends PipelineOptions {
  readonly topic: string;
  readonly groupId: string;
  readonly dlqTopic: string;
  /** Received-but-unwritten bytes above which partitions are paused (resumed below half of it). */
  readonly maxInflightBytes: number;
  /** Per-partition fetch size (Jaeger's --kafka.consumer.fetch-max-message-bytes). */
  readonly fetchMaxBytesPerPartition: number;
  readonly deadlockIntervalMs: number;
  /** A new group starts at the earliest offset (Jaeger v2's `initial_offset: earliest`). */
  readonly fromBeginning: boolean;
  readonly commitIntervalMs: number;
  readonly lagIntervalMs: number;
}

export interface SpanConsumerDeps {
  readonly kafka: Kafka;
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

/**
 * kafkajs glue around the IngestPipeline: eachBatch hands messages over and returns at once, so
 * partitions are fetched while earlier messages are still being written; commits follow the
 * per-partition trackers; backpressure pauses partitions.
 */
export class SpanConsumer {
  private readonly deps: SpanConsumerDeps;
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly pipeline: IngestPipeline;
  private readonly book = new PartitionBook();
  private readonly detector: DeadlockDetector;
  private joined = false;
  private commitTimer: NodeJS.Timeout | undefined;
  private lagTimer: NodeJS.Timeout | undefined;
  private committing: Promise<void> | undefined;
  private stopped = false;
  private readonly startAbort = new AbortController();

  constructor(deps: SpanConsumerDeps) {
    this.deps = deps;
    const { kafka, options } = deps;
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      maxBytesPerPartition: options.fetchMaxBytesPerPartition,
      maxBytes: Math.max(options.fetchMaxBytesPerPartition, Math.floor(options.maxInflightBytes / 2)),
      allowAutoTopicCreation: false,
    });
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.admin = kafka.admin();
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
        this.pauseBusyPartitions();
      },
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
    this.listen();
  }

  /** Ready = member of the group with an assignment handed out (possibly empty). */
  isJoined(): boolean {
    return this.joined;
  }

  inflightBytes(): number {
    return this.pipeline.inflightBytes();
  }

  async start(): Promise<void> {
    await Promise.all([this.producer.connect(), this.admin.connect(), this.consumer.connect()]);
    await this.subscribeWhenTopicExists();
    if (this.stopped) return;
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 64,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    this.detector.start();
    this.lagTimer = setInterval(() => void this.refreshLag(), this.deps.options.lagIntervalMs);
    this.lagTimer.unref();
  }

  /**
   * A missing topic is waited for (readiness stays false and it is logged) rather than fatal: in a
   * fresh deployment the ingesters often start before the first collector created the topic.
   */
  private async subscribeWhenTopicExists(): Promise<void> {
    const { topic, fromBeginning } = this.deps.options;
    try {
      await retryWithBackoff(
        () => this.consumer.subscribe({ topic, fromBeginning }),
        { minDelayMs: 500, maxDelayMs: 10_000 },
        {
          isRetriable: (error) =>
            (error as { type?: string }).type === 'UNKNOWN_TOPIC_OR_PARTITION' && !this.stopped,
          signal: this.startAbort.signal,
          onRetry: (_error, attempt) => {
            this.deps.logger.warn({ topic, attempt }, 'topic does not exist yet, waiting for it');
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
      this.consumer.pause([{ topic: this.deps.options.topic }]);
    } catch (error) {
      this.deps.logger.debug({ err: error }, 'nothing to pause (never subscribed)');
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)));
    await Promise.race([this.pipeline.drain(), timeout]);
    clearTimeout(timer);
    this.pipeline.stop();
    await this.commitNow();
    if (this.commitTimer) clearTimeout(this.commitTimer);
    await this.consumer.stop();
    await Promise.allSettled([
      this.consumer.disconnect(),
      this.producer.disconnect(),
      this.admin.disconnect(),
    ]);
    this.joined = false;
    this.deps.metrics.groupJoined.set(0);
  }

  /** Abandons in-flight work without committing it (its messages will be redelivered). */
  abort(): void {
    this.pipeline.stop();
  }

  private listen(): void {
    const { consumer, deps } = this;
    const { metrics, logger } = deps;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      const partitions = payload.memberAssignment[deps.options.topic] ?? [];
      const { revoked, added } = this.book.assign(partitions);
      for (const p of revoked)
        metrics.partitionClose.inc({ topic: deps.options.topic, partition: String(p) });
      for (const p of added) metrics.partitionStart.inc({ topic: deps.options.topic, partition: String(p) });
      metrics.partitionsHeld.set(partitions.length);
      metrics.groupJoined.set(1);
      this.joined = true;
      logger.info({ partitions, revoked, added, generation: payload.groupId }, 'joined consumer group');
    });
    consumer.on(consumer.events.REBALANCING, () => {
      metrics.rebalances.inc();
      this.joined = false;
      metrics.groupJoined.set(0);
      // Commits of the current generation are still accepted while the group prepares the rebalance
      // (until every member has rejoined): finish what is in flight and commit it in that window.
      void this.commitNow();
      void this.pipeline.drain().then(() => this.commitNow());
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      metrics.groupJoined.set(0);
      logger.error({ err: payload.error, restart: payload.restart }, 'Kafka consumer crashed');
      if (!payload.restart) deps.onFatal(`consumer crashed: ${payload.error.message}`);
    });
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (this.stopped || !payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
    await this.heartbeatOrDrain(payload);
    const { metrics, options } = this.deps;
    let entry = this.book.ensure(batch.partition);
    const first = Number(batch.messages[0]!.offset);
    // A redelivery (kafkajs re-seeked to the committed offset): start a new generation of tracking.
    if (first <= (entry.tracker.highestAdded() ?? -1)) entry = this.book.reset(batch.partition);
    const messages = batch.messages.map((m) => toIncoming(options.topic, batch.partition, m));
    for (const m of messages) entry.tracker.add(m.offset);
    entry.tracker.skipTo(Number(batch.lastOffset()));
    entry.endOffset = Number(batch.highWatermark);
    const labels = { topic: options.topic, partition: String(batch.partition) };
    metrics.messages.inc(labels, messages.length);
    metrics.currentOffset.set(labels, messages[messages.length - 1]!.offset);
    this.pipeline.submit(entry.tracker, messages);
    payload.resolveOffset(batch.lastOffset());
    metrics.inflightBytes.set(this.pipeline.inflightBytes());
    if (this.pipeline.inflightBytes() > options.maxInflightBytes) this.pause(batch.partition);
    await this.heartbeatOrDrain(payload);
  }

  /**
   * kafkajs learns of a rebalance from a heartbeat. When ours is the one, finish every in-flight
   * write and commit before giving the partitions up, so the next owner does not redo them.
   */
  private async heartbeatOrDrain(payload: EachBatchPayload): Promise<void> {
    try {
      await payload.heartbeat();
    } catch (error) {
      if ((error as { type?: string }).type === 'REBALANCE_IN_PROGRESS') {
        this.deps.logger.info({}, 'rebalance: finishing in-flight writes before giving partitions up');
        await this.pipeline.drain();
        await this.commitNow();
      }
      throw error;
    }
  }

  private onProgress(partition: number): void {
    const entry = this.book.get(partition);
    if (entry) entry.progress++;
    this.deps.metrics.inflightBytes.set(this.pipeline.inflightBytes());
    this.resumeIfRelieved();
    if (!this.commitTimer) {
      this.commitTimer = setTimeout(() => {
        this.commitTimer = undefined;
        void this.commitNow();
      }, this.deps.options.commitIntervalMs);
      this.commitTimer.unref();
    }
  }

  /** Commits every partition whose contiguous done offset moved; one commit request at a time. */
  private async commitNow(): Promise<void> {
    while (this.committing) await this.committing;
    const topic = this.deps.options.topic;
    const offsets: { topic: string; partition: number; offset: string }[] = [];
    const moved: [number, number][] = [];
    for (const [partition, entry] of this.book.entriesList()) {
      const next = entry.tracker.committable();
      if (next === undefined || (entry.committed !== undefined && next <= entry.committed)) continue;
      offsets.push({ topic, partition, offset: String(next) });
      moved.push([partition, next]);
    }
    if (offsets.length === 0) return;
    this.committing = this.consumer.commitOffsets(offsets).then(
      () => {
        for (const [partition, next] of moved) this.committed(partition, next);
      },
      (error: unknown) => {
        // Not fatal: the offsets stay uncommitted and go out with the next commit.
        this.deps.logger.warn({ err: error }, 'offset commit failed');
      },
    );
    try {
      await this.committing;
    } finally {
      this.committing = undefined;
    }
  }

  private committed(partition: number, next: number): void {
    const entry = this.book.get(partition);
    if (entry) entry.committed = next;
    const labels = { topic: this.deps.options.topic, partition: String(partition) };
    this.deps.metrics.offsetCommits.inc(labels);
    this.deps.metrics.lastCommittedOffset.set(labels, next - 1);
    if (entry?.endOffset !== undefined) this.deps.metrics.offsetLag.set(labels, entry.endOffset - next);
  }

  private pause(partition: number): void {
    const entry = this.book.get(partition);
    if (!entry || entry.paused) return;
    entry.paused = true;
    this.consumer.pause([{ topic: this.deps.options.topic, partitions: [partition] }]);
    this.updatePausedGauge();
    this.deps.logger.info({ partition, inflightBytes: this.pipeline.inflightBytes() }, 'partition paused');
  }

  /** Storage refuses writes: stop fetching partitions that already have work waiting. */
  private pauseBusyPartitions(): void {
    for (const [partition, entry] of this.book.entriesList()) {
      if (entry.tracker.pendingCount() > 0) this.pause(partition);
    }
  }

  private resumeIfRelieved(): void {
    if (this.pipeline.isRetrying()) return;
    if (this.pipeline.inflightBytes() > this.deps.options.maxInflightBytes / 2) return;
    const resumed: number[] = [];
    for (const [partition, entry] of this.book.entriesList()) {
      if (!entry.paused) continue;
      entry.paused = false;
      resumed.push(partition);
    }
    if (resumed.length === 0) return;
    this.consumer.resume([{ topic: this.deps.options.topic, partitions: resumed }]);
    this.updatePausedGauge();
    this.deps.logger.info({ partitions: resumed }, 'partitions resumed');
  }

  private updatePausedGauge(): void {
    this.deps.metrics.pausedPartitions.set(this.book.entriesList().filter(([, e]) => e.paused).length);
  }

  /** End and committed offsets of our partitions, from the broker (works while paused or idle). */
  async probe(): Promise<PartitionProbe[]> {
    const { topic, groupId } = this.deps.options;
    const [ends, groups] = await Promise.all([
      this.admin.fetchTopicOffsets(topic),
      this.admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    const committedByPartition = new Map(
      (groups[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)] as const),
    );
    const probes: PartitionProbe[] = [];
    for (const end of ends) {
      const entry = this.book.get(end.partition);
      if (!entry) continue;
      const brokerCommitted = committedByPartition.get(end.partition) ?? -1;
      const committed = brokerCommitted >= 0 ? brokerCommitted : Number(end.low);
      probes.push({
        partition: end.partition,
        endOffset: Number(end.high),
        committedOffset: committed,
        progress: entry.progress,
      });
    }
    return probes;
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
    if (entry.paused) {
      entry.paused = false;
      this.consumer.resume([{ topic: this.deps.options.topic, partitions: [partition] }]);
    }
    this.consumer.seek({ topic: this.deps.options.topic, partition, offset: String(from) });
  }
}

function toIncoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  const headers: Record<string, Buffer | string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    headers[name] = Array.isArray(value) ? value[0] : value;
  }
  return {
    topic,
    partition,
    offset: Number(message.offset),
    key: message.key,
    value: message.value,
    headers,
    timestamp: Number(message.timestamp),
  };
}
