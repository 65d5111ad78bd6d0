import type { ConfigValues } from '@spanstream/config';
import type { SpanStore } from '@spanstream/storage-api';
import { cassandraOptionsFromConfig, createCassandraStore } from '@spanstream/storage-cassandra';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { Registry } from 'prom-client';
import { storageConfig, type StoreType } from './config.ts';
import { esOptionsFromConfig } from './es-config.ts';

type Values = ConfigValues<ReturnType<typeof storageConfig<readonly StoreType[]>>>;

export interface SpanStores {
  readonly primary: SpanStore;
  /** Jaeger's archive storage, when `--es-archive.enabled` / `--cassandra-archive.enabled`. */
  readonly archive?: SpanStore;
  close(): Promise<void>;
}

export interface StorageDeps {
  readonly registry?: Registry;
}

/** Builds the store named by `span-storage.type` and, when enabled, the archive store of that backend. */
export async function createSpanStores(
  values: Values,
  type: StoreType,
  deps: StorageDeps = {},
): Promise<SpanStores> {
  const primary = await createStore(values, type, false, deps);
  let archive: SpanStore | undefined;
  try {
    archive = await createArchive(values, type);
  } catch (error) {
    await primary.close();
    throw error;
  }
  return {
    primary,
    ...(archive !== undefined && { archive }),
    close: async () => {
      await Promise.all([primary.close(), archive?.close()]);
    },
  };
}

async function createArchive(values: Values, type: StoreType): Promise<SpanStore | undefined> {
  if ((type === 'elasticsearch' || type === 'opensearch') && values['es-archive.enabled']) {
    return createStore(values, type, true, {});
  }
  if (type === 'cassandra' && values['cassandra-archive.enabled']) return createStore(values, type, true, {});
  return undefined;
}

function createStore(
  values: Values,
  type: StoreType,
  archive: boolean,
  deps: StorageDeps,
): Promise<SpanStore> {
  switch (type) {
    case 'memory':
      return Promise.resolve(createMemoryStore({ maxTraces: values['memory.max-traces'] }));
    case 'elasticsearch':
    case 'opensearch': {
      // The archive store writes Jaeger's single `jaeger-span-archive` index (or its aliases).
      const options = archive
        ? { ...esOptionsFromConfig(values, 'es-archive', type), archive: true }
        : esOptionsFromConfig(values, 'es', type);
      return createElasticsearchStore(
        options,
        archive ? {} : { ...(deps.registry && { registry: deps.registry }) },
      );
    }
    case 'cassandra': {
      const options = archive
        ? cassandraOptionsFromConfig(values, 'cassandra-archive')
        : cassandraOptionsFromConfig(values, 'cassandra');
      return createCassandraStore(
        options,
        archive ? {} : { ...(deps.registry && { registry: deps.registry }) },
      );
    }
  }
}
