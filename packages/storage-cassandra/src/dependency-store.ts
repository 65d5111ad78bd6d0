import type { DependencyLink, Micros, Millis } from '@spanstream/model';
import type { DependencyReader, DependencyWriter, WriteDependenciesOptions } from '@spanstream/storage-api';
import type { Client } from 'cassandra-driver';
import { toStorageError } from './errors.ts';

const DAY_MS = 86_400_000;

interface DbDependency {
  parent: string;
  child: string;
  call_count: bigint;
  source: string | null;
}

/**
 * Dependency links in `dependencies_v2`, one row per computation run, partitioned by day — the
 * table Jaeger's spark-dependencies job writes and Spanstream's dependencies job fills too.
 */
export class CassandraDependencyStore implements DependencyReader, DependencyWriter {
  readonly #client: Client;

  constructor(client: Client) {
    this.#client = client;
  }

  async writeDependencies(
    timestamp: Micros,
    links: readonly DependencyLink[],
    options: WriteDependenciesOptions = {},
  ): Promise<void> {
    // Rows are keyed by (ts_bucket, ts): an id becomes a deterministic sub-second offset of ts, so two
    // writers of one timestamp (partitions of a window) keep their own rows and a rewrite replaces.
    const offsetMs = options.id === undefined ? 0 : idOffsetMs(options.id);
    const ts = new Date(Math.floor(timestamp / 1000) + offsetMs);
    const bucket = new Date(Math.floor(ts.getTime() / DAY_MS) * DAY_MS);
    const dependencies: DbDependency[] = links.map((link) => ({
      parent: link.parent,
      child: link.child,
      call_count: BigInt(link.callCount),
      source: link.source ?? 'jaeger',
    }));
    try {
      await this.#client.execute(
        'INSERT INTO dependencies_v2 (ts_bucket, ts, dependencies) VALUES (?, ?, ?)',
        [bucket, ts, dependencies],
        {
          prepare: true,
        },
      );
    } catch (error) {
      throw toStorageError(error, 'write dependencies');
    }
  }

  async getDependencies(endTs: Millis, lookback: Millis): Promise<DependencyLink[]> {
    const start = endTs - lookback;
    const buckets: Date[] = [];
    for (let day = Math.floor(start / DAY_MS); day <= Math.floor(endTs / DAY_MS); day++)
      buckets.push(new Date(day * DAY_MS));
    try {
      const result = await this.#client.execute(
        'SELECT ts, dependencies FROM dependencies_v2 WHERE ts_bucket IN ? AND ts >= ? AND ts <= ?',
        [buckets, new Date(start), new Date(endTs)],
        { prepare: true },
      );
      // Several runs may cover the window: sum call counts per edge, as Jaeger's HTTP handler does.
      const sums = new Map<string, DependencyLink>();
      for (const row of result.rows) {
        for (const dep of (row.dependencies ?? []) as DbDependency[]) {
          const key = `${dep.parent}\u0000${dep.child}`;
          const callCount = (sums.get(key)?.callCount ?? 0) + Number(dep.call_count);
          sums.set(key, { parent: dep.parent, child: dep.child, callCount, source: dep.source ?? 'jaeger' });
        }
      }
      return [...sums.values()];
    } catch (error) {
      throw toStorageError(error, 'read dependencies');
    }
  }
}

/** 0–999, stable for an id (FNV-1a 32-bit). */
function idOffsetMs(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 1000;
}
