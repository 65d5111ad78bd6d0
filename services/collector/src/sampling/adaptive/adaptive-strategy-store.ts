import { randomUUID } from 'node:crypto';
import type { Span } from '@spanstream/model';
import type { Logger } from '@spanstream/runtime';
import type { SamplingStrategyResponse } from '../strategies.ts';
import type { StrategyStore } from '../strategy-store.ts';
import {
  AdaptiveUsage,
  calculateProbabilities,
  indexThroughput,
  type BucketThroughput,
} from './calculator.ts';
import type { AdaptiveOptions } from './options.ts';
import type { Probabilities, SamplingStore } from './sampling-store.ts';
import { ThroughputAggregator } from './throughput-aggregator.ts';

export interface AdaptiveStrategyStore extends StrategyStore {
  /** Counts the accepted spans clients sampled probabilistically. */
  observe(spans: readonly Span[]): void;
  /** Whether this collector holds the lease and calculates (for logs, metrics and tests). */
  isLeader(): boolean;
}

/** Counts are handed to the shared store this often (a fraction of the interval, at most 1 s apart). */
const flushIntervalMs = (o: AdaptiveOptions) => Math.max(50, Math.min(1000, o.calculationIntervalMs / 2));

/**
 * Jaeger's adaptive sampling provider on a shared `SamplingStore`: every collector counts root spans
 * and adds its counts to the store; the one holding the lease computes per-operation probabilities
 * each calculation interval over the bucket that ended `delay` ago (and the ones before it) and saves
 * them; the others reload them. All serve them from memory, loaded from the store at start, so a
 * restarted collector serves the learned probabilities at once.
 */
export function createAdaptiveStrategyStore(
  options: AdaptiveOptions,
  store: SamplingStore,
  logger: Logger,
): AdaptiveStrategyStore {
  const log = logger.child({ component: 'adaptive-sampling' });
  const owner = randomUUID();
  const aggregator = new ThroughputAggregator(options.calculationIntervalMs);
  const timers: NodeJS.Timeout[] = [];
  let probabilities: Probabilities = {};
  const usage = new AdaptiveUsage();
  let leader = false;
  let leaseTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  const warn = (what: string) => (error: unknown) => {
    log.warn({ err: error }, `adaptive sampling: ${what} failed`);
  };

  const flush = async () => {
    for (const [bucket, entries] of aggregator.drain()) await store.addThroughput(bucket, entries);
  };

  const calculate = async () => {
    if (!leader) return;
    const interval = options.calculationIntervalMs;
    const newest = Math.floor((Date.now() - options.delayMs) / interval) - 1;
    const buckets: BucketThroughput[] = [];
    for (let b = newest; b > newest - options.aggregationBuckets; b--)
      buckets.push(indexThroughput(await store.getThroughput(b)));
    probabilities = calculateProbabilities(buckets, probabilities, options, usage);
    await store.saveProbabilities(probabilities);
    log.debug({ bucket: newest, probabilities }, 'probabilities calculated');
  };

  const reload = async () => {
    if (leader) return;
    probabilities = (await store.loadProbabilities()) ?? probabilities;
  };

  const lease = async () => {
    const wasLeader = leader;
    leader = await store
      .acquireLease(owner, options.leaderLeaseRefreshIntervalMs * 3)
      .catch((error: unknown) => {
        warn('lease')(error);
        return false;
      });
    if (leader !== wasLeader)
      log.info({ leader }, leader ? 'adaptive sampling leader' : 'adaptive sampling follower');
    if (stopped) return;
    const next = leader ? options.leaderLeaseRefreshIntervalMs : options.followerLeaseRefreshIntervalMs;
    leaseTimer = setTimeout(() => void lease(), next);
    leaseTimer.unref();
  };

  const every = (ms: number, task: () => Promise<void>, what: string) => {
    const timer = setInterval(() => void task().catch(warn(what)), ms);
    timer.unref();
    timers.push(timer);
  };

  return {
    observe: (spans) => {
      aggregator.observe(spans);
    },
    isLeader: () => leader,
    get(service): SamplingStrategyResponse {
      const ops = probabilities[service] ?? {};
      return {
        strategyType: 'PROBABILISTIC',
        operationSampling: {
          defaultSamplingProbability: options.initialSamplingProbability,
          defaultLowerBoundTracesPerSecond: options.minSamplesPerSecond,
          perOperationStrategies: Object.entries(ops).map(([operation, samplingRate]) => ({
            operation,
            probabilisticSampling: { samplingRate },
          })),
          defaultUpperBoundTracesPerSecond: 0,
        },
      };
    },
    async start() {
      probabilities = (await store.loadProbabilities().catch(warn('loading probabilities'))) ?? {};
      await lease();
      every(flushIntervalMs(options), flush, 'saving throughput');
      every(options.calculationIntervalMs, calculate, 'calculating probabilities');
      every(options.followerLeaseRefreshIntervalMs, reload, 'reloading probabilities');
    },
    reload: () => Promise.resolve(false),
    stop() {
      stopped = true;
      clearTimeout(leaseTimer);
      for (const timer of timers) clearInterval(timer);
      void flush()
        .then(() => (leader ? store.releaseLease(owner) : undefined))
        .catch(warn('final flush'))
        .finally(() => void store.close().catch(warn('closing the store')));
    },
  };
}
