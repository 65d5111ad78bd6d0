import { parentSpanId, type Span } from '@spanstream/model';
import { truncateProbability } from './calculator.ts';
import type { OperationThroughput } from './sampling-store.ts';

interface Counter {
  readonly service: string;
  readonly operation: string;
  count: number;
  readonly probabilities: Set<string>;
}

/** Clients report more probabilities than this per operation only when misbehaving. */
const MAX_PROBABILITIES = 10;

/** The `sampler.type` values Jaeger's model recognises (`toSamplerType`). */
const SAMPLER_TYPES = new Set(['probabilistic', 'lowerbound', 'ratelimiting', 'const']);

/** `sampler.param` as Jaeger's `samplerParamToFloat` reads it: a float, an int, or a string of a number. */
function samplerParam(tag: Span['tags'][number]): number | undefined {
  if (tag.type === 'float64') return tag.value;
  if (tag.type === 'int64') return Number(tag.value);
  if (tag.type !== 'string') return undefined;
  const value = tag.value.trim() === tag.value && tag.value !== '' ? Number(tag.value) : Number.NaN;
  return Number.isNaN(value) ? undefined : value;
}

/** Jaeger's `getSamplerParams`: a recognised `sampler.type` (a string tag) with a numeric `sampler.param`. */
function samplerTag(span: Span): { type: string; param: number } | undefined {
  let type: string | undefined;
  let param: number | undefined;
  for (const tag of span.tags) {
    if (tag.key === 'sampler.type' && type === undefined)
      type = tag.type === 'string' && SAMPLER_TYPES.has(tag.value) ? tag.value : '';
    else if (tag.key === 'sampler.param' && param === undefined) param = samplerParam(tag) ?? Number.NaN;
  }
  if (type === undefined || type === '' || param === undefined || Number.isNaN(param)) return undefined;
  return { type, param };
}

/**
 * Each collector's share of adaptive sampling (Jaeger's `HandleRootSpan` and `RecordThroughput`):
 * per service and operation, in buckets of one calculation interval, counts the root spans clients
 * sampled probabilistically (`sampler.type=probabilistic`) and keeps the `sampler.param` values they
 * report. Root spans of the other recognised samplers (`lowerbound`, as jaeger-client's guaranteed-
 * throughput sampler tags the spans its rate limiter let through, `ratelimiting`, `const`) make the
 * operation known with their param but are not counted, as in Jaeger. `drain()` hands the counts over
 * for the shared store.
 */
export class ThroughputAggregator {
  readonly #intervalMs: number;
  readonly #buckets = new Map<number, Map<string, Counter>>();

  constructor(calculationIntervalMs: number) {
    this.#intervalMs = calculationIntervalMs;
  }

  observe(spans: readonly Span[], now = Date.now()): void {
    const bucket = Math.floor(now / this.#intervalMs);
    for (const span of spans) {
      if (parentSpanId(span) !== undefined) continue;
      const service = span.process.serviceName;
      if (service === '' || span.operationName === '') continue;
      const sampler = samplerTag(span);
      if (sampler === undefined) continue;
      let counters = this.#buckets.get(bucket);
      if (counters === undefined) this.#buckets.set(bucket, (counters = new Map<string, Counter>()));
      const key = `${service}\u0000${span.operationName}`;
      let counter = counters.get(key);
      if (counter === undefined) {
        counter = { service, operation: span.operationName, count: 0, probabilities: new Set() };
        counters.set(key, counter);
      }
      if (counter.probabilities.size < MAX_PROBABILITIES)
        counter.probabilities.add(truncateProbability(sampler.param));
      if (sampler.type === 'probabilistic') counter.count++;
    }
  }

  /** The counts since the last drain, by bucket; the aggregator starts over. */
  drain(): Map<number, OperationThroughput[]> {
    const out = new Map<number, OperationThroughput[]>();
    for (const [bucket, counters] of this.#buckets)
      out.set(
        bucket,
        [...counters.values()].map((c) => ({ ...c, probabilities: [...c.probabilities] })),
      );
    this.#buckets.clear();
    return out;
  }
}
