import { Client } from '@opensearch-project/opensearch';
import { afterAll, describe, expect, it } from 'vitest';
import { opensearchUrl, uniqueName } from '../src/index.ts';

describe('OpenSearch (@opensearch-project/opensearch)', () => {
  const index = uniqueName('smoke');
  let client: Client | undefined;

  afterAll(async () => {
    await client?.indices.delete({ index }).catch(() => undefined);
    await client?.close();
  });

  it('creates an index, bulk-indexes and searches documents', async () => {
    client = new Client({ node: await opensearchUrl() });
    await client.indices.create({
      index,
      body: { mappings: { properties: { service: { type: 'keyword' }, duration: { type: 'long' } } } },
    });
    const docs = Array.from({ length: 100 }, (_, i) => ({
      service: i % 2 === 0 ? 'frontend' : 'backend',
      duration: i,
    }));
    const bulk = await client.bulk({
      refresh: true,
      body: docs.flatMap((doc) => [{ index: { _index: index } }, doc]),
    });
    expect(bulk.body.errors).toBe(false);

    const found = await client.search({
      index,
      body: {
        query: {
          bool: { filter: [{ term: { service: 'frontend' } }, { range: { duration: { gte: 50 } } }] },
        },
        size: 100,
      },
    });
    expect(found.body.hits.hits).toHaveLength(25);
    const counted = await client.count({ index, body: { query: { term: { service: 'backend' } } } });
    expect(counted.body.count).toBe(50);
  });
});
