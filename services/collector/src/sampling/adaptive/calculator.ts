import type { AdaptiveOptions } from './options.ts';
import type { OperationThroughput, Probabilities } from './sampling-store.ts';

/**
 * Jaeger's `TruncateFloat` (`strconv.FormatFloat(v, 'f', 6, 64)`): how a probability is written when
 * clients' reports are compared with it.
 */
export const truncateProbability = (p: number): string => p.toFixed(6);

/** Jaeger's `FloatEquals`: equal to 10 decimal places. */
const floatEquals = (a: number, b: number): boolean => Math.abs(a - b) < 1e-10;

/**
 * Jaeger's leader-side `serviceCache`: per operation, the probability it had and whether its clients
 * used it, as found by the previous calculation. Kept by the leader between calculations.
 */
export class AdaptiveUsage {
  #previous = new Map<string, { probability: number; usingAdaptive: boolean }>();
  #current = new Map<string, { probability: number; usingAdaptive: boolean }>();

  /** Starts a calculation: what the last one recorded becomes the previous. */
  next(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  record(service: string, operation: string, probability: number, usingAdaptive: boolean): void {
    this.#current.set(`${service}\u0000${operation}`, { probability, usingAdaptive });
  }

  previous(service: string, operation: string) {
    return this.#previous.get(`${service}\u0000${operation}`);
  }
}

/** A bucket's throughput keyed by service then operation. */
export type BucketThroughput = Map<string, Map<string, OperationThroughput>>;

export function indexThroughput(entries: readonly OperationThroughput[]): BucketThroughput {
  const out: BucketThroughput = new Map();
  for (const e of entries) {
    const ops = out.get(e.service) ?? new Map<string, OperationThroughput>();
    out.set(e.service, ops);
    ops.set(e.operation, e);
  }
  return out;
}

/** Jaeger's weights for the newest `length` rates: i^4 descending, normalised. */
function weights(length: number): number[] {
  const raw = Array.from({ length }, (_, i) => (length - i) ** 4);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / sum);
}

/** The operation's sampled spans per second over the newest buckets it appears in (newest first). */
function weightedQps(
  buckets: readonly BucketThroughput[],
  service: string,
  operation: string,
  options: AdaptiveOptions,
): number {
  const rates: number[] = [];
  for (const bucket of buckets) {
    if (rates.length >= options.bucketsForCalculation) break;
    const entry = bucket.get(service)?.get(operation);
    if (entry !== undefined) rates.push(entry.count / (options.calculationIntervalMs / 1000));
  }
  if (rates.length === 0) return 0;
  const w = weights(rates.length);
  return rates.reduce((sum, rate, i) => sum + rate * w[i]!, 0);
}

/**
 * Jaeger's `PercentageIncreaseCappedCalculator(1.0)`: go straight down to the probability that hits
 * the target, but at most double it on the way up (defends against oversampling).
 */
function cappedProbability(target: number, qps: number, previous: number): number {
  const factor = target / qps;
  const next = previous * factor;
  if (factor > 1 && (next - previous) / previous > 1) return previous * 2;
  return next;
}

/**
 * Whether the operation's clients use the probability last assigned (Jaeger's
 * `isUsingAdaptiveSampling`): it is still the initial one; or its spans in the newest bucket report it;
 * or, absent from the newest bucket, the previous calculation found it adaptive and past the initial.
 */
function usesAdaptive(
  previous: number,
  latest: BucketThroughput | undefined,
  service: string,
  operation: string,
  options: AdaptiveOptions,
  usage: AdaptiveUsage,
): boolean {
  if (floatEquals(previous, options.initialSamplingProbability)) return true;
  const entry = latest?.get(service)?.get(operation);
  if (entry !== undefined) return entry.probabilities.includes(truncateProbability(previous));
  const before = usage.previous(service, operation);
  if (before === undefined) return false;
  return before.usingAdaptive && !floatEquals(before.probability, options.initialSamplingProbability);
}

/**
 * One calculation (Jaeger's `calculateProbabilitiesAndQPS`) over the buckets, newest first: every
 * operation seen in them gets a probability moving its sampled rate toward the target.
 */
export function calculateProbabilities(
  buckets: readonly BucketThroughput[],
  previous: Probabilities,
  options: AdaptiveOptions,
  usage: AdaptiveUsage = new AdaptiveUsage(),
): Probabilities {
  const out: Probabilities = {};
  const latest = buckets[0];
  usage.next();
  for (const bucket of buckets) {
    for (const [service, ops] of bucket) {
      for (const operation of ops.keys()) {
        const serviceOut = (out[service] ??= {});
        if (serviceOut[operation] !== undefined) continue;
        const old = previous[service]?.[operation] ?? options.initialSamplingProbability;
        const qps = weightedQps(buckets, service, operation, options);
        const adaptive = usesAdaptive(old, latest, service, operation, options, usage);
        usage.record(service, operation, old, adaptive);
        serviceOut[operation] = nextProbability(old, qps, adaptive, options);
      }
    }
  }
  return out;
}

function nextProbability(old: number, qps: number, adaptive: boolean, options: AdaptiveOptions): number {
  const target = options.targetSamplesPerSecond;
  if (Math.abs(qps - target) / target < options.deltaTolerance || !adaptive) return old;
  // No sampled span at all: double, so that one is sampled eventually.
  const next = floatEquals(qps, 0) ? old * 2 : cappedProbability(target, qps, old);
  return Math.min(1, Math.max(options.minSamplingProbability, next));
}
