import type { Redis } from 'ioredis';
import type { MetricFamily } from './metric-family.ts';
import { SLOT_MS } from './red.ts';
import { MINUTE_MS, minuteKey, parseField } from './redis-layout.ts';
import {
  callRates,
  emptySlot,
  errorRates,
  latencies,
  type MetricsQuery,
  type SeriesSlots,
} from './series.ts';

/** Jaeger's MetricsQueryService (`querysvc.MetricsQueryService`), in our units. */
export interface MetricsReader {
  getLatencies(query: MetricsQuery, quantile: number): Promise<MetricFamily>;
  getCallRates(query: MetricsQuery): Promise<MetricFamily>;
  getErrorRates(query: MetricsQuery): Promise<MetricFamily>;
  /** Smallest useful step between two points, ms. */
  getMinStepDuration(): Promise<number>;
}

export function createRedisMetricsReader(
  redis: Redis,
  options: { readonly keyPrefix: string },
): MetricsReader {
  const load = (query: MetricsQuery) => loadSeries(redis, options.keyPrefix, query);
  return {
    getLatencies: async (query, quantile) => latencies(await load(query), query, quantile),
    getCallRates: async (query) => callRates(await load(query), query),
    getErrorRates: async (query) => errorRates(await load(query), query),
    getMinStepDuration: () => Promise.resolve(SLOT_MS),
  };
}

/** Every minute hash the query's windows touch, summed per series over the requested span kinds. */
async function loadSeries(redis: Redis, prefix: string, query: MetricsQuery): Promise<SeriesSlots[]> {
  const from = query.endMs - query.lookbackMs - query.ratePerMs;
  const firstMinute = Math.floor(from / MINUTE_MS) * MINUTE_MS;
  const keys: { service: string; minuteMs: number }[] = [];
  for (const service of new Set(query.services)) {
    for (let minuteMs = firstMinute; minuteMs <= query.endMs; minuteMs += MINUTE_MS) {
      keys.push({ service, minuteMs });
    }
  }
  const pipeline = redis.pipeline();
  for (const { service, minuteMs } of keys) pipeline.hgetall(minuteKey(prefix, service, minuteMs));
  const results = (await pipeline.exec()) ?? [];
  const kinds = new Set(query.spanKinds);
  const series = new Map<string, SeriesSlots>();
  results.forEach(([error, hash], i) => {
    if (error) throw error;
    const { service, minuteMs } = keys[i]!;
    for (const [field, text] of Object.entries(hash as Record<string, string>)) {
      const parsed = parseField(field);
      if (parsed === undefined || !kinds.has(parsed.spanKind)) continue;
      const id = query.groupByOperation ? `${service}\u0000${parsed.operation}` : service;
      let s = series.get(id);
      if (s === undefined) {
        s = query.groupByOperation
          ? { service, operation: parsed.operation, slots: new Map() }
          : { service, slots: new Map() };
        series.set(id, s);
      }
      const slotMs = minuteMs + parsed.slot * SLOT_MS;
      let slot = s.slots.get(slotMs);
      if (slot === undefined) s.slots.set(slotMs, (slot = emptySlot()));
      const value = Number(text);
      if (parsed.stat === -1) slot.calls += value;
      else if (parsed.stat === -2) slot.errors += value;
      else if (parsed.stat < slot.buckets.length) slot.buckets[parsed.stat]! += value;
    }
  });
  return [...series.values()].sort(
    (a, b) => cmp(a.service, b.service) || cmp(a.operation ?? '', b.operation ?? ''),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
