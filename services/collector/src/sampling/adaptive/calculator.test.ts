import { describe, expect, it } from 'vitest';
import { calculateProbabilities, indexThroughput, truncateProbability } from './calculator.ts';
import { DEFAULT_ADAPTIVE_OPTIONS } from './options.ts';
import type { Probabilities } from './sampling-store.ts';

const options = { ...DEFAULT_ADAPTIVE_OPTIONS, calculationIntervalMs: 60_000 };
/** Spans per second each operation really has; clients sample them with the served probability. */
const rates: Record<string, number> = { busy: 200, quiet: 2, rare: 0.25 };

/** One interval of a client sampling each operation with `probabilities` (the expected counts). */
function interval(probabilities: Probabilities) {
  return indexThroughput(
    Object.entries(rates).map(([operation, rate]) => {
      const p = probabilities['svc']?.[operation] ?? options.initialSamplingProbability;
      return {
        service: 'svc',
        operation,
        count: rate * p * (options.calculationIntervalMs / 1000),
        probabilities: [truncateProbability(p)],
      };
    }),
  );
}

describe("adaptive sampling calculation (Jaeger's algorithm)", () => {
  it('converges each operation to the probability that samples the target rate, capped at 1', () => {
    let probabilities: Probabilities = {};
    for (let round = 0; round < 15; round++)
      probabilities = calculateProbabilities([interval(probabilities)], probabilities, options);
    const { busy, quiet, rare } = probabilities['svc']!;
    // Within the delta tolerance of target / rate.
    expect(Math.abs(busy! * 200 - 1)).toBeLessThan(0.3);
    expect(busy).toBeGreaterThan(0.0035);
    expect(busy).toBeLessThan(0.0065);
    expect(Math.abs(quiet! * 2 - 1)).toBeLessThan(0.3);
    expect(rare).toBe(1);
  });

  it('at most doubles a probability on the way up, and goes straight down', () => {
    // 0.001 × 200/s = 0.2 sampled/s: ×5 would hit the target, ×2 is the cap.
    expect(calculateProbabilities([interval({})], {}, options)['svc']!['busy']).toBe(0.002);
    // 0.5 × 200/s = 100/s: straight to 1/200.
    const down = calculateProbabilities([interval({ svc: { busy: 0.5 } })], { svc: { busy: 0.5 } }, options);
    expect(down['svc']!['busy']).toBeCloseTo(0.005, 10);
  });

  it('leaves an operation alone when its clients do not report the probability it was given', () => {
    const previous = { svc: { busy: 0.01 } };
    const bucket = indexThroughput([
      { service: 'svc', operation: 'busy', count: 600, probabilities: ['0.5'] },
    ]);
    expect(calculateProbabilities([bucket], previous, options)['svc']!['busy']).toBe(0.01);
  });

  it('writes probabilities as Jaeger compares them', () => {
    expect(truncateProbability(0.005)).toBe('0.005');
    expect(truncateProbability(1)).toBe('1');
    expect(truncateProbability(0.0000012)).toBe('0.000001');
  });
});
