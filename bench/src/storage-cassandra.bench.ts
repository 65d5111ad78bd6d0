import {
  createCassandraStore,
  defaultCassandraOptions,
  type CassandraOptions,
} from '@spanstream/storage-cassandra';
import { cassandraTestKeyspace } from '@spanstream/testkit';
import { Client } from 'cassandra-driver';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/** Cassandra bulk write, trace-by-ID and search against the stack's real node, in a fresh keyspace. */
export async function run(): Promise<BenchResult[]> {
  const options: CassandraOptions = {
    ...defaultCassandraOptions,
    ...(await cassandraTestKeyspace('bench')),
    createSchema: true,
  };
  const store = await createCassandraStore(options);
  try {
    return await benchStore(store, {
      name: 'cassandra',
      traces: 2_000,
      batch: 500,
      writers: 2,
      lookups: 500,
      searches: 200,
      writeNotes: `index rows batched per partition, ${options.writeConcurrency} requests in flight per call; CPU is the Node writer's, not Cassandra's`,
    });
  } finally {
    await store.close();
    const admin = new Client({
      contactPoints: [...options.servers],
      localDataCenter: options.localDc,
      protocolOptions: { port: options.port },
    });
    await admin.execute(`DROP KEYSPACE IF EXISTS ${options.keyspace}`).finally(() => admin.shutdown());
  }
}
