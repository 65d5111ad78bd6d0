import type { Registry } from '@spanstream/runtime';
import type { SpanStore, SpanWriter } from '@spanstream/storage-api';
import { createSpanStores } from '@spanstream/storage-factory';
import type { IngesterConfig } from './config.ts';

export interface StorageHandle {
  readonly writer: SpanWriter;
  /** The full store, for tests and benches that read back what was ingested. */
  readonly store: SpanStore;
  close(): Promise<void>;
}

/**
 * The one seam between the ingester and a storage backend (`--span-storage.type`, Jaeger's
 * `es.*`/`cassandra.*` flags). `memory` only makes sense for benches and demos: nothing else can read
 * a separate process's memory.
 */
export async function createStorage(config: IngesterConfig, registry?: Registry): Promise<StorageHandle> {
  const stores = await createSpanStores(config, config['span-storage.type'], registry ? { registry } : {});
  return { writer: stores.primary.writer, store: stores.primary, close: () => stores.close() };
}
