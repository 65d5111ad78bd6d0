/** Counts what Elasticsearch/OpenSearch holds for the run's index prefix, by span ID. */
export interface StoredCount {
  /** Documents per span ID (more than 1 = duplicated documents). */
  readonly docsBySpan: Map<string, number>;
  readonly documents: number;
}

const spanIndices = (prefix: string): string => `${prefix}-jaeger-span-*`;

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

/** Documents in the run's span indices (duplicates included); 0 before the first index exists. */
export async function documentCount(baseUrl: string, prefix: string): Promise<number> {
  const response = await fetch(`${baseUrl}/${spanIndices(prefix)}/_count?allow_no_indices=true`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) return 0;
  return ((await response.json()) as { count: number }).count;
}

/** Every span ID's document count, through a composite aggregation (exact, paged). */
export async function countStored(baseUrl: string, prefix: string): Promise<StoredCount> {
  await fetch(`${baseUrl}/${spanIndices(prefix)}/_refresh?allow_no_indices=true`, { method: 'POST' });
  const docsBySpan = new Map<string, number>();
  let documents = 0;
  let after: Record<string, string> | undefined;
  for (;;) {
    const page = (await post(`${baseUrl}/${spanIndices(prefix)}/_search?allow_no_indices=true`, {
      size: 0,
      aggs: {
        ids: {
          composite: {
            size: 10_000,
            sources: [{ span: { terms: { field: 'spanID' } } }],
            ...(after === undefined ? {} : { after }),
          },
        },
      },
    })) as {
      aggregations?: {
        ids: { buckets: { key: { span: string }; doc_count: number }[]; after_key?: Record<string, string> };
      };
    };
    const buckets = page.aggregations?.ids.buckets ?? [];
    for (const bucket of buckets) {
      docsBySpan.set(bucket.key.span, bucket.doc_count);
      documents += bucket.doc_count;
    }
    after = page.aggregations?.ids.after_key;
    if (buckets.length === 0 || after === undefined) return { docsBySpan, documents };
  }
}

/** Drops the run's indices (named, not a wildcard delete). */
export async function deleteRunIndices(baseUrl: string, prefix: string): Promise<void> {
  const response = await fetch(`${baseUrl}/_cat/indices/${prefix}-*?format=json&h=index`);
  if (!response.ok) return;
  const indices = ((await response.json()) as { index: string }[]).map((row) => row.index);
  if (indices.length > 0) await fetch(`${baseUrl}/${indices.join(',')}`, { method: 'DELETE' });
}
