import { Client } from '@elastic/elasticsearch';
import { afterAll, describe, expect, it } from 'vitest';
import { elasticsearchUrl, uniqueName } from '../src/index.ts';

describe('Elasticsearch (@elastic/elasticsearch 8)', () => {
  const index = uniqueName('smoke');
  let client: Client | undefined;

  afterAll(async () => {
    await client?.indices.delete({ index }, { ignore: [404] });
    await client?.close();
  });

  it('creates an index, bulk-indexes and searches documents', async () => {
    client = new Client({ node: await elasticsearchUrl() });
    await client.indices.create({
      index,
      mappings: { properties: { service: { type: 'keyword' }, duration: { type: 'long' } } },
    });
    const docs = Array.from({ length: 100 }, (_, i) => ({
      service: i % 2 === 0 ? 'frontend' : 'backend',
      duration: i,
    }));
    const bulk = await client.bulk({
      refresh: true,
      operations: docs.flatMap((doc) => [{ index: { _index: index } }, doc]),
    });
    expect(bulk.errors).toBe(false);

    const found = await client.search<{ service: string; duration: number }>({
      index,
      query: { bool: { filter: [{ term: { service: 'frontend' } }, { range: { duration: { gte: 50 } } }] } },
      aggs: { longest: { max: { field: 'duration' } } },
      size: 100,
    });
    expect(found.hits.hits).toHaveLength(25);
    expect(found.aggregations?.['longest']).toEqual({ value: 98 });
  });
});
