import type { Redis } from 'ioredis';
import type { RedCell } from './red.ts';
import { cellField, MINUTE_MS, minuteKey, segmentKey } from './redis-layout.ts';

export interface RedMetricsWriter {
  /**
   * Adds the cells of one segment (a span range of one partition). Idempotent per `id`: writing a
   * segment again replaces what its earlier write added instead of adding twice.
   */
  writeSegment(id: string, cells: Iterable<RedCell>): Promise<void>;
}

export interface RedisWriterOptions {
  readonly keyPrefix: string;
  /** How long counters (and segment records) are kept. */
  readonly retentionMs: number;
}

/**
 * Replace-by-id in one atomic script: the segment's earlier contribution (kept in its own hash) is
 * subtracted, the new one added and recorded. Touches keys not declared in KEYS: a single Redis
 * server (or a primary with replicas), not Redis Cluster.
 */
const WRITE_SEGMENT = `
local ttl = tonumber(ARGV[1])
local old = redis.call('HGETALL', KEYS[1])
for i = 1, #old, 2 do
  local sep = string.find(old[i], '\\n', 1, true)
  local key = string.sub(old[i], 1, sep - 1)
  local left = redis.call('HINCRBY', key, string.sub(old[i], sep + 1), -tonumber(old[i + 1]))
  if left == 0 then redis.call('HDEL', key, string.sub(old[i], sep + 1)) end
end
redis.call('DEL', KEYS[1])
for i = 2, #ARGV, 3 do
  redis.call('HINCRBY', ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]))
  redis.call('PEXPIRE', ARGV[i], ttl)
  redis.call('HSET', KEYS[1], ARGV[i] .. '\\n' .. ARGV[i + 1], ARGV[i + 2])
end
if #ARGV > 1 then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1
`;

export function createRedisMetricsWriter(redis: Redis, options: RedisWriterOptions): RedMetricsWriter {
  return {
    async writeSegment(id, cells) {
      const args: (string | number)[] = [options.retentionMs];
      for (const cell of cells) {
        const key = minuteKey(options.keyPrefix, cell.service, cell.slotMs - (cell.slotMs % MINUTE_MS));
        const push = (stat: string, value: number) => {
          if (value !== 0) args.push(key, cellField(cell.spanKind, cell.slotMs, stat, cell.operation), value);
        };
        push('c', cell.calls);
        push('e', cell.errors);
        cell.buckets.forEach((count, i) => {
          push(`h${i}`, count);
        });
      }
      await redis.eval(WRITE_SEGMENT, 1, segmentKey(options.keyPrefix, id), ...args);
    },
  };
}
