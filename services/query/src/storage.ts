import type { SpanStorageType } from '@spanstream/config';
import { defineSchema, opt } from '@spanstream/config';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { DependencyReader, SpanReader } from '@spanstream/storage-api';
import type { ArchiveStorage } from './query-core.ts';

/** What the query service reads from; `close` releases clients. */
export interface QueryStorage {
  readonly reader: SpanReader;
  readonly dependencies: DependencyReader;
  readonly archive?: ArchiveStorage;
  close(): Promise<void>;
}

export interface QueryStorageConfig {
  readonly type: SpanStorageType;
  readonly memoryMaxTraces: number;
}

/** The storage types `npm run query` can build today. */
export const QUERY_STORAGE_TYPES = ['memory'] as const satisfies readonly SpanStorageType[];

export const memoryStorageConfig = defineSchema({
  'memory.max-traces': opt.int({
    help: 'traces kept by the in-memory store (oldest evicted)',
    default: 100_000,
    min: 0,
  }),
});

/**
 * The seam between the standalone query service and the storage backends. Only
 * memory exists so far: a standalone query over an in-process memory store sees
 * nothing the collector wrote, so it is for trying the API and UI; the shared
 * backends (Elasticsearch, Cassandra) will be built here through the common
 * storage factory once it lands.
 */
export function createStorage(config: QueryStorageConfig): Promise<QueryStorage> {
  if (config.type !== 'memory') {
    return Promise.reject(
      new Error(`span storage type "${config.type}" is not available to the query service yet`),
    );
  }
  const store = createMemoryStore({ maxTraces: config.memoryMaxTraces });
  return Promise.resolve({
    reader: store.reader,
    dependencies: store.dependencies,
    close: () => store.close(),
  });
}
