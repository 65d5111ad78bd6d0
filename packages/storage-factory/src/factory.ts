import type { SpanStore } from '@spanstream/storage-api';
import type { Registry } from 'prom-client';
import type { StorageValues as Values, StoreType } from './config.ts';

export interface SpanStores {
  readonly primary: SpanStore;
  /** Jaeger's archive storage, when `--es-archive.enabled` / `--cassandra-archive.enabled`. */
  readonly archive?: SpanStore;
  close(): Promise<void>;
}

export interface StorageDeps {
  readonly registry?: Registry;
  /** Where a one-line notice goes (`badger` read as `sqlite`); stderr when absent. */
  readonly logger?: { warn(message: string): void };
}

/** The notice printed when `badger` is asked for. */
export const BADGER_NOTICE =
  'span-storage.type badger: using the embedded sqlite store instead (it takes --sqlite.path and --sqlite.span-store-ttl, not --badger.* flags)';

/**
 * Builds the store named by `span-storage.type` and, when enabled, the archive store of that backend.
 * A backend's package (and its driver) is imported only when chosen: the collector writing to memory
 * for benches does not load the database clients, and RSS is a target.
 */
export async function createSpanStores(
  values: Values,
  type: StoreType,
  deps: StorageDeps = {},
): Promise<SpanStores> {
  if (type === 'badger') notice(deps, BADGER_NOTICE);
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

async function createStore(
  values: Values,
  type: StoreType,
  archive: boolean,
  deps: StorageDeps,
): Promise<SpanStore> {
  const metrics = archive ? {} : { ...(deps.registry && { registry: deps.registry }) };
  switch (type) {
    case 'memory': {
      const { createMemoryStore } = await import('@spanstream/storage-memory');
      return createMemoryStore({ maxTraces: values['memory.max-traces'] });
    }
    case 'elasticsearch':
    case 'opensearch': {
      const { createElasticsearchStore, esOptionsFromConfig } =
        await import('@spanstream/storage-elasticsearch');
      // The archive store writes Jaeger's single `jaeger-span-archive` index (or its aliases).
      const options = archive
        ? { ...esOptionsFromConfig(values, 'es-archive', type), archive: true }
        : esOptionsFromConfig(values, 'es', type);
      return createElasticsearchStore(options, metrics);
    }
    case 'cassandra': {
      const { cassandraOptionsFromConfig, createCassandraStore } =
        await import('@spanstream/storage-cassandra');
      const options = archive
        ? cassandraOptionsFromConfig(values, 'cassandra-archive')
        : cassandraOptionsFromConfig(values, 'cassandra');
      return createCassandraStore(options, metrics);
    }
    case 'sqlite':
    case 'badger': {
      const { createSqliteStore, sqliteOptionsFromConfig } = await import('@spanstream/storage-sqlite');
      return createSqliteStore(sqliteOptionsFromConfig(values), {
        onPurgeError: (error) => {
          notice(deps, `sqlite retention purge failed (retried next interval): ${error.message}`);
        },
      });
    }
  }
}

function notice(deps: StorageDeps, message: string): void {
  if (deps.logger) deps.logger.warn(message);
  else process.stderr.write(`${message}\n`);
}
