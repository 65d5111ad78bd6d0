import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './harness.ts';
import { createTestApp, fixture } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ archive: true });
});
afterAll(async () => {
  await t.app.close();
});

describe('POST /api/archive/{traceID} with archive storage', () => {
  it('copies every span of the trace from primary to archive storage', async () => {
    const source = fixture('example_trace');
    const response = await t.app.inject({ method: 'POST', url: `/api/archive/${source.traceId}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(
      `${JSON.stringify({ data: [], total: 0, limit: 0, offset: 0, errors: [] })}\n`,
    );
    const archived = await t.archive!.getTrace(source.traceId);
    const primary = await t.store.getTrace(source.traceId);
    expect(archived?.spans).toEqual(primary!.spans);
  });

  it('404 when the trace is in neither storage', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/archive/00000000000000000000000000abcdef',
    });
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toEqual({
      data: null,
      total: 0,
      limit: 0,
      offset: 0,
      errors: [{ code: 404, msg: 'trace not found' }],
    });
  });

  it('400 for a malformed trace ID', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/archive/zz' });
    expect(response.statusCode).toBe(400);
  });

  it('GET /api/traces/{id} falls back to the archive for traces gone from primary storage', async () => {
    const base = fixture('example_trace').spans[0]!;
    const traceId = '0000000000000000000000000000a4c1' as typeof base.traceId;
    await t.archive!.writeSpans([{ ...base, traceId, references: [] }]);
    const response = await t.app.inject({ method: 'GET', url: `/api/traces/${traceId}` });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as { data: { spans: unknown[] }[] };
    expect(body.data[0]!.spans).toHaveLength(1);
  });
});
