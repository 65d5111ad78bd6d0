import { gunzipSync } from 'node:zlib';
import { nowMicros } from '@spanstream/model';
import type { Span } from '@spanstream/model';
import { largeTrace } from '@spanstream/storage-conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, TestApp } from './harness.ts';
import { createTestApp } from './harness.ts';

// Big traces through the whole read path: storage → adjusters → UI JSON / OTLP JSON.
let t: TestApp;
let spans: Span[];
beforeAll(async () => {
  t = await createTestApp();
  spans = largeTrace(nowMicros());
  await t.store.writeSpans(spans);
});
afterAll(async () => {
  await t.app.close();
});

describe('a 10,008-span trace', () => {
  it('comes back whole from /api/traces/{id}, int64 beyond 2^53 as strings', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/traces/${spans[0]!.traceId}` });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as Envelope<
      { spans: { spanID: string; tags: { key: string; value: unknown }[] }[] }[]
    >;
    const returned = body.data[0]!.spans;
    expect(returned).toHaveLength(spans.length);
    expect(new Set(returned.map((s) => s.spanID)).size).toBe(spans.length);
    expect(returned[0]!.tags.find((tag) => tag.key === 'big.int')?.value).toBe('9007199254740993');
  });

  it('is streamed byte for byte as the one-string reply would be, gzipped at the fast level', async () => {
    const url = `/api/traces/${spans[0]!.traceId}`;
    const streamed = await t.app.inject({ method: 'GET', url });
    expect(streamed.headers['content-type']).toBe('application/json');
    expect(streamed.headers['content-length']).toBeUndefined(); // streamed, not one Buffer
    // prettyPrint takes the one-string path (JSON.stringify of the UI objects, indented): the same
    // values written compactly must be the streamed text.
    const pretty = await t.app.inject({ method: 'GET', url: `${url}?prettyPrint=true` });
    expect(streamed.body).toBe(`${JSON.stringify(JSON.parse(pretty.body))}\n`);
    expect(streamed.body.endsWith('],"total":0,"limit":0,"offset":0,"errors":null}\n')).toBe(true);
    const zipped = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(streamed.body);
  });

  it('comes back whole from /api/v3/traces/{id}', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v3/traces/${spans[0]!.traceId}` });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as {
      result: { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
    };
    const count = body.result.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)).length;
    expect(count).toBe(spans.length);
  });

  it('is found by search with all its spans', async () => {
    const start = Math.min(...spans.map((s) => s.startTime));
    const end = Math.max(...spans.map((s) => s.startTime));
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/traces?service=conformance-large&start=${start}&end=${end}&limit=1`,
    });
    const body = JSON.parse(response.body) as Envelope<{ spans: unknown[] }[]>;
    expect(body.data).toHaveLength(1);
    expect(body.data[0]!.spans).toHaveLength(spans.length);
  });
});
