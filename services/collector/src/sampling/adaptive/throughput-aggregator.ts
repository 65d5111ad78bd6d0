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

function samplerTag(span: Span): { type: string; param: number } | undefined {
  let type: string | undefined;
  let param = Number.NaN;
  for (const tag of span.tags) {
    if (tag.key === 'sampler.type') type = String(tag.value);
    else if (tag.key === 'sampler.param') param = Number(tag.value);
  }
  return type === undefined ? undefined : { type, param };
}

/**
 * Each collector's share of adaptive sampling (Jaeger's `HandleRootSpan`): counts the root spans
 * clients sampled probabilistically (`sampler.type` = probabilistic or lowerbound, as jaeger-clients
 * tag them) per service and operation in buckets of one calculation interval, and the probabilities
 * they report; `drain()` hands the counts over for the shared store.
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
      if (sampler === undefined || (sampler.type !== 'probabilistic' && sampler.type !== 'lowerbound'))
        continue;
      let counters = this.#buckets.get(bucket);
      if (counters === undefined) this.#buckets.set(bucket, (counters = new Map<string, Counter>()));
      const key = `${service}\u0000${span.operationName}`;
      let counter = counters.get(key);
      if (counter === undefined) {
        counter = { service, operation: span.operationName, count: 0, probabilities: new Set() };
        counters.set(key, counter);
      }
      counter.count++;
      if (
        sampler.type === 'probabilistic' &&
        Number.isFinite(sampler.param) &&
        counter.probabilities.size < MAX_PROBABILITIES
      )
        counter.probabilities.add(truncateProbability(sampler.param));
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
