/** Jaeger's adaptive sampling options (`--sampling.*`, `plugin/sampling/strategyprovider/adaptive`). */
export interface AdaptiveOptions {
  /** --sampling.target-samples-per-second: sampled root spans per second per operation aimed at */
  readonly targetSamplesPerSecond: number;
  /** --sampling.delta-tolerance: a rate within this fraction of the target leaves the probability alone */
  readonly deltaTolerance: number;
  /** --sampling.initial-sampling-probability: for operations not yet calculated */
  readonly initialSamplingProbability: number;
  /** --sampling.min-sampling-probability */
  readonly minSamplingProbability: number;
  /** --sampling.min-samples-per-second: the lower bound served to clients */
  readonly minSamplesPerSecond: number;
  /** --sampling.calculation-interval (ms): also the width of a throughput bucket */
  readonly calculationIntervalMs: number;
  /** --sampling.aggregation-buckets: buckets an operation is remembered over */
  readonly aggregationBuckets: number;
  /** --sampling.buckets-for-calculation: newest buckets weighed into the rate */
  readonly bucketsForCalculation: number;
  /** --sampling.delay (ms): how far behind now the calculated bucket ends (every collector has flushed it) */
  readonly delayMs: number;
  /** --sampling.leader-lease-refresh-interval (ms) */
  readonly leaderLeaseRefreshIntervalMs: number;
  /** --sampling.follower-lease-refresh-interval (ms): also how often followers reload probabilities */
  readonly followerLeaseRefreshIntervalMs: number;
}

export const DEFAULT_ADAPTIVE_OPTIONS: AdaptiveOptions = {
  targetSamplesPerSecond: 1,
  deltaTolerance: 0.3,
  initialSamplingProbability: 0.001,
  minSamplingProbability: 1e-5,
  minSamplesPerSecond: 1 / 60,
  calculationIntervalMs: 60_000,
  aggregationBuckets: 10,
  bucketsForCalculation: 1,
  delayMs: 120_000,
  leaderLeaseRefreshIntervalMs: 5_000,
  followerLeaseRefreshIntervalMs: 60_000,
};
