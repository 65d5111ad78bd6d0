import { describe, expect, it } from 'vitest';
import { histogramQuantile, LATENCY_BOUNDS_MS, latencyBucket, RedCells, SLOT_MS } from './red.ts';
import {
  callRates,
  emptySlot,
  errorRates,
  latencies,
  type MetricsQuery,
  type SeriesSlots,
} from './series.ts';

const query: MetricsQuery = {
  services: ['api'],
  groupByOperation: false,
  spanKinds: ['SPAN_KIND_SERVER'],
  endMs: 120_000,
  lookbackMs: 60_000,
  stepMs: 60_000,
  ratePerMs: 60_000,
};

function series(): SeriesSlots {
  const slots = new Map<number, ReturnType<typeof emptySlot>>();
  // 36 calls in [60 s, 120 s): 6 per 10-second slot, one error per slot, latencies 10 ms.
  for (let slot = 60_000; slot < 120_000; slot += SLOT_MS) {
    const counts = emptySlot();
    counts.calls = 6;
    counts.errors = 1;
    counts.buckets[latencyBucket(10)] = 6;
    slots.set(slot, counts);
  }
  return { service: 'api', slots };
}

describe('RED series', () => {
  it('rates are calls per second over the window ending at each step; points are RFC 3339', () => {
    const family = callRates([series()], query);
    expect(family).toMatchObject({
      name: 'service_call_rate',
      type: 'GAUGE',
      help: 'calls/sec, grouped by service',
    });
    expect(family.metrics![0]!.labels).toEqual([{ name: 'service_name', value: 'api' }]);
    expect(family.metrics![0]!.metricPoints).toEqual([
      { gaugeValue: { doubleValue: 0 }, timestamp: '1970-01-01T00:01:00Z' },
      { gaugeValue: { doubleValue: 0.6 }, timestamp: '1970-01-01T00:02:00Z' },
    ]);
  });

  it('error rates are errors over calls, with no point where there were no calls', () => {
    const points = errorRates([series()], query).metrics![0]!.metricPoints;
    expect(points).toHaveLength(1);
    expect(points[0]!.gaugeValue.doubleValue).toBeCloseTo(1 / 6);
  });

  it('latency quantiles interpolate inside the bucket, as histogram_quantile', () => {
    const family = latencies([series()], { ...query, groupByOperation: true }, 0.95);
    expect(family.name).toBe('service_operation_latencies');
    expect(family.help).toBe('0.95th quantile latency, grouped by service & operation');
    const value = family.metrics![0]!.metricPoints[0]!.gaugeValue.doubleValue;
    expect(value).toBeGreaterThan(7.5);
    expect(value).toBeLessThanOrEqual(10);
  });

  it('leaves `metrics` out of an empty family, as jsonpb does', () => {
    expect(callRates([], query)).toEqual({
      name: 'service_call_rate',
      type: 'GAUGE',
      help: 'calls/sec, grouped by service',
    });
  });

  it('histogramQuantile stays within the bucket of the exact quantile', () => {
    const cells = new RedCells();
    const durations = Array.from({ length: 1000 }, (_, i) => 0.5 + ((i * 7919) % 5000) / 10);
    for (const d of durations) cells.add('s', 'SPAN_KIND_SERVER', 'op', 0, d, false);
    const cell = [...cells.values()][0]!;
    const exact = durations.sort((a, b) => a - b)[949]!;
    expect(
      Math.abs(latencyBucket(histogramQuantile(0.95, cell.buckets)) - latencyBucket(exact)),
    ).toBeLessThanOrEqual(1);
    expect(histogramQuantile(0.5, new Array<number>(LATENCY_BOUNDS_MS.length + 1).fill(0))).toBeNaN();
  });
});
