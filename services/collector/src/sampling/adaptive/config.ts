import { defineSchema, opt, type ConfigValues } from '@spanstream/config';
import { DEFAULT_ADAPTIVE_OPTIONS as D, type AdaptiveOptions } from './options.ts';

/** Jaeger's adaptive sampling flags, and where the collectors share their state (Redis). */
export const adaptiveSamplingConfig = defineSchema({
  'sampling.strategies-type': opt.enum(['file', 'adaptive'], {
    help: "strategies from --sampling.strategies-file, or adaptive sampling (Jaeger's SAMPLING_CONFIG_TYPE)",
    default: 'file',
  }),
  'sampling.target-samples-per-second': opt.float({
    help: 'adaptive: sampled traces per second aimed at, per operation',
    default: D.targetSamplesPerSecond,
    min: 0,
  }),
  'sampling.delta-tolerance': opt.float({
    help: 'adaptive: a rate within this fraction of the target keeps its probability',
    default: D.deltaTolerance,
    min: 0,
  }),
  'sampling.initial-sampling-probability': opt.float({
    help: 'adaptive: probability of an operation not calculated yet',
    default: D.initialSamplingProbability,
    min: 0,
    max: 1,
  }),
  'sampling.min-sampling-probability': opt.float({
    help: 'adaptive: the lowest probability given',
    default: D.minSamplingProbability,
    min: 0,
    max: 1,
  }),
  'sampling.min-samples-per-second': opt.float({
    help: 'adaptive: traces per second sampled per operation whatever the probability (lower bound)',
    default: D.minSamplesPerSecond,
    min: 0,
  }),
  'sampling.calculation-interval': opt.duration({
    help: 'adaptive: how often probabilities are calculated (and the throughput bucket width)',
    default: '1m',
  }),
  'sampling.aggregation-buckets': opt.int({
    help: 'adaptive: throughput buckets an operation is remembered over',
    default: D.aggregationBuckets,
    min: 1,
  }),
  'sampling.buckets-for-calculation': opt.int({
    help: 'adaptive: newest buckets weighed into the rate',
    default: D.bucketsForCalculation,
    min: 1,
  }),
  'sampling.delay': opt.duration({
    help: 'adaptive: the calculated bucket ends this long ago (time for every collector to report)',
    default: '2m',
  }),
  'sampling.leader-lease-refresh-interval': opt.duration({
    help: 'adaptive: how often the leader renews its lease',
    default: '5s',
  }),
  'sampling.follower-lease-refresh-interval': opt.duration({
    help: 'adaptive: how often followers try for the lease and reload probabilities',
    default: '60s',
  }),
  'sampling.redis.url': opt.string({
    help: "Spanstream: adaptive sampling's shared store (throughput, probabilities, leader lease)",
    default: 'redis://127.0.0.1:6379',
  }),
  'sampling.redis.key-prefix': opt.string({
    help: 'Spanstream: key prefix in Redis; collectors sharing it share adaptive sampling',
    default: 'spanstream-sampling',
  }),
});

export function adaptiveOptionsFromConfig(
  values: ConfigValues<typeof adaptiveSamplingConfig>,
): AdaptiveOptions {
  return {
    targetSamplesPerSecond: values['sampling.target-samples-per-second'],
    deltaTolerance: values['sampling.delta-tolerance'],
    initialSamplingProbability: values['sampling.initial-sampling-probability'],
    minSamplingProbability: values['sampling.min-sampling-probability'],
    minSamplesPerSecond: values['sampling.min-samples-per-second'],
    calculationIntervalMs: values['sampling.calculation-interval'],
    aggregationBuckets: values['sampling.aggregation-buckets'],
    bucketsForCalculation: values['sampling.buckets-for-calculation'],
    delayMs: values['sampling.delay'],
    leaderLeaseRefreshIntervalMs: values['sampling.leader-lease-refresh-interval'],
    followerLeaseRefreshIntervalMs: values['sampling.follower-lease-refresh-interval'],
  };
}
