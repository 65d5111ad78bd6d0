import { Redis } from 'ioredis';
import type { OperationThroughput, Probabilities, SamplingStore } from './sampling-store.ts';

const RENEW_OR_ACQUIRE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface RedisSamplingStoreOptions {
  readonly url: string;
  /** Every key starts with it: collectors sharing it share throughput, probabilities and the lease. */
  readonly keyPrefix: string;
  /** How long a throughput bucket is kept (aggregation buckets × interval + delay, with a margin). */
  readonly bucketTtlMs: number;
}

/**
 * Adaptive sampling's shared state in Redis: `<prefix>:tp:<bucket>` (hash, per-operation counts that
 * every collector HINCRBYs), `<prefix>:pr:<bucket>` (set of reported probabilities),
 * `<prefix>:probabilities` (the leader's latest, JSON) and `<prefix>:leader` (the lease, SET NX PX).
 */
export function createRedisSamplingStore(options: RedisSamplingStoreOptions): SamplingStore {
  const redis = new Redis(options.url, {
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
  });
  redis.on('error', () => undefined); // Each command reports its own failure; reconnects are automatic.
  const key = (...parts: (string | number)[]) => [options.keyPrefix, ...parts].join(':');
  const field = (e: { service: string; operation: string }) => JSON.stringify([e.service, e.operation]);
  return {
    async addThroughput(bucket, entries) {
      if (entries.length === 0) return;
      const tp = key('tp', bucket);
      const pr = key('pr', bucket);
      const pipeline = redis.pipeline();
      for (const e of entries) {
        pipeline.hincrby(tp, field(e), e.count);
        for (const p of e.probabilities) pipeline.sadd(pr, `${field(e)}\t${p}`);
      }
      pipeline.pexpire(tp, options.bucketTtlMs).pexpire(pr, options.bucketTtlMs);
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error !== null);
      if (failed) throw failed[0]!;
    },
    async getThroughput(bucket) {
      const [counts, probabilities] = await Promise.all([
        redis.hgetall(key('tp', bucket)),
        redis.smembers(key('pr', bucket)),
      ]);
      const reported = new Map<string, string[]>();
      for (const member of probabilities) {
        const tab = member.lastIndexOf('\t');
        const f = member.slice(0, tab);
        reported.set(f, [...(reported.get(f) ?? []), member.slice(tab + 1)]);
      }
      return Object.entries(counts).map(([f, count]): OperationThroughput => {
        const [service, operation] = JSON.parse(f) as [string, string];
        return { service, operation, count: Number(count), probabilities: reported.get(f) ?? [] };
      });
    },
    async saveProbabilities(probabilities) {
      await redis.set(key('probabilities'), JSON.stringify(probabilities));
    },
    async loadProbabilities() {
      const text = await redis.get(key('probabilities'));
      return text === null ? undefined : (JSON.parse(text) as Probabilities);
    },
    async acquireLease(owner, ttlMs) {
      return (await redis.eval(RENEW_OR_ACQUIRE, 1, key('leader'), owner, ttlMs)) === 1;
    },
    async releaseLease(owner) {
      await redis.eval(RELEASE, 1, key('leader'), owner);
    },
    async close() {
      await redis.quit().catch(() => {
        redis.disconnect();
      });
    },
  };
}
