// Jaeger's metrics query API (`/api/metrics/{latencies,calls,errors}`) and its `MetricFamily`
// proto-JSON (`jaeger.api_v2.metrics.MetricFamily`), as Jaeger UI's Monitor tab reads it.

export interface MetricFamily {
  name: string;
  type?: string;
  help?: string;
  metrics?: {
    labels?: { name: string; value: string }[];
    metricPoints?: { gaugeValue?: { doubleValue?: number | string }; timestamp: string }[];
  }[];
}

export interface Point {
  /** ms since the epoch */
  t: number;
  /** NaN where the backend had no value */
  v: number;
}

export interface Series {
  /** `service_name` or `operation` label value */
  label: string;
  points: Point[];
}

export type MetricKind = 'latencies' | 'calls' | 'errors';

export interface MetricsQuery {
  service: string;
  spanKind: string;
  /** ms */
  endTs: number;
  lookback: number;
  step: number;
  ratePer: number;
  groupByOperation: boolean;
}

/** proto-JSON writes NaN and infinities as strings. */
function toNumber(value: number | string | undefined): number {
  if (typeof value === 'number') return value;
  return value === undefined ? Number.NaN : Number(value);
}

/** One series per metric of the family, labelled by operation (grouped) or service. */
export function familySeries(family: MetricFamily): Series[] {
  return (family.metrics ?? []).map((metric) => {
    const labels = new Map((metric.labels ?? []).map((l) => [l.name, l.value]));
    return {
      label: labels.get('operation') ?? labels.get('service_name') ?? '',
      points: (metric.metricPoints ?? [])
        .map((p) => ({ t: Date.parse(p.timestamp), v: toNumber(p.gaugeValue?.doubleValue) }))
        .sort((a, b) => a.t - b.t),
    };
  });
}

/** Mean of the values that are numbers (NaN when none). */
export function meanOf(points: readonly Point[]): number {
  const values = points.map((p) => p.v).filter((v) => Number.isFinite(v));
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export function metricsParams(kind: MetricKind, q: MetricsQuery, quantile?: number): URLSearchParams {
  const params = new URLSearchParams({
    service: q.service,
    endTs: String(q.endTs),
    lookback: String(q.lookback),
    step: String(q.step),
    ratePer: String(q.ratePer),
    spanKind: q.spanKind,
  });
  if (q.groupByOperation) params.set('groupByOperation', 'true');
  if (kind === 'latencies' && quantile !== undefined) params.set('quantile', String(quantile));
  return params;
}
