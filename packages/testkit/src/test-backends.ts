import { elasticsearchUrl } from './endpoints.ts';

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
