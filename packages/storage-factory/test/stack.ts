// Test support, as `@spanstream/storage-factory/testing`: the storage flags that point a process or
// the factory at the stack's real servers.
import {
  cassandraContactPoints,
  cassandraLocalDataCenter,
  elasticsearchUrl,
  opensearchUrl,
} from '@spanstream/testkit';

export type StackBackend = 'elasticsearch' | 'opensearch' | 'cassandra';

/** Where a backend of the running stack answers. */
export type StackServer =
  | { readonly backend: 'elasticsearch' | 'opensearch'; readonly url: string }
  | { readonly backend: 'cassandra'; readonly host: string; readonly port: string; readonly localDc: string };

export async function stackServer(backend: StackBackend): Promise<StackServer> {
  if (backend !== 'cassandra') {
    return { backend, url: backend === 'elasticsearch' ? await elasticsearchUrl() : await opensearchUrl() };
  }
  const [contact] = await cassandraContactPoints();
  const [host = '127.0.0.1', port = '9042'] = (contact ?? '').split(':');
  return { backend, host, port, localDc: await cassandraLocalDataCenter() };
}

/**
 * The flags of one storage namespace (`es`, `es-archive`, `cassandra`, `cassandra-archive`) that point
 * at `server`, with `name` as the index prefix or keyspace (created on start).
 */
export function stackServerFlags(server: StackServer, namespace: string, name: string): string[] {
  if (server.backend !== 'cassandra') {
    return [`--${namespace}.server-urls=${server.url}`, `--${namespace}.index-prefix=${name}`];
  }
  return [
    `--${namespace}.servers=${server.host}`,
    `--${namespace}.port=${server.port}`,
    `--${namespace}.local-dc=${server.localDc}`,
    `--${namespace}.keyspace=${name}`,
    `--${namespace}.create-schema`,
  ];
}
