/**
 * RED cells: call, error and latency-histogram counts of one service / span kind / operation in one
 * 10-second slot. The aggregator adds spans to cells; the store keeps them; the reader sums them.
 */

/** Jaeger SPM's span kinds (`metrics.SpanKind` in api_v2/metrics/otelspankind.proto). */
export const SPAN_KINDS = [
  'SPAN_KIND_UNSPECIFIED',
  'SPAN_KIND_INTERNAL',
  'SPAN_KIND_SERVER',
  'SPAN_KIND_CLIENT',
  'SPAN_KIND_PRODUCER',
  'SPAN_KIND_CONSUMER',
] as const;
export type SpanKindName = (typeof SPAN_KINDS)[number];

/** Width of one slot: the store's resolution, and `/api/metrics/minstep`. */
export const SLOT_MS = 10_000;

/**
 * Upper bounds (ms, inclusive) of the latency histogram buckets; one more bucket holds the rest.
 * Denser than the spanmetrics connector's default (2, 4, 6, 8, 10, 50, 100 ... 15000 ms) so that a
 * quantile interpolated inside a bucket is off by at most ~50 %.
 */
export const LATENCY_BOUNDS_MS: readonly number[] = [
  1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500,
  10_000, 15_000, 30_000, 60_000,
];

/** Index of the bucket a duration (ms) falls in: the first bound ≥ it, else the overflow bucket. */
export function latencyBucket(durationMs: number): number {
  const bounds = LATENCY_BOUNDS_MS;
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! < durationMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface RedCell {
  readonly service: string;
  readonly spanKind: SpanKindName;
  readonly operation: string;
  /** Start of the slot (ms since epoch, a multiple of SLOT_MS). */
  readonly slotMs: number;
  calls: number;
  errors: number;
  /** Sum of the durations, ms (for a Prometheus histogram's `_sum`; not stored). */
  sumMs: number;
  /** Count per latency bucket (LATENCY_BOUNDS_MS.length + 1 entries). */
  readonly buckets: number[];
}

/** Cells of a batch of spans, keyed by service / kind / operation / slot. */
export class RedCells {
  private readonly cells = new Map<string, RedCell>();

  add(
    service: string,
    spanKind: SpanKindName,
    operation: string,
    startMs: number,
    durationMs: number,
    error: boolean,
  ): void {
    const slotMs = startMs - (((startMs % SLOT_MS) + SLOT_MS) % SLOT_MS);
    const key = `${service}\u0000${spanKind}\u0000${operation}\u0000${slotMs}`;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = {
        service,
        spanKind,
        operation,
        slotMs,
        calls: 0,
        errors: 0,
        sumMs: 0,
        buckets: new Array<number>(LATENCY_BOUNDS_MS.length + 1).fill(0),
      };
      this.cells.set(key, cell);
    }
    cell.calls++;
    cell.sumMs += durationMs;
    if (error) cell.errors++;
    cell.buckets[latencyBucket(durationMs)]!++;
  }

  get size(): number {
    return this.cells.size;
  }

  values(): IterableIterator<RedCell> {
    return this.cells.values();
  }
}

/**
 * Prometheus's histogram_quantile over cumulative-able bucket counts: linear interpolation inside the
 * bucket holding the rank, 0 as the lowest bucket's lower bound, the highest finite bound when the rank
 * falls in the overflow bucket. NaN without observations.
 */
export function histogramQuantile(q: number, buckets: readonly number[]): number {
  let total = 0;
  for (const count of buckets) total += count;
  if (total === 0 || !(q >= 0 && q <= 1)) return Number.NaN;
  const rank = q * total;
  let cumulative = 0;
  for (let i = 0; i < buckets.length; i++) {
    const count = buckets[i]!;
    if (cumulative + count >= rank && count > 0) {
      if (i >= LATENCY_BOUNDS_MS.length) return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 1]!;
      const lower = i === 0 ? 0 : LATENCY_BOUNDS_MS[i - 1]!;
      const upper = LATENCY_BOUNDS_MS[i]!;
      return lower + ((upper - lower) * (rank - cumulative)) / count;
    }
    cumulative += count;
  }
  return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 1]!;
}
