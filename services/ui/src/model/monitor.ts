import { ApiRequestError, type JaegerApi } from '../api/client.ts';
import type { MetricsQuery, Series } from '../api/metrics.ts';
import { familySeries, meanOf } from '../api/metrics.ts';

/** Jaeger UI's Monitor quantiles: one latency line each. */
const QUANTILES = [
  [0.5, 'p50'],
  [0.75, 'p75'],
  [0.95, 'p95'],
] as const;

export interface OperationRow {
  name: string;
  /** ms */
  p95: number;
  /** requests per second */
  rate: number;
  /** 0..1 */
  errorRate: number;
  /** p95 × rate relative to the largest: what the operation weighs in the service's time */
  impact: number;
}

export type MonitorData =
  | { readonly kind: 'unconfigured'; readonly message: string }
  | {
      readonly kind: 'data';
      readonly latencies: Series[];
      readonly calls: Series[];
      readonly errors: Series[];
      readonly operations: OperationRow[];
    };

/** 501 (Jaeger: "metrics querying is currently disabled") or 404 (no metrics API at all). */
function isUnconfigured(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && (error.status === 501 || error.status === 404);
}

const bySeries = (series: readonly Series[]): Map<string, number> =>
  new Map(series.map((s) => [s.label, meanOf(s.points)]));

/** Per-operation table rows from the grouped families: means over the time range. */
export function operationRows(latencies: Series[], calls: Series[], errors: Series[]): OperationRow[] {
  const p95 = bySeries(latencies);
  const rate = bySeries(calls);
  const errorRate = bySeries(errors);
  const names = [...new Set([...p95.keys(), ...rate.keys()])];
  const weight = (name: string): number => (p95.get(name) ?? 0) * (rate.get(name) ?? 0) || 0;
  const heaviest = Math.max(0, ...names.map(weight));
  return names.map((name) => ({
    name,
    p95: p95.get(name) ?? Number.NaN,
    rate: rate.get(name) ?? Number.NaN,
    errorRate: errorRate.get(name) ?? Number.NaN,
    impact: heaviest > 0 ? weight(name) / heaviest : 0,
  }));
}

/** Everything the Monitor tab shows for one service, in eight requests as Jaeger UI makes them. */
export async function loadMonitor(api: JaegerApi, q: MetricsQuery): Promise<MonitorData> {
  const grouped = { ...q, groupByOperation: true };
  try {
    const [latencies, calls, errors, opLatencies, opCalls, opErrors] = await Promise.all([
      Promise.all(QUANTILES.map(([quantile]) => api.metrics('latencies', q, quantile))),
      api.metrics('calls', q),
      api.metrics('errors', q),
      api.metrics('latencies', grouped, 0.95),
      api.metrics('calls', grouped),
      api.metrics('errors', grouped),
    ]);
    return {
      kind: 'data',
      latencies: latencies.flatMap((family, i) =>
        familySeries(family).map((s) => ({ ...s, label: QUANTILES[i]![1] })),
      ),
      calls: familySeries(calls).map((s) => ({ ...s, label: 'req/s' })),
      errors: familySeries(errors).map((s) => ({ ...s, label: 'error rate' })),
      operations: operationRows(familySeries(opLatencies), familySeries(opCalls), familySeries(opErrors)),
    };
  } catch (error) {
    if (isUnconfigured(error)) return { kind: 'unconfigured', message: error.message };
    throw error;
  }
}
