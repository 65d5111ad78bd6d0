import type { Redis } from 'ioredis';

/** Holds a job's run lock while it runs, renewing its TTL; `release` ends it, `suspend` keeps it. */
export interface HeldLock {
  /** The run finished for good: the lock is deleted (only if still ours). */
  release(): Promise<void>;
  /** The run waits for its child jobs or a retry: renewal stops, the lock stays `ttlMs` for its re-entry. */
  suspend(ttlMs: number): Promise<void>;
}

// Compare-and-act scripts: a lock is only extended, replaced or deleted by the run that holds it.
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const REPLACE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) else return false end`;

export interface RunLockOptions {
  readonly redis: Redis;
  readonly key: string;
  readonly ttlMs: number;
  /** Whether the run named by a lock is still under way (active, waiting for children, retrying). */
  readonly isUnfinished: (holder: string) => Promise<boolean>;
  readonly onLost?: (holder: string) => void;
}

/**
 * Keeps one run of a job at a time across every worker process: `SET key <job id> NX PX ttl`,
 * renewed at a third of the TTL. The same BullMQ job coming back (a retry, a flow parent re-entered
 * after its children) takes its own lock again; a lock left by a run that is over (a crashed worker
 * whose job has since failed) is taken over at once rather than after its TTL.
 */
export async function acquireRunLock(options: RunLockOptions, runId: string): Promise<HeldLock | undefined> {
  const { redis, key, ttlMs } = options;
  const taken = await redis.set(key, runId, 'PX', ttlMs, 'NX');
  if (taken === null) {
    const holder = await redis.get(key);
    if (holder !== null && holder !== runId) {
      if (await options.isUnfinished(holder)) return undefined;
      const replaced = await redis.eval(REPLACE, 1, key, holder, runId, ttlMs);
      if (replaced === null) return undefined;
    } else if (holder === null) {
      if ((await redis.set(key, runId, 'PX', ttlMs, 'NX')) === null) return undefined;
    } else {
      await redis.pexpire(key, ttlMs);
    }
  }
  const timer = setInterval(
    () => {
      redis.eval(EXTEND, 1, key, runId, ttlMs).then(
        (extended) => {
          if (extended === 0) options.onLost?.(runId);
        },
        () => undefined, // Redis away: the next tick tries again, the TTL covers the gap
      );
    },
    Math.max(100, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    release: async () => {
      clearInterval(timer);
      await redis.eval(RELEASE, 1, key, runId);
    },
    suspend: async (longTtlMs) => {
      clearInterval(timer);
      await redis.eval(EXTEND, 1, key, runId, longTtlMs);
    },
  };
}
