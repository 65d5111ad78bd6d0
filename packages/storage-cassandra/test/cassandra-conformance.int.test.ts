import type { SpanStore } from '@spanstream/storage-api';
import { runStorageConformance } from '@spanstream/storage-conformance';
import { cassandraContactPoints, cassandraLocalDataCenter, uniqueName } from '@spanstream/testkit';
import { Client } from 'cassandra-driver';
import { createCassandraStore, defaultCassandraOptions, type CassandraOptions } from '../src/index.ts';

const keyspaces = new WeakMap<SpanStore, CassandraOptions>();

async function options(): Promise<CassandraOptions> {
  const [host, port] = (await cassandraContactPoints())[0]!.split(':');
  return {
    ...defaultCassandraOptions,
    servers: [host!],
    port: Number(port ?? 9042),
    localDc: await cassandraLocalDataCenter(),
    keyspace: uniqueName('conformance')
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_'),
    createSchema: true,
  };
}

runStorageConformance('cassandra', {
  async create() {
    const opts = await options();
    const store = await createCassandraStore(opts);
    keyspaces.set(store, opts);
    return store;
  },
  async cleanup(store) {
    const opts = keyspaces.get(store)!;
    const client = new Client({
      contactPoints: [...opts.servers],
      localDataCenter: opts.localDc,
      protocolOptions: { port: opts.port },
    });
    try {
      await client.execute(`DROP KEYSPACE IF EXISTS ${opts.keyspace}`);
    } finally {
      await client.shutdown();
    }
  },
});
