import { histogramQuantile, LATENCY_BOUNDS_MS, SLOT_MS, type SpanKindName } from './red.ts';
import {
  familyHeader,
  protoTimestamp,
  type Metric,
  type MetricFamily,
  type MetricPoint,
} from './metric-family.ts';

/** Jaeger's BaseQueryParameters (`storage/metricstore`), times and durations in ms. */
export interface MetricsQuery {
  readonly services: readonly string[];
  readonly groupByOperation: boolean;
  readonly spanKinds: readonly SpanKindName[];
  readonly endMs: number;
  readonly lookbackMs: number;
  readonly stepMs: number;
  readonly ratePerMs: number;
}

/** Summed counters of one slot of one series. */
export interface SlotCounts {
  calls: number;
  errors: number;
  readonly buckets: number[];
}

/** One series (a service, or a service and operation) and its slots by start time. */
export interface SeriesSlots {
  readonly service: string;
  readonly operation?: string;
  readonly slots: Map<number, SlotCounts>;
}

export function emptySlot(): SlotCounts {
  return { calls: 0, errors: 0, buckets: new Array<number>(LATENCY_BOUNDS_MS.length + 1).fill(0) };
}

/** The evaluation times of a Prometheus range query: start, start + step, … ≤ end. */
function stepTimes(query: MetricsQuery): number[] {
  const times: number[] = [];
  const step = Math.max(1, query.stepMs);
  for (let t = query.endMs - query.lookbackMs; t <= query.endMs; t += step) times.push(t);
  return times;
}

/** The slots inside (t − ratePer, t]: slots starting in [t − ratePer, t). */
function windowSum(series: SeriesSlots, t: number, ratePerMs: number): SlotCounts {
  const sum = emptySlot();
  const first = Math.ceil((t - ratePerMs) / SLOT_MS) * SLOT_MS;
  for (let slot = first; slot < t; slot += SLOT_MS) {
    const counts = series.slots.get(slot);
    if (counts === undefined) continue;
    sum.calls += counts.calls;
    sum.errors += counts.errors;
    for (let i = 0; i < counts.buckets.length; i++) sum.buckets[i]! += counts.buckets[i]!;
  }
  return sum;
}

type PointValue = (window: SlotCounts) => number | undefined;

function family(
  header: { name: string; help: string },
  series: readonly SeriesSlots[],
  query: MetricsQuery,
  value: PointValue,
): MetricFamily {
  const times = stepTimes(query);
  const metrics: Metric[] = [];
  for (const s of series) {
    const points: MetricPoint[] = [];
    for (const t of times) {
      const v = value(windowSum(s, t, query.ratePerMs));
      if (v !== undefined) points.push({ gaugeValue: { doubleValue: v }, timestamp: protoTimestamp(t) });
    }
    if (points.length === 0) continue;
    const labels = [{ name: 'service_name', value: s.service }];
    if (s.operation !== undefined) labels.push({ name: 'operation', value: s.operation });
    metrics.push({ labels, metricPoints: points });
  }
  return { name: header.name, type: 'GAUGE', help: header.help, ...(metrics.length > 0 && { metrics }) };
}

/** Calls per second over each point's `ratePer` window (PromQL `sum(rate(calls[ratePer]))`). */
export function callRates(series: readonly SeriesSlots[], query: MetricsQuery): MetricFamily {
  const perSecond = query.ratePerMs / 1000;
  return family(familyHeader('calls', query.groupByOperation), series, query, (w) => w.calls / perSecond);
}

/** Errors over calls in each window; windows without calls have no point (PromQL gives NaN). */
export function errorRates(series: readonly SeriesSlots[], query: MetricsQuery): MetricFamily {
  return family(familyHeader('errors', query.groupByOperation), series, query, (w) =>
    w.calls === 0 ? undefined : w.errors / w.calls,
  );
}

/** The quantile (ms) of each window's latency histogram, interpolated as histogram_quantile. */
export function latencies(
  series: readonly SeriesSlots[],
  query: MetricsQuery,
  quantile: number,
): MetricFamily {
  return family(familyHeader('latencies', query.groupByOperation, quantile), series, query, (w) => {
    const value = histogramQuantile(quantile, w.buckets);
    return Number.isNaN(value) ? undefined : value;
  });
}
