import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, TestApp } from './harness.ts';
import { createTestApp } from './harness.ts';

const OTLP_EXAMPLE = new URL(
  '../../../fixtures/jaeger-storage/otlp/traces/example_trace.json',
  import.meta.url,
);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.app.close();
});

const errorBody = (code: number, msg: string) =>
  `${JSON.stringify({ data: null, total: 0, limit: 0, offset: 0, errors: [{ code, msg }] })}\n`;

describe('POST /api/transform (Jaeger UI upload of OTLP/JSON)', () => {
  it('converts an OTLP/JSON file into UI traces, unadjusted', async () => {
    const body = readFileSync(OTLP_EXAMPLE, 'utf8');
    const otlp = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
    const spanCount = otlp.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)).length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/transform',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    const parsed = JSON.parse(response.body) as Envelope<{ traceID: string; spans: unknown[] }[]>;
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]!.spans).toHaveLength(spanCount);
    expect(parsed.errors).toBeNull();
  });

  it('keeps the readable spans and reports the others', async () => {
    const payload = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'up' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '0102030405060708090a0b0c0d0e0f10',
                  spanId: '0102030405060708',
                  name: 'ok',
                  startTimeUnixNano: '1000',
                  endTimeUnixNano: '2000',
                },
                { traceId: 'zz', spanId: '0102030405060709', name: 'bad' },
              ],
            },
          ],
        },
      ],
    };
    const response = await t.app.inject({ method: 'POST', url: '/api/transform', payload });
    expect(response.statusCode).toBe(200);
    const parsed = JSON.parse(response.body) as Envelope<{ spans: unknown[] }[]>;
    expect(parsed.data[0]!.spans).toHaveLength(1);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors![0]!.msg).toMatch(/^span 1: /);
  });

  it('accepts gzip bodies and answers a gzip bomb with 413 (the limit counts decompressed bytes)', async () => {
    const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const small = await t.app.inject({
      method: 'POST',
      url: '/api/transform',
      headers,
      payload: gzipSync(Buffer.from(readFileSync(OTLP_EXAMPLE))),
    });
    expect(small.statusCode).toBe(200);
    const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024, 0x20));
    const response = await t.app.inject({ method: 'POST', url: '/api/transform', headers, payload: bomb });
    expect(response.statusCode).toBe(413);
    expect(response.body).toBe(errorBody(413, 'Request body is too large'));
  });

  it('400 for a body that is not OTLP/JSON', async () => {
    const notObject = await t.app.inject({ method: 'POST', url: '/api/transform', payload: [1, 2] });
    expect(notObject.statusCode).toBe(400);
    expect(notObject.body).toBe(errorBody(400, 'OTLP/JSON body must be a JSON object'));
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/transform',
      headers: { 'content-type': 'application/json' },
      payload: '{"resourceSpans": [',
    });
    expect(malformed.statusCode).toBe(400);
    expect((JSON.parse(malformed.body) as Envelope).errors![0]!.code).toBe(400);
  });
});

describe('/api/metrics/* (Monitor tab) without metrics storage', () => {
  it("501 'metrics querying is currently disabled', as Jaeger", async () => {
    for (const url of [
      '/api/metrics/latencies?service=a&quantile=0.95',
      '/api/metrics/calls?service=a&service=b',
      '/api/metrics/errors?service=a&spanKind=server',
      '/api/metrics/minstep',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(501);
      expect(response.body).toBe(errorBody(501, 'metrics querying is currently disabled'));
    }
  });

  it('400 for missing parameters first', async () => {
    const noQuantile = await t.app.inject({ method: 'GET', url: '/api/metrics/latencies?service=a' });
    expect(noQuantile.statusCode).toBe(400);
    expect(noQuantile.body).toBe(
      errorBody(400, 'unable to parse param \'quantile\': strconv.ParseFloat: parsing "": invalid syntax'),
    );
    const noService = await t.app.inject({ method: 'GET', url: '/api/metrics/calls' });
    expect(noService.body).toBe(
      errorBody(400, "unable to parse param 'service': please provide at least one service name"),
    );
  });
});
