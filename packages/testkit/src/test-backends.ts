import { cassandraContactPoints, cassandraLocalDataCenter, elasticsearchUrl } from './endpoints.ts';
import { uniqueName } from './unique-name.ts';

/** Where a test's Cassandra keyspace lives: the stack's first node, its data center and a fresh keyspace name. */
export interface CassandraTestKeyspace {
  readonly servers: string[];
  readonly port: number;
  readonly localDc: string;
  readonly keyspace: string;
}

/**
 * A keyspace name no other run uses (`prefix_…`, Cassandra's identifier alphabet), on the stack's
 * node: spread over the Cassandra store's defaults, with `createSchema: true`.
 */
export async function cassandraTestKeyspace(prefix: string): Promise<CassandraTestKeyspace> {
  const [host, port] = (await cassandraContactPoints())[0]!.split(':');
  return {
    servers: [host!],
    port: Number(port ?? 9042),
    localDc: await cassandraLocalDataCenter(),
    keyspace: uniqueName(prefix)
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_'),
  };
}

/** Command-line flags for Elasticsearch storage on the stack's node, under `indexPrefix`, one shard, quick bulk flushes. */
export async function elasticsearchTestFlags(indexPrefix: string): Promise<string[]> {
  return [
    '--span-storage.type=elasticsearch',
    `--es.server-urls=${await elasticsearchUrl()}`,
    `--es.index-prefix=${indexPrefix}`,
    '--es.num-shards=1',
    '--es.num-replicas=0',
    '--es.bulk.flush-interval=20ms',
  ];
}
