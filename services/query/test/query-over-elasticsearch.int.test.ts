import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import type { ElasticsearchSpanStore } from '@spanstream/storage-elasticsearch';
import { loadFixtureQueries } from '@spanstream/storage-conformance';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from './harness.ts';
import { buildTestApp, fixture, fixtures } from './harness.ts';

// The Jaeger HTTP API over a real Elasticsearch (the storage the streaming pipeline writes to):
// the same contract as over memory, through Spanstream's ES reader and Jaeger's index layout.
let primary: ElasticsearchSpanStore;
let archive: ElasticsearchSpanStore;
let app: FastifyInstance;

beforeAll(async () => {
  const base = await stackEsOptions('query');
  primary = await createElasticsearchStore(base);
  archive = await createElasticsearchStore({ ...base, archive: true });
  for (const trace of fixtures.values()) await primary.writer.writeSpans(trace.spans);
  await primary.refresh();
  ({ app } = await buildTestApp(
    {
      reader: primary.reader,
      dependencies: primary.dependencies,
      archive: { reader: archive.reader, writer: archive.writer },
    },
    { http: { staticDir: '/nonexistent' } },
  ));
});

afterAll(async () => {
  await app.close();
  for (const store of [primary, archive]) {
    await store.purge();
    await store.close();
  }
});

async function get<T>(url: string): Promise<Envelope<T>> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode).toBe(200);
  return JSON.parse(response.body) as Envelope<T>;
}

const shortId = (id: string): string => (id.startsWith('0000000000000000') ? id.slice(16) : id);

describe('query service over Elasticsearch', () => {
  it.each(loadFixtureQueries('jaeger-model').map((q) => [q.caption, q] as const))(
    '/api/traces: %s',
    async (_caption, q) => {
      const params = new URLSearchParams({
        service: q.query.serviceName,
        start: String(q.query.startTimeMin),
        end: String(q.query.startTimeMax),
        limit: String(q.query.numTraces),
      });
      if (q.query.operationName !== undefined) params.set('operation', q.query.operationName);
      if (Object.keys(q.query.tags).length > 0) params.set('tags', JSON.stringify(q.query.tags));
      if (q.query.durationMin !== undefined) params.set('minDuration', `${q.query.durationMin}us`);
      if (q.query.durationMax !== undefined) params.set('maxDuration', `${q.query.durationMax}us`);
      const body = await get<{ traceID: string }[]>(`/api/traces?${params.toString()}`);
      const expected = q.expectedFixtures.map((name) => shortId(fixture(name).traceId)).sort();
      expect(body.data.map((trace) => trace.traceID).sort()).toEqual(expected);
    },
  );

  it('/api/services, /api/operations with span kind, /api/traces/{id}', async () => {
    const services = await get<string[]>('/api/services');
    expect(services.data).toEqual(expect.arrayContaining(['example-service-1', 'query22-service']));
    const operations = await get<{ name: string; spanKind: string }[]>(
      '/api/operations?service=example-service-1&spanKind=server',
    );
    expect(operations.data).toEqual([{ name: 'example-operation-3', spanKind: 'server' }]);
    const { traceId } = fixture('span_tags_trace');
    const trace = await get<{ spans: unknown[] }[]>(`/api/traces/${traceId}`);
    expect(trace.data[0]!.spans).toHaveLength(fixture('span_tags_trace').spans.length);
  });

  it('POST /api/archive/{id} copies the trace into the archive index', async () => {
    const { traceId, spans } = fixture('multiple1_trace');
    const response = await app.inject({ method: 'POST', url: `/api/archive/${traceId}` });
    expect(response.statusCode).toBe(200);
    await archive.refresh();
    expect((await archive.reader.getTrace(traceId))?.spans).toHaveLength(spans.length);
  });
});
