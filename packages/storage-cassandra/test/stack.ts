// Test and bench support, as `@spanstream/storage-cassandra/testing`: a throwaway keyspace on the
// stack's real node. No vitest here: the bench imports it outside a test runner.
import { cassandraContactPoints, cassandraLocalDataCenter, uniqueName } from '@spanstream/testkit';
import { Client } from 'cassandra-driver';
import { defaultCassandraOptions, type CassandraOptions } from '../src/index.ts';

/** Options for the stack's node with a fresh keyspace named after `prefix`, schema created on connect. */
export async function stackCassandraOptions(prefix: string): Promise<CassandraOptions> {
  const [host, port] = (await cassandraContactPoints())[0]!.split(':');
  return {
    ...defaultCassandraOptions,
    servers: [host!],
    port: Number(port ?? 9042),
    localDc: await cassandraLocalDataCenter(),
    keyspace: uniqueName(prefix)
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_'),
    createSchema: true,
  };
}

/** Drops the keyspace of `options` (what stackCassandraOptions created). */
export async function dropCassandraKeyspace(options: CassandraOptions): Promise<void> {
  const client = new Client({
    contactPoints: [...options.servers],
    localDataCenter: options.localDc,
    protocolOptions: { port: options.port },
  });
  try {
    await client.execute(`DROP KEYSPACE IF EXISTS ${options.keyspace}`);
  } finally {
    await client.shutdown();
  }
}
