import type { UiTrace } from '@spanstream/codec';
import type { TraceQuery } from '@spanstream/storage-api';
import { FIXTURE_FORMS, loadFixtureQueries } from '@spanstream/storage-conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, TestApp } from './harness.ts';
import { createTestApp, fixture, fixtures, fixturesOf } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.app.close();
});

async function get<T>(
  url: string,
): Promise<{ status: number; body: Envelope<T>; raw: string; type: string }> {
  const response = await t.app.inject({ method: 'GET', url });
  return {
    status: response.statusCode,
    body: JSON.parse(response.body) as Envelope<T>,
    raw: response.body,
    type: String(response.headers['content-type']),
  };
}

/** Jaeger's error body, exactly. */
function errorBody(code: number, msg: string): string {
  return `${JSON.stringify({ data: null, total: 0, limit: 0, offset: 0, errors: [{ code, msg }] })}\n`;
}

const shortId = (id: string): string => (id.startsWith('0000000000000000') ? id.slice(16) : id);

describe('GET /api/services', () => {
  it('lists every service with total = count, limit/offset 0, errors null', async () => {
    const { status, body, type } = await get<string[]>('/api/services');
    expect(status).toBe(200);
    expect(type).toBe('application/json');
    const expected = new Set(
      [...fixtures.values()].flatMap((f) => f.spans.map((s) => s.process.serviceName)),
    );
    expect(new Set(body.data)).toEqual(expected);
    expect(body).toMatchObject({ total: expected.size, limit: 0, offset: 0, errors: null });
  });
});

describe('GET /api/services/{service}/operations and /api/operations', () => {
  it('legacy form: unique operation names of all kinds', async () => {
    const { status, body } = await get<string[]>('/api/services/example-service-1/operations');
    expect(status).toBe(200);
    expect([...body.data].sort()).toEqual([
      'example-operation-1',
      'example-operation-3',
      'example-operation-4',
    ]);
    expect(body.total).toBe(3);
  });

  it('decodes an escaped service name in the path', async () => {
    const { body } = await get<string[]>(
      `/api/services/${encodeURIComponent('example-service-1')}/operations`,
    );
    expect(body.data.length).toBe(3);
  });

  it('keeps an escaped slash inside the service name', async () => {
    const base = fixture('example_trace').spans[0]!;
    const traceId = '00000000000000000000000000005a5a' as typeof base.traceId;
    await t.store.writeSpans([
      { ...base, traceId, operationName: 'slashed-op', process: { serviceName: 'ns/svc', tags: [] } },
    ]);
    const { status, body } = await get<string[]>('/api/services/ns%2Fsvc/operations');
    expect(status).toBe(200);
    expect(body.data).toEqual(['slashed-op']);
  });

  it('new form: {name, spanKind} objects, filtered by spanKind', async () => {
    const all = await get<{ name: string; spanKind: string }[]>('/api/operations?service=example-service-1');
    expect(all.status).toBe(200);
    const expected = await t.store.getOperations({ serviceName: 'example-service-1' });
    expect(all.body.data).toEqual(expected.map((op) => ({ name: op.name, spanKind: op.spanKind })));
    const server = await get<{ name: string; spanKind: string }[]>(
      '/api/operations?service=example-service-1&spanKind=server',
    );
    expect(server.body.data).toEqual([{ name: 'example-operation-3', spanKind: 'server' }]);
    expect(server.body.total).toBe(1);
  });

  it('answers an unknown span kind with an empty list', async () => {
    const { status, body } = await get('/api/operations?service=example-service-1&spanKind=bogus');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
  });

  it("400 when 'service' is missing, in Jaeger's text/plain error envelope", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/operations' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(errorBody(400, "parameter 'service' is required"));
  });
});

/** A fixture TraceQuery as the Jaeger UI would send it. */
function searchUrl(query: TraceQuery, style: 'json' | 'logfmt'): string {
  const params = new URLSearchParams({ service: query.serviceName });
  if (query.operationName !== undefined) params.set('operation', query.operationName);
  if (style === 'json') {
    if (Object.keys(query.tags).length > 0) params.set('tags', JSON.stringify(query.tags));
  } else {
    for (const [key, value] of Object.entries(query.tags)) params.append('tag', `${key}:${value}`);
  }
  params.set('start', String(query.startTimeMin));
  params.set('end', String(query.startTimeMax));
  if (query.durationMin !== undefined) params.set('minDuration', `${query.durationMin}us`);
  if (query.durationMax !== undefined) params.set('maxDuration', `${query.durationMax}us`);
  params.set('limit', String(query.numTraces));
  params.set('lookback', 'custom');
  return `/api/traces?${params.toString()}`;
}

describe.each(FIXTURE_FORMS)('GET /api/traces (search) against every %s fixture query', (form) => {
  let app: TestApp;
  beforeAll(async () => {
    app = form === 'jaeger-model' ? t : await createTestApp({ form });
  });
  afterAll(async () => {
    if (app !== t) await app.app.close();
  });
  const queries = loadFixtureQueries(form);
  it.each(queries.map((q) => [q.caption, q] as const))('%s', async (_caption, q) => {
    for (const style of ['json', 'logfmt'] as const) {
      const response = await app.app.inject({ method: 'GET', url: searchUrl(q.query, style) });
      expect(response.statusCode).toBe(200);
      const body = JSON.parse(response.body) as Envelope<UiTrace[]>;
      const expected = q.expectedFixtures.map((name) => shortId(fixturesOf(form).get(name)!.traceId)).sort();
      expect(body.data.map((trace) => trace.traceID).sort()).toEqual(expected);
      for (const trace of body.data) {
        const stored = await app.store.getTrace(trace.spans[0]!.traceID.padStart(32, '0') as never);
        expect(trace.spans.length).toBe(stored!.spans.length);
      }
      expect(body).toMatchObject({ total: 0, limit: 0, offset: 0, errors: null });
    }
  });

  it('caps the number of traces at limit', async () => {
    const multiple = queries.find((q) => q.caption === 'Multiple Traces')!;
    expect(multiple.expectedFixtures.length).toBeGreaterThan(1);
    const response = await app.app.inject({
      method: 'GET',
      url: searchUrl({ ...multiple.query, numTraces: 1 }, 'json'),
    });
    expect((JSON.parse(response.body) as Envelope<UiTrace[]>).data).toHaveLength(1);
  });
});

describe('GET /api/traces?traceID=… (several IDs)', () => {
  it('returns the found traces and an errors entry (no code) for each missing one', async () => {
    const a = fixture('example_trace').traceId;
    const b = fixture('span_tags_trace').traceId;
    const missing = '00000000000000000000000000abcdef';
    const { status, body } = await get<UiTrace[]>(`/api/traces?traceID=${a}&traceID=${b}&traceID=${missing}`);
    expect(status).toBe(200);
    expect(body.data.map((trace) => trace.traceID)).toEqual([shortId(a), shortId(b)]);
    expect(body.errors).toEqual([{ msg: 'trace not found', traceID: missing }]);
  });

  it('400 for a malformed traceID param', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/traces?traceID=nothex' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toBe(
      errorBody(400, 'cannot parse traceID param: strconv.ParseUint: parsing "nothex": invalid syntax'),
    );
  });
});

describe('GET /api/traces errors', () => {
  it.each([
    ['/api/traces', "parameter 'service' is required"],
    [
      '/api/traces?service=s&minDuration=abc',
      'unable to parse param \'minDuration\': time: invalid duration "abc"',
    ],
    [
      '/api/traces?service=s&maxDuration=5',
      'unable to parse param \'maxDuration\': time: missing unit in duration "5"',
    ],
    [
      '/api/traces?service=s&minDuration=1s&maxDuration=1ms',
      "'maxDuration' should be greater than 'minDuration'",
    ],
    [
      '/api/traces?service=s&limit=many',
      'unable to parse param \'limit\': strconv.ParseInt: parsing "many": invalid syntax',
    ],
    ['/api/traces?service=s&limit=-5', "unable to parse param 'limit': must not be negative, got -5"],
    ['/api/traces?service=s&start=20&end=10', "'start' should be before 'end'"],
    [
      '/api/traces?service=s&start=soon',
      'unable to parse param \'start\': strconv.ParseInt: parsing "soon": invalid syntax',
    ],
    [
      '/api/traces?service=s&tag=nocolon',
      "malformed 'tag' parameter, expecting key:value, received: nocolon",
    ],
  ])('%s → 400', async (url, msg) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.body).toBe(errorBody(400, msg));
  });
});

describe('GET /api/traces/{traceID}', () => {
  it('returns the whole trace in the UI model: processes, references, typed tags', async () => {
    const { traceId } = fixture('example_trace');
    // example_trace and default share a trace ID: the stored trace is both files' spans.
    const source = { traceId, spans: (await t.store.getTrace(traceId))!.spans };
    const { status, body } = await get<UiTrace[]>(`/api/traces/${traceId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 0, limit: 0, offset: 0, errors: null });
    expect(body.data).toHaveLength(1);
    const trace = body.data[0]!;
    expect(trace.traceID).toBe(shortId(source.traceId));
    expect(trace.spans.map((s) => s.spanID).sort()).toEqual(source.spans.map((s) => s.spanId).sort());
    for (const span of trace.spans) {
      const original = source.spans.find(
        (s) => s.spanId === span.spanID && s.operationName === span.operationName,
      )!;
      expect(trace.processes[span.processID]?.serviceName).toBe(original.process.serviceName);
      expect(span.operationName).toBe(original.operationName);
      expect(span.startTime).toBe(original.startTime);
      expect(span.duration).toBe(original.duration);
      expect(span.references.map((r) => r.spanID)).toEqual(original.references.map((r) => r.spanId));
      expect(span.tags.map((tag) => tag.key)).toEqual(original.tags.map((tag) => tag.key).sort());
    }
  });

  it('accepts short, upper-case IDs and start/end hints', async () => {
    const source = fixture('example_trace');
    const start = Math.min(...source.spans.map((s) => s.startTime));
    const { status } = await get(
      `/api/traces/${shortId(source.traceId).toUpperCase()}?start=${start}&end=${start + 1e9}`,
    );
    expect(status).toBe(200);
  });

  it('raw=true skips the adjusters (tags keep their stored order)', async () => {
    const base = fixture('example_trace').spans[0]!;
    const traceId = '0000000000000000000000000000beef' as typeof base.traceId;
    const tags = [
      { key: 'zeta', type: 'string', value: 'z' },
      { key: 'alpha', type: 'string', value: 'a' },
    ] as const;
    await t.store.writeSpans([{ ...base, traceId, references: [], tags }]);
    const raw = await get<UiTrace[]>(`/api/traces/${traceId}?raw=true`);
    expect(raw.body.data[0]!.spans[0]!.tags.map((tag) => tag.key)).toEqual(['zeta', 'alpha']);
    const adjusted = await get<UiTrace[]>(`/api/traces/${traceId}`);
    expect(adjusted.body.data[0]!.spans[0]!.tags.map((tag) => tag.key)).toEqual(['alpha', 'zeta']);
  });

  it("400 for a bad ID, with Jaeger's messages", async () => {
    const tooLong = 'a'.repeat(33);
    for (const [id, msg] of [
      ['xyz', 'strconv.ParseUint: parsing "xyz": invalid syntax'],
      [tooLong, `TraceID cannot be longer than 32 hex characters: ${tooLong}`],
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/traces/${id}` });
      expect(response.statusCode).toBe(400);
      expect(response.body).toBe(errorBody(400, msg!));
    }
  });

  it('400 for a bad start hint', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/traces/${fixture('example_trace').traceId}?start=x`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toBe(
      errorBody(400, 'unable to parse param \'start\': strconv.ParseInt: parsing "x": invalid syntax'),
    );
  });

  it("404 with Jaeger's body for a missing trace", async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/traces/00000000000000000000000000abcdef',
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(errorBody(404, 'trace not found'));
  });

  it('prettyPrint indents with 4 spaces', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/services?prettyPrint=true' });
    expect(response.body.startsWith('{\n    "data": [')).toBe(true);
    const compact = await t.app.inject({ method: 'GET', url: '/api/services?prettyPrint=false' });
    expect(compact.body.startsWith('{"data":[')).toBe(true);
  });
});

describe('POST /api/archive/{traceID} without archive storage', () => {
  it("500 'archive span storage was not configured', as Jaeger", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/archive/${fixture('example_trace').traceId}`,
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).toBe(errorBody(500, 'archive span storage was not configured'));
  });
});

describe('GET /api/dependencies', () => {
  // The fixtures hold no cross-service calls: add two traces where a calls b, and one where b calls c.
  beforeAll(async () => {
    const base = fixture('example_trace').spans[0]!;
    const now = Date.now() * 1000;
    const call = (trace: string, parent: string, child: string) => {
      const traceId = trace.padStart(32, '0') as typeof base.traceId;
      const root = {
        ...base,
        traceId,
        spanId: '00000000000000a1' as typeof base.spanId,
        startTime: now as typeof base.startTime,
        references: [],
        process: { serviceName: parent, tags: [] },
      };
      const sub = {
        ...root,
        spanId: '00000000000000a2' as typeof base.spanId,
        references: [{ refType: 'CHILD_OF' as const, traceId, spanId: root.spanId }],
        process: { serviceName: child, tags: [] },
      };
      return [root, sub];
    };
    await t.store.writeSpans([
      ...call('d1', 'dep-a', 'dep-b'),
      ...call('d2', 'dep-a', 'dep-b'),
      ...call('d3', 'dep-b', 'dep-c'),
    ]);
  });

  it('returns links summed per (parent, child) within endTs - lookback (ms)', async () => {
    const endTs = Date.now() + 1000;
    const { status, body } = await get<{ parent: string; child: string; callCount: number }[]>(
      `/api/dependencies?endTs=${endTs}&lookback=60000`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 0, limit: 0, offset: 0, errors: null });
    expect(body.data).toEqual(
      expect.arrayContaining([
        { parent: 'dep-a', child: 'dep-b', callCount: 2 },
        { parent: 'dep-b', child: 'dep-c', callCount: 1 },
      ]),
    );
    const old = await get<unknown[]>(`/api/dependencies?endTs=${endTs - 3_600_000}&lookback=60000`);
    expect(old.body.data).toEqual([]);
  });

  it('filters by service and defaults endTs to now and lookback to 24 h', async () => {
    const { status, body } = await get<{ parent: string; child: string }[]>(
      '/api/dependencies?service=dep-c',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual([{ parent: 'dep-b', child: 'dep-c', callCount: 1 }]);
  });

  it('400 for a bad endTs or lookback', async () => {
    for (const [url, msg] of [
      [
        '/api/dependencies?endTs=now',
        'unable to parse param \'endTs\': strconv.ParseInt: parsing "now": invalid syntax',
      ],
      [
        '/api/dependencies?lookback=1h',
        'unable to parse param \'lookback\': strconv.ParseInt: parsing "1h": invalid syntax',
      ],
    ]) {
      const response = await t.app.inject({ method: 'GET', url: url! });
      expect(response.statusCode).toBe(400);
      expect(response.body).toBe(errorBody(400, msg!));
    }
  });
});

describe('unknown API paths', () => {
  it('404 in the envelope rather than the UI page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect((JSON.parse(response.body) as Envelope).errors?.[0]?.code).toBe(404);
  });
});
