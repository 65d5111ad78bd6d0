/** One (service, operation)'s sampled root spans in a bucket, and the probabilities clients reported. */
export interface OperationThroughput {
  readonly service: string;
  readonly operation: string;
  readonly count: number;
  readonly probabilities: readonly string[];
}

/** service → operation → probability. */
export type Probabilities = Record<string, Record<string, number>>;

/**
 * Where adaptive sampling keeps what must outlive a collector and be shared by all of them: the
 * throughput per bucket (added to by every collector), the latest probabilities (written by the
 * leader), and the leader's lease. Jaeger's `samplingstore.Store` plus its distributed lock.
 */
export interface SamplingStore {
  /** Adds counts to bucket `bucket` (bucket = start time / calculation interval). */
  addThroughput(bucket: number, entries: readonly OperationThroughput[]): Promise<void>;
  getThroughput(bucket: number): Promise<OperationThroughput[]>;
  saveProbabilities(probabilities: Probabilities): Promise<void>;
  loadProbabilities(): Promise<Probabilities | undefined>;
  /** Takes or renews the lease for `owner`; true when `owner` holds it for `ttlMs` from now. */
  acquireLease(owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `owner` holds it. */
  releaseLease(owner: string): Promise<void>;
  close(): Promise<void>;
}

/** In-process store: a single collector (the all-in-one) or tests. */
export function createMemorySamplingStore(): SamplingStore {
  const buckets = new Map<number, Map<string, { count: number; probabilities: Set<string> }>>();
  let probabilities: Probabilities | undefined;
  let lease: { owner: string; until: number } | undefined;
  return {
    addThroughput(bucket, entries) {
      const map = buckets.get(bucket) ?? new Map<string, { count: number; probabilities: Set<string> }>();
      buckets.set(bucket, map);
      for (const e of entries) {
        const key = JSON.stringify([e.service, e.operation]);
        const current = map.get(key) ?? { count: 0, probabilities: new Set<string>() };
        current.count += e.count;
        for (const p of e.probabilities) current.probabilities.add(p);
        map.set(key, current);
      }
      return Promise.resolve();
    },
    getThroughput(bucket) {
      const map = buckets.get(bucket) ?? new Map<string, { count: number; probabilities: Set<string> }>();
      return Promise.resolve(
        [...map].map(([key, value]) => {
          const [service, operation] = JSON.parse(key) as [string, string];
          return { service, operation, count: value.count, probabilities: [...value.probabilities] };
        }),
      );
    },
    saveProbabilities(next) {
      probabilities = next;
      return Promise.resolve();
    },
    loadProbabilities: () => Promise.resolve(probabilities),
    acquireLease(owner, ttlMs) {
      const now = Date.now();
      if (lease !== undefined && lease.owner !== owner && lease.until > now) return Promise.resolve(false);
      lease = { owner, until: now + ttlMs };
      return Promise.resolve(true);
    },
    releaseLease(owner) {
      if (lease?.owner === owner) lease = undefined;
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}
