import {
  createCassandraStore,
  defaultCassandraOptions,
  type CassandraOptions,
} from '@spanstream/storage-cassandra';
import { cassandraContactPoints, cassandraLocalDataCenter, uniqueName } from '@spanstream/testkit';
import { Client } from 'cassandra-driver';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/** Cassandra bulk write, trace-by-ID and search against the stack's real node, in a fresh keyspace. */
export async function run(): Promise<BenchResult[]> {
  const [host, port] = (await cassandraContactPoints())[0]!.split(':');
  const options: CassandraOptions = {
    ...defaultCassandraOptions,
    servers: [host!],
    port: Number(port ?? 9042),
    localDc: await cassandraLocalDataCenter(),
    keyspace: uniqueName('bench')
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_'),
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
      contactPoints: [host!],
      localDataCenter: options.localDc,
      protocolOptions: { port: options.port },
    });
    await admin.execute(`DROP KEYSPACE IF EXISTS ${options.keyspace}`).finally(() => admin.shutdown());
  }
}
