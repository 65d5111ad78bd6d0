import { describe, expect, it } from 'vitest';
import { AdaptiveUsage, calculateProbabilities, indexThroughput, truncateProbability } from './calculator.ts';
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
      { service: 'svc', operation: 'busy', count: 600, probabilities: [truncateProbability(0.5)] },
    ]);
    expect(calculateProbabilities([bucket], previous, options)['svc']!['busy']).toBe(0.01);
  });

  it("writes probabilities as Jaeger's TruncateFloat does (FormatFloat 'f', 6)", () => {
    expect(truncateProbability(0.005)).toBe('0.005000');
    expect(truncateProbability(1)).toBe('1.000000');
    expect(truncateProbability(0.0000012)).toBe('0.000001');
  });

  it("gives the issue's quiet operation (2 spans/s, target 1/s) what Jaeger gives it: 0.5, never 1", () => {
    // From the initial 0.001 the sampled rate is far below the target: ×2 per interval (the 100 %
    // increase cap) up to 0.256; its 0.512 sampled spans/s then ask for ×1.95, under the cap, so straight
    // to 0.5, whose 1 sampled span/s is the target: it stays there.
    const seen: number[] = [];
    let probabilities: Probabilities = {};
    for (let round = 0; round < 20; round++) {
      probabilities = calculateProbabilities([interval(probabilities)], probabilities, options);
      // Rounded: the doublings carry float noise in the last bits (as Jaeger's float64s do).
      seen.push(Number(probabilities['svc']!['quiet']!.toFixed(9)));
    }
    expect(seen.slice(0, 10)).toEqual([0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.5, 0.5]);
    expect(seen.at(-1)).toBe(0.5);
    expect(Math.max(...seen)).toBe(0.5);
  });

  it("uses the previous calculation's finding for an operation absent from the newest bucket", () => {
    const older = indexThroughput([
      { service: 'svc', operation: 'busy', count: 6000, probabilities: [truncateProbability(0.01)] },
    ]);
    const empty = indexThroughput([]);
    const previous = { svc: { busy: 0.01 } };
    const usage = new AdaptiveUsage();
    // The first calculation sees its clients report 0.01 (adaptive): down to target / rate.
    const first = calculateProbabilities([older], previous, options, usage);
    expect(first['svc']!['busy']).toBeCloseTo(0.01 / 100, 10);
    // Then no span in the newest bucket: Jaeger trusts the previous finding (adaptive) and recalculates.
    const second = calculateProbabilities([empty, older], first, options, usage);
    expect(second['svc']!['busy']).not.toBe(first['svc']!['busy']);
    // Without that history (a new leader), the operation keeps its probability.
    expect(calculateProbabilities([empty, older], first, options)['svc']!['busy']).toBe(
      first['svc']!['busy'],
    );
  });
});
