import cassandra from 'cassandra-driver';
import { stackServer, stackServerFlags, type StackBackend } from '@spanstream/storage-factory/testing';
import { uniqueName } from '@spanstream/testkit';

export type Backend = StackBackend;

export interface StorageUnderTest {
  /** `--span-storage.type` and the backend's flags, the same for every process sharing the storage. */
  readonly args: readonly string[];
  /** The same as `args`, flag name → value (a CR's `spec.storage.options`), `span-storage.type` left out. */
  readonly options: Readonly<Record<string, string>>;
  /** The fresh index prefix or keyspace. */
  readonly name: string;
  /** Drops what the run created (indices or the keyspace). */
  cleanup(): Promise<void>;
}

/** A fresh index prefix or keyspace on the stack's server, so that runs never see each other's spans. */
export async function storageUnderTest(backend: Backend): Promise<StorageUnderTest> {
  const name = uniqueName('e2e');
  const server = await stackServer(backend);
  const args = [
    `--span-storage.type=${backend}`,
    ...stackServerFlags(server, backend === 'cassandra' ? 'cassandra' : 'es', name),
  ];
  const options = Object.fromEntries(
    args.slice(1).map((flag) => {
      const [key = '', value = 'true'] = flag.replace(/^--/, '').split(/=(.*)/s);
      return [key, value];
    }),
  );
  return server.backend === 'cassandra'
    ? {
        args,
        options,
        name,
        cleanup: () => dropKeyspace(`${server.host}:${server.port}`, server.localDc, name),
      }
    : { args, options, name, cleanup: () => deleteIndices(server.url, name) };
}

async function deleteIndices(url: string, prefix: string): Promise<void> {
  const response = await fetch(`${url}/_cat/indices/${prefix}-*?format=json&h=index`);
  const indices = ((await response.json()) as { index: string }[]).map((row) => row.index);
  // Named, not a wildcard: destructive wildcard deletes are refused by default.
  if (indices.length > 0) await fetch(`${url}/${indices.join(',')}`, { method: 'DELETE' });
}

async function dropKeyspace(contactPoint: string, localDataCenter: string, keyspace: string): Promise<void> {
  const client = new cassandra.Client({ contactPoints: [contactPoint], localDataCenter });
  try {
    await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
  } finally {
    await client.shutdown();
  }
}
