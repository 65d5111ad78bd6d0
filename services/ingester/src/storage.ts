import { cassandraOptionsFromConfig, createCassandraStore } from '@spanstream/storage-cassandra';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { Registry } from '@spanstream/runtime';
import type { SpanStore, SpanWriter } from '@spanstream/storage-api';
import type { IngesterConfig } from './config.ts';

export interface StorageHandle {
  readonly writer: SpanWriter;
  /** The full store, for tests and benches that read back what was ingested. */
  readonly store: SpanStore;
  close(): Promise<void>;
}

/**
 * The one seam between the ingester and a storage backend (`--span-storage.type`). `memory` only
 * makes sense for benchmarks and demos: nothing else can read a separate process's memory.
 */
export async function createStorage(config: IngesterConfig, registry?: Registry): Promise<StorageHandle> {
  const type = config['span-storage.type'];
  switch (type) {
    case 'memory': {
      const store = createMemoryStore({ maxTraces: 0 });
      return { writer: store.writer, store, close: () => store.close() };
    }
    case 'cassandra': {
      const store = await createCassandraStore(
        cassandraOptionsFromConfig(config, 'cassandra'),
        registry ? { registry } : {},
      );
      return { writer: store.writer, store, close: () => store.close() };
    }
    case 'elasticsearch':
      throw new Error(
        'span-storage.type=elasticsearch: the Elasticsearch backend is not wired into the ingester yet',
      );
  }
}
