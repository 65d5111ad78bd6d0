import {
  createGroupConsumer,
  createKafkaClient,
  isRebalanceInProgress,
  isTopicNotReady,
  type GroupConsumer,
  type KafkaClientOptions,
  type KafkaLogger,
  type PartitionBatch,
  type SpanEncoding,
} from '@spanstream/kafka';
import type { RedMetricsWriter } from '@spanstream/metrics-store';
import type { HealthState, Registry, Service } from '@spanstream/runtime';
import { retryWithBackoff } from '@spanstream/runtime/retry';
import type { DependencyWriter } from '@spanstream/storage-api';
import { AggregatorMetrics } from './metrics.ts';
import { RedPrometheus } from './red-prometheus.ts';
import { decodeResumePoint, encodeResumePoint } from './resume-point.ts';
import { decodeFacts } from './decode/decode-facts.ts';
import type { SpanFacts } from './span-facts.ts';
import { PartitionAggregator, type WindowOptions } from './window/partition-aggregator.ts';
import { windowDocument, writeWindow } from './window/window-document.ts';

export interface AggregatorOptions {
  readonly client: KafkaClientOptions;
  readonly topic: string;
  readonly groupId: string;
  readonly fromBeginning: boolean;
  readonly encoding: SpanEncoding;
  readonly fetchMaxBytesPerPartition: number;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly rebalanceTimeoutMs?: number;
  readonly window: WindowOptions;
  readonly drainTimeoutMs: number;
  /** Export RED metrics on the registry as the spanmetrics connector names them. */
  readonly prometheusRed?: boolean;
  /** How often idle windows are checked and closed (default 1 s). */
  readonly tickMs?: number;
}

export interface AggregatorDeps {
  /** Where dependency windows go; undefined = none (memory storage derives its own). */
  readonly dependencyWriter: DependencyWriter | undefined;
  /** Where RED metrics go; undefined = metrics storage `none`. */
  readonly redWriter: RedMetricsWriter | undefined;
  readonly logger: KafkaLogger;
  readonly registry: Registry;
  readonly health?: HealthState;
  readonly options: AggregatorOptions;
  readonly onFatal: (reason: string) => void;
  readonly now?: () => number;
}

interface PartitionRun {
  readonly agg: PartitionAggregator;
  lastOffset: number;
  revoked: boolean;
  writing: Promise<void> | undefined;
}

/** Longest a rebalance waits for the window writes in flight. */
const REBALANCE_WRITE_WAIT_MS = 10_000;

/**
 * The aggregator: a consumer group on the span topic; per partition a windowed parent/child join and
 * RED counts; each closed window written (dependencies, RED metrics) then committed, one at a time.
 */
export function createAggregator(deps: AggregatorDeps): Service {
  const { options, logger, health } = deps;
  const now = deps.now ?? Date.now;
  const metrics = new AggregatorMetrics(deps.registry);
  const redPrometheus = options.prometheusRed === true ? new RedPrometheus(deps.registry) : undefined;
  const kafka = createKafkaClient(options.client, logger);
  const runs = new Map<number, PartitionRun>();
  const starting = new Map<number, Promise<PartitionRun>>();
  const stopSignal = new AbortController();
  let joined = false;
  let storageFailing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const consumer: GroupConsumer = createGroupConsumer(
    kafka,
    {
      topic: options.topic,
      groupId: options.groupId,
      fromBeginning: options.fromBeginning,
      fetchMaxBytesPerPartition: options.fetchMaxBytesPerPartition,
      fetchMaxBytes: Math.max(10 * 1024 * 1024, options.fetchMaxBytesPerPartition),
      fetchMaxWaitMs: 250,
      partitionsConsumedConcurrently: 4,
      ...(options.sessionTimeoutMs !== undefined && { sessionTimeoutMs: options.sessionTimeoutMs }),
      ...(options.heartbeatIntervalMs !== undefined && { heartbeatIntervalMs: options.heartbeatIntervalMs }),
      ...(options.rebalanceTimeoutMs !== undefined && { rebalanceTimeoutMs: options.rebalanceTimeoutMs }),
    },
    {
      onJoin: ({ partitions }) => {
        joined = true;
        metrics.groupJoined.set(1);
        for (const [partition, run] of runs) {
          if (partitions.includes(partition)) continue;
          run.revoked = true;
          runs.delete(partition);
        }
        logger.info({ partitions }, 'joined consumer group');
      },
      onRebalancing: () => {
        joined = false;
        metrics.groupJoined.set(0);
      },
      onCrash: ({ error, restart }) => {
        joined = false;
        logger.error({ err: error, restart }, 'Kafka consumer crashed');
        if (!restart) deps.onFatal(`consumer crashed: ${error.message}`);
      },
    },
  );

  const updateHealth = () => {
    health?.setCondition('kafka-consumer', joined ? undefined : 'consumer group not joined');
    health?.setCondition('storage', storageFailing ? 'window writes failing, retrying' : undefined);
  };

  /** A partition's state, built from its committed resume point the first time it delivers records. */
  const runFor = async (partition: number): Promise<PartitionRun> => {
    const existing = runs.get(partition);
    if (existing) return existing;
    let pending = starting.get(partition);
    if (pending === undefined) {
      pending = consumer.offsets().then((all) => {
        const resume = decodeResumePoint(all.find((o) => o.partition === partition));
        const run: PartitionRun = {
          agg: new PartitionAggregator(partition, options.window, resume),
          lastOffset: -1,
          revoked: false,
          writing: undefined,
        };
        runs.set(partition, run);
        logger.info({ partition, countFrom: resume.countFrom }, 'partition assigned');
        return run;
      });
      starting.set(partition, pending);
      void pending.finally(() => starting.delete(partition)).catch(() => undefined);
    }
    return pending;
  };

  const eachBatch = async (batch: PartitionBatch): Promise<void> => {
    if (stopped) return;
    let run = await runFor(batch.partition);
    // kafkajs fetched again from the committed offset (a rebalance kept the partition): start over
    // from the commit once the windows in flight are written.
    if (batch.messages[0]!.offset <= run.lastOffset) {
      run.revoked = true;
      runs.delete(batch.partition);
      await run.writing;
      run = await runFor(batch.partition);
    }
    const nowMs = now();
    const facts: SpanFacts[] = [];
    for (const message of batch.messages) {
      const decoded = decodeFacts(message.value, options.encoding, facts);
      if (!decoded) metrics.records.inc({ result: 'undecodable' });
      const counted = message.offset >= run.agg.countFrom();
      const edgesBefore = run.agg.edgesFound;
      run.agg.addRecord(message.offset, message.timestamp, facts, nowMs);
      run.lastOffset = message.offset;
      if (!decoded) continue;
      metrics.records.inc({ result: counted ? 'counted' : 'replayed' });
      if (counted) {
        metrics.spans.inc(facts.length);
        metrics.edges.inc(run.agg.edgesFound - edgesBefore);
      }
    }
    batch.markFetched();
    drain(run);
    await heartbeatOrFinishWrites(batch);
  };

  /**
   * kafkajs learns of a rebalance from a heartbeat. When ours is the one, let the window writes in
   * flight finish before the partitions go to another member (it rewrites the uncommitted window under
   * the same id; a late write of ours landing after its rewrite would replace it).
   */
  const heartbeatOrFinishWrites = async (batch: PartitionBatch): Promise<void> => {
    try {
      await batch.heartbeat();
    } catch (error) {
      if (isRebalanceInProgress(error)) {
        // Bounded: a write retrying against a storage that is down must not hold the whole group.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all([...runs.values()].map((run) => run.writing ?? Promise.resolve())),
          new Promise((resolve) => (timer = setTimeout(resolve, REBALANCE_WRITE_WAIT_MS))),
        ]);
        clearTimeout(timer);
      }
      throw error;
    }
  };

  /** Writes then commits the closed windows of a partition, oldest first, one at a time. */
  const drain = (run: PartitionRun): void => {
    if (run.writing !== undefined || run.agg.closed.length === 0) return;
    run.writing = (async () => {
      while (!run.revoked && !stopSignal.signal.aborted && run.agg.closed.length > 0) {
        const segment = run.agg.closed[0]!;
        const timer = metrics.segmentWrite.startTimer();
        const document = windowDocument(options.topic, options.window.windowMs, segment);
        await retryWithBackoff(
          () => writeWindow({ dependencies: deps.dependencyWriter, red: deps.redWriter }, document, segment),
          { minDelayMs: 250, maxDelayMs: 30_000 },
          {
            isRetriable: () => !run.revoked,
            signal: stopSignal.signal,
            onRetry: (error, attempt) => {
              storageFailing = true;
              metrics.segments.inc({ result: 'error' });
              logger.warn(
                { err: error, attempt, partition: run.agg.partition },
                'window write failed, retrying',
              );
            },
          },
        );
        storageFailing = false;
        if (run.revoked) return;
        await consumer.commit([
          {
            partition: run.agg.partition,
            offset: run.agg.commitOffset(segment.endOffset),
            metadata: encodeResumePoint(segment.endOffset, segment.window),
          },
        ]);
        timer();
        metrics.segments.inc({ result: 'ok' });
        redPrometheus?.add(segment.red.values());
        run.agg.closed.shift();
      }
    })()
      .catch((error: unknown) => {
        // A failed commit (rebalance): the window stays queued and is rewritten (same id) next tick.
        logger.warn({ err: error, partition: run.agg.partition }, 'window commit failed');
      })
      .finally(() => {
        run.writing = undefined;
      });
  };

  const tick = () => {
    const nowMs = now();
    let entries = 0;
    for (const run of runs.values()) {
      run.agg.closeIfDue(nowMs);
      drain(run);
      entries += run.agg.join.size();
      const { expired, overflow } = run.agg.join.evicted;
      metrics.evictedUnmatched.inc({ reason: 'expired' }, expired - run.agg.reported.expired);
      metrics.evictedUnmatched.inc({ reason: 'overflow' }, overflow - run.agg.reported.overflow);
      metrics.lateRecords.inc(run.agg.late - run.agg.reported.late);
      run.agg.markReported();
    }
    metrics.joinEntries.set(entries);
    updateHealth();
  };

  return {
    name: 'aggregator',
    async start() {
      updateHealth();
      await consumer.connect();
      await retryWithBackoff(
        () => consumer.subscribe(),
        { minDelayMs: 500, maxDelayMs: 10_000 },
        {
          isRetriable: (error) => !stopped && isTopicNotReady(error),
          signal: stopSignal.signal,
          onRetry: (error) => {
            logger.warn(
              { topic: options.topic, reason: (error as Error).message },
              'topic not ready, waiting',
            );
          },
        },
      );
      if (stopped) return;
      await consumer.run(eachBatch, 'manual');
      timer = setInterval(tick, options.tickMs ?? 1_000);
      timer.unref();
      logger.info({ topic: options.topic, group: options.groupId }, 'aggregator started');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      try {
        consumer.pause();
      } catch (error) {
        logger.debug({ err: error }, 'nothing to pause (never subscribed)');
      }
      // Write and commit the open windows, so a restart does not redo them.
      for (const run of runs.values()) {
        run.agg.closeAll();
        drain(run);
      }
      let drainTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([...runs.values()].map((run) => run.writing ?? Promise.resolve())),
        new Promise((resolve) => (drainTimer = setTimeout(resolve, options.drainTimeoutMs))),
      ]);
      clearTimeout(drainTimer);
      stopSignal.abort();
      await consumer.stop();
      await consumer.disconnect();
      metrics.groupJoined.set(0);
      logger.info({}, 'aggregator stopped');
    },
  };
}
