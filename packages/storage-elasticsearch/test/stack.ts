// Test and bench support, as `@spanstream/storage-elasticsearch/testing`: a throwaway store on the
// stack's real node. No vitest here: the bench imports it outside a test runner.
import { elasticsearchUrl, opensearchUrl, uniqueName } from '@spanstream/testkit';
import type { EsFlavor } from '../src/index.ts';

/** Store options on the stack's node of `flavor`: a unique index prefix, one shard, no replicas. */
export async function stackEsOptions(prefix: string, flavor: EsFlavor = 'elasticsearch') {
  return {
    flavor,
    serverUrls: [flavor === 'opensearch' ? await opensearchUrl() : await elasticsearchUrl()],
    indexPrefix: uniqueName(prefix),
    numShards: 1,
    numReplicas: 0,
  };
}
