import { loadFixtureQueries } from '@spanstream/storage-conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './harness.ts';
import { createTestApp, fixture } from './harness.ts';

interface OtlpJson {
  result: {
    resourceSpans: {
      resource: { attributes: { key: string; value: { stringValue?: string } }[] };
      scopeSpans: { spans: { traceId: string; spanId: string; name: string }[] }[];
    }[];
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.app.close();
});

const spansOf = (body: OtlpJson) =>
  body.result.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans));

async function expectV3Error(url: string, httpCode: number, message: string): Promise<void> {
  const response = await t.app.inject({ method: 'GET', url });
  expect(response.statusCode).toBe(httpCode);
  expect(response.body).toBe(`${JSON.stringify({ error: { httpCode, message } })}\n`);
}

const iso = (micros: number): string => {
  const ms = Math.floor(micros / 1000);
  return new Date(ms).toISOString().replace('Z', `${String(micros % 1000).padStart(3, '0')}Z`);
};

describe('GET /api/v3/services and /api/v3/operations', () => {
  it('lists services as {services}', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v3/services' });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as { services: string[] };
    expect(body.services.sort()).toEqual((await t.store.getServices()).sort());
  });

  it('lists operations as {operations:[{name, spanKind}]}, filtered by span_kind', async () => {
    const all = JSON.parse(
      (await t.app.inject({ method: 'GET', url: '/api/v3/operations?service=example-service-1' })).body,
    ) as { operations: { name: string; spanKind?: string }[] };
    expect(all.operations.map((op) => op.name)).toEqual(
      expect.arrayContaining(['example-operation-1', 'example-operation-3', 'example-operation-4']),
    );
    for (const op of all.operations) expect(typeof op.spanKind).toBe('string');
    const client = JSON.parse(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v3/operations?service=example-service-1&span_kind=client',
        })
      ).body,
    ) as unknown;
    expect(client).toEqual({ operations: [{ name: 'example-operation-4', spanKind: 'client' }] });
  });
});

describe('GET /api/v3/traces/{trace_id}', () => {
  it('returns the trace as OTLP/JSON under result', async () => {
    const { traceId } = fixture('example_trace');
    const response = await t.app.inject({ method: 'GET', url: `/api/v3/traces/${traceId}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const spans = spansOf(JSON.parse(response.body) as OtlpJson);
    const stored = (await t.store.getTrace(traceId))!.spans;
    expect(spans.map((s) => s.spanId).sort()).toEqual(stored.map((s) => s.spanId).sort());
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([traceId]));
  });

  it('accepts start_time/end_time (RFC 3339) and raw_traces, with camelCase aliases', async () => {
    const { traceId } = fixture('example_trace');
    for (const query of [
      'start_time=2000-01-01T00:00:00Z&end_time=2100-01-01T00:00:00.5Z&raw_traces=true',
      'startTime=2000-01-01T00:00:00Z&rawTraces=false',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v3/traces/${traceId}?${query}` });
      expect(response.statusCode).toBe(200);
    }
  });

  it('400 for a malformed ID or time, 404 for a missing trace', async () => {
    await expectV3Error(
      '/api/v3/traces/xyz',
      400,
      'malformed parameter trace_id: strconv.ParseUint: parsing "xyz": invalid syntax',
    );
    await expectV3Error(
      `/api/v3/traces/${fixture('example_trace').traceId}?start_time=yesterday`,
      400,
      'malformed parameter start_time: parsing time "yesterday" as "2006-01-02T15:04:05.999999999Z07:00": not an RFC 3339 timestamp',
    );
    await expectV3Error('/api/v3/traces/00000000000000000000000000abcdef', 404, 'trace not found');
  });
});

describe('GET /api/v3/traces (search)', () => {
  const multiple = loadFixtureQueries('jaeger-model').find((q) => q.caption === 'Multiple Traces')!;
  const base = `/api/v3/traces?query.service_name=${multiple.query.serviceName}&query.start_time_min=${iso(multiple.query.startTimeMin)}&query.start_time_max=${iso(multiple.query.startTimeMax)}`;

  it('finds the traces of the fixture query', async () => {
    const response = await t.app.inject({ method: 'GET', url: base });
    expect(response.statusCode).toBe(200);
    const traceIds = new Set(spansOf(JSON.parse(response.body) as OtlpJson).map((s) => s.traceId));
    expect([...traceIds].sort()).toEqual(
      multiple.expectedFixtures.map((name) => fixture(name).traceId).sort(),
    );
  });

  it('honours query.num_traces / query.search_depth', async () => {
    for (const param of ['query.num_traces=1', 'query.search_depth=1']) {
      const response = await t.app.inject({ method: 'GET', url: `${base}&${param}` });
      const traceIds = new Set(spansOf(JSON.parse(response.body) as OtlpJson).map((s) => s.traceId));
      expect(traceIds.size).toBe(1);
    }
  });

  it('filters by duration and attributes', async () => {
    const tags = loadFixtureQueries('jaeger-model').find((q) => q.caption === 'Tags + Duration range')!;
    const params = new URLSearchParams({
      'query.service_name': tags.query.serviceName,
      'query.start_time_min': iso(tags.query.startTimeMin),
      'query.start_time_max': iso(tags.query.startTimeMax),
      'query.duration_min': `${tags.query.durationMin}us`,
      'query.duration_max': `${tags.query.durationMax}us`,
      'query.attributes': JSON.stringify(tags.query.tags),
    });
    const response = await t.app.inject({ method: 'GET', url: `/api/v3/traces?${params.toString()}` });
    expect(response.statusCode).toBe(200);
    const traceIds = new Set(spansOf(JSON.parse(response.body) as OtlpJson).map((s) => s.traceId));
    expect([...traceIds]).toEqual(tags.expectedFixtures.map((name) => fixture(name).traceId));
  });

  it('answers an empty search with 404 "No traces found", as Jaeger v2', async () => {
    await expectV3Error(`${base}&query.operation_name=nope`, 404, 'No traces found');
  });

  it('400 for missing or malformed parameters', async () => {
    await expectV3Error(
      '/api/v3/traces?query.service_name=s',
      400,
      'query.start_time_min and query.start_time_max are required',
    );
    await expectV3Error(
      '/api/v3/traces?query.service_name=s&query.start_time_min=x&query.start_time_max=2020-01-01T00:00:00Z',
      400,
      'malformed parameter query.start_time_min: parsing time "x" as "2006-01-02T15:04:05.999999999Z07:00": not an RFC 3339 timestamp',
    );
    await expectV3Error(
      `${base}&query.duration_min=fast`,
      400,
      'malformed parameter query.duration_min: time: invalid duration "fast"',
    );
    await expectV3Error(
      `${base}&query.num_traces=lots`,
      400,
      'malformed parameter query.num_traces: strconv.ParseInt: parsing "lots": invalid syntax',
    );
  });
});
