import { createElasticsearchStore, type EsFlavor } from '@spanstream/storage-elasticsearch';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import type { BenchResult } from './harness.ts';
import { benchStore } from './workload.ts';

/** Elasticsearch and OpenSearch bulk write, trace-by-ID and search against the stack's real nodes. */
async function benchFlavor(flavor: EsFlavor): Promise<BenchResult[]> {
  const store = await createElasticsearchStore(await stackEsOptions('bench', flavor));
  try {
    // Several writers at once, as the ingester's partitions: the bulk writer batches across them.
    return await benchStore(store, {
      name: flavor,
      traces: 2_000,
      batch: 500,
      writers: 4,
      lookups: 500,
      searches: 200,
      writeNotes:
        "bulk 1000 actions, 1 worker, 1 shard; reads over 72 h of daily indices; CPU is the Node writer's, not the server's",
      afterWrite: () => store.refresh(),
    });
  } finally {
    await store.purge();
    await store.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  return [...(await benchFlavor('elasticsearch')), ...(await benchFlavor('opensearch'))];
}
