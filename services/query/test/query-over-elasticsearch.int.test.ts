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
let esUrl = '';
let indexPrefix = '';

beforeAll(async () => {
  const base = await stackEsOptions('query');
  esUrl = base.serverUrls[0]!;
  indexPrefix = base.indexPrefix;
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

  it('/api/v3/traces/{id} of Jaeger v2 documents: parent from parentSpanID, status from error and otel.status_code', async () => {
    // As Jaeger v2 writes them (span.kind and error as tag fields; with its
    // omit-parent-reference gate, the parent only in parentSpanID).
    const traceID = '0af7651916cd43dd8448eb211c80319d';
    const now = Date.now() * 1000;
    const doc = (spanID: string, extra: Record<string, unknown>) => ({
      traceID,
      spanID,
      operationName: `op-${spanID}`,
      references: null,
      startTime: now,
      startTimeMillis: Math.floor(now / 1000),
      duration: 5000,
      tags: [{ key: 'otel.scope.name', type: 'string', value: 'lib' }],
      logs: null,
      process: { serviceName: 'jaeger-v2-written', tags: [] },
      ...extra,
    });
    const day = new Date(now / 1000).toISOString().slice(0, 10);
    const index = `${indexPrefix}-jaeger-span-${day}`;
    const docs = [
      doc('b7ad6b7169203331', { tag: { error: true, 'span@kind': 'server' } }),
      doc('c7ad6b7169203331', {
        parentSpanID: 'b7ad6b7169203331',
        tags: [{ key: 'otel.status_code', type: 'string', value: 'error' }],
      }),
    ];
    for (const body of docs) {
      const response = await fetch(`${esUrl}/${index}/_doc?refresh=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.text()).toBe(201);
    }
    const response = await app.inject({ method: 'GET', url: `/api/v3/traces/${traceID}` });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = JSON.parse(response.body) as {
      result: { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    };
    const spans = result.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans));
    const byId = new Map(spans.map((span) => [span['spanId'], span]));
    expect(byId.get('b7ad6b7169203331')).toMatchObject({ kind: 2, status: { code: 2 } });
    expect(byId.get('b7ad6b7169203331')).not.toHaveProperty('parentSpanId');
    expect(byId.get('c7ad6b7169203331')).toMatchObject({
      parentSpanId: 'b7ad6b7169203331',
      status: { code: 2 },
    });
  });
});
