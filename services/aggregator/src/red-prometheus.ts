import { LATENCY_BOUNDS_MS, type RedCell } from '@spanstream/metrics-store';
import { Counter, Histogram, type Registry } from 'prom-client';

type Labels = 'service_name' | 'span_name' | 'span_kind';

interface Totals {
  readonly labels: Record<Labels, string>;
  calls: number;
  errors: number;
  sumMs: number;
  readonly buckets: number[];
}

interface HistogramEntry {
  labels: Record<string, string>;
  bucketValues: Record<number, number>;
  sum: number;
  count: number;
}

/**
 * The RED counts as the OpenTelemetry spanmetrics connector exports them (namespace
 * `traces.span.metrics`, normalized names), for users who point Prometheus at the aggregator and
 * Jaeger's own Prometheus metrics reader at Prometheus. Fed with each window once it is committed, so
 * a rewritten window is not added twice. The duration histogram has no `status_code` label.
 */
export class RedPrometheus {
  private readonly totals = new Map<string, Totals>();

  constructor(registry: Registry) {
    const totals = this.totals;
    new Counter<Labels | 'status_code'>({
      name: 'traces_span_metrics_calls_total',
      help: 'spans counted, by service, operation, span kind and status (spanmetrics connector names)',
      labelNames: ['service_name', 'span_name', 'span_kind', 'status_code'],
      registers: [registry],
      collect() {
        this.reset();
        for (const t of totals.values()) {
          if (t.calls > t.errors)
            this.inc({ ...t.labels, status_code: 'STATUS_CODE_UNSET' }, t.calls - t.errors);
          if (t.errors > 0) this.inc({ ...t.labels, status_code: 'STATUS_CODE_ERROR' }, t.errors);
        }
      },
    });
    new Histogram<Labels>({
      name: 'traces_span_metrics_duration_milliseconds',
      help: 'span durations in ms, by service, operation and span kind (spanmetrics connector names)',
      labelNames: ['service_name', 'span_name', 'span_kind'],
      buckets: [...LATENCY_BOUNDS_MS],
      registers: [registry],
      collect() {
        // prom-client has no way to add whole bucket counts: fill its per-label-set state directly.
        const state = this as unknown as { hashMap: Record<string, HistogramEntry> };
        state.hashMap = {};
        for (const [key, t] of totals) {
          const bucketValues: Record<number, number> = {};
          LATENCY_BOUNDS_MS.forEach((bound, i) => (bucketValues[bound] = t.buckets[i]!));
          state.hashMap[key] = { labels: { ...t.labels }, bucketValues, sum: t.sumMs, count: t.calls };
        }
      },
    });
  }

  /** Adds the cells of a committed window. */
  add(cells: Iterable<RedCell>): void {
    for (const cell of cells) {
      const key = `${cell.service}\u0000${cell.operation}\u0000${cell.spanKind}`;
      let t = this.totals.get(key);
      if (t === undefined) {
        t = {
          labels: { service_name: cell.service, span_name: cell.operation, span_kind: cell.spanKind },
          calls: 0,
          errors: 0,
          sumMs: 0,
          buckets: new Array<number>(LATENCY_BOUNDS_MS.length + 1).fill(0),
        };
        this.totals.set(key, t);
      }
      t.calls += cell.calls;
      t.errors += cell.errors;
      t.sumMs += cell.sumMs;
      cell.buckets.forEach((count, i) => (t.buckets[i]! += count));
    }
  }
}
