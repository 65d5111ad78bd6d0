import type { SpanStore } from '@spanstream/storage-api';
import { runStorageConformance } from '@spanstream/storage-conformance';
import { cassandraTestKeyspace } from '@spanstream/testkit';
import { Client } from 'cassandra-driver';
import { createCassandraStore, defaultCassandraOptions, type CassandraOptions } from '../src/index.ts';

const keyspaces = new WeakMap<SpanStore, CassandraOptions>();

async function options(): Promise<CassandraOptions> {
  return {
    ...defaultCassandraOptions,
    ...(await cassandraTestKeyspace('conformance')),
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
