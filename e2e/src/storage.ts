import cassandra from 'cassandra-driver';
import {
  cassandraContactPoints,
  cassandraLocalDataCenter,
  elasticsearchUrl,
  opensearchUrl,
  uniqueName,
} from '@spanstream/testkit';

export type Backend = 'elasticsearch' | 'opensearch' | 'cassandra';

export interface StorageUnderTest {
  /** `--span-storage.type` and the backend's flags, the same for every process sharing the storage. */
  readonly args: readonly string[];
  /** Drops what the run created (indices or the keyspace). */
  cleanup(): Promise<void>;
}

/** A fresh index prefix or keyspace on the stack's server, so that runs never see each other's spans. */
export async function storageUnderTest(backend: Backend): Promise<StorageUnderTest> {
  const name = uniqueName('e2e');
  if (backend === 'cassandra') {
    const [contact] = await cassandraContactPoints();
    const [host = '127.0.0.1', port = '9042'] = (contact ?? '').split(':');
    const localDc = await cassandraLocalDataCenter();
    return {
      args: [
        '--span-storage.type=cassandra',
        `--cassandra.servers=${host}`,
        `--cassandra.port=${port}`,
        `--cassandra.local-dc=${localDc}`,
        `--cassandra.keyspace=${name}`,
        '--cassandra.create-schema',
      ],
      cleanup: () => dropKeyspace(`${host}:${port}`, localDc, name),
    };
  }
  const url = backend === 'elasticsearch' ? await elasticsearchUrl() : await opensearchUrl();
  return {
    args: [`--span-storage.type=${backend}`, `--es.server-urls=${url}`, `--es.index-prefix=${name}`],
    cleanup: () => deleteIndices(url, name),
  };
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
