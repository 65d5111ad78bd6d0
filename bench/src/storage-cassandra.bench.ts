import { createCassandraStore } from '@spanstream/storage-cassandra';
import { dropCassandraKeyspace, stackCassandraOptions } from '@spanstream/storage-cassandra/testing';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/** Cassandra bulk write, trace-by-ID and search against the stack's real node, in a fresh keyspace. */
export async function run(): Promise<BenchResult[]> {
  const options = await stackCassandraOptions('bench');
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
    await dropCassandraKeyspace(options);
  }
}
