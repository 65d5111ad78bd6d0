import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { UiSpan, UiTrace } from '@spanstream/codec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isolatedPorts, startAllInOne } from './process.ts';
import type { RunningProcess } from './process.ts';

const FIXTURE = new URL('../../../fixtures/jaeger-storage/otlp/traces/example_trace.json', import.meta.url);

// A trace that exercises what example_trace.json lacks: typed attributes (an int64 beyond 2^53),
// a parent, a link, resource attributes beyond service.name, a named event with attributes.
const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const richTrace = {
  resourceSpans: [
    {
      resource: {
        attributes: [
          { key: 'service.name', value: { stringValue: 'checkout' } },
          { key: 'host.name', value: { stringValue: 'node-7' } },
        ],
      },
      scopeSpans: [
        {
          scope: { name: 'manual', version: '1.0.0' },
          spans: [
            {
              traceId: TRACE_ID,
              spanId: 'eee19b7ec3c1b174',
              name: 'GET /cart',
              kind: 2,
              startTimeUnixNano: '1700000000000000000',
              endTimeUnixNano: '1700000000250000000',
              attributes: [
                { key: 'http.method', value: { stringValue: 'GET' } },
                { key: 'http.status_code', value: { intValue: '200' } },
                { key: 'big', value: { intValue: '9007199254740993' } },
                { key: 'ratio', value: { doubleValue: 0.5 } },
                { key: 'cached', value: { boolValue: true } },
              ],
              events: [
                {
                  timeUnixNano: '1700000000100000000',
                  name: 'cache miss',
                  attributes: [{ key: 'key', value: { stringValue: 'cart:42' } }],
                },
              ],
              status: {},
            },
            {
              traceId: TRACE_ID,
              spanId: 'eee19b7ec3c1b175',
              parentSpanId: 'eee19b7ec3c1b174',
              name: 'SELECT cart',
              kind: 3,
              startTimeUnixNano: '1700000000010000000',
              endTimeUnixNano: '1700000000200000000',
              links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' }],
              status: { code: 2, message: 'timeout' },
            },
          ],
        },
      ],
    },
  ],
};

// OTLP values Jaeger's model has no type for, in every place an attribute can be: Jaeger v2's
// memory store keeps them typed in api_v3 answers; its v1 API shows the translator's JSON text.
const STRUCTURED_TRACE_ID = '7c9e6679742540de944be07fc1f90ae7';
const list = {
  arrayValue: {
    values: [
      { stringValue: '<a>' },
      { intValue: '9007199254740993' },
      { doubleValue: 1.5 },
      { boolValue: true },
      { bytesValue: 'AQI=' },
      {},
      { arrayValue: {} },
    ],
  },
};
const map = {
  kvlistValue: {
    values: [
      { key: 'b', value: { arrayValue: { values: [{ stringValue: 'x' }] } } },
      { key: 'a', value: { kvlistValue: {} } },
    ],
  },
};
const LIST_TEXT = '["\\u003ca\\u003e",9007199254740993,1.5,true,"AQI=",null,[]]';
const MAP_TEXT = '{"a":{},"b":["x"]}';
const structuredTrace = {
  resourceSpans: [
    {
      resource: {
        attributes: [
          { key: 'service.name', value: { stringValue: 'structured' } },
          { key: 'resource.list', value: list },
        ],
      },
      scopeSpans: [
        {
          scope: { name: 'lib', attributes: [{ key: 'scope.map', value: map }] },
          spans: [
            {
              traceId: STRUCTURED_TRACE_ID,
              spanId: 'eee19b7ec3c1b174',
              name: 'structured',
              startTimeUnixNano: '1700000000000000000',
              endTimeUnixNano: '1700000000250000000',
              attributes: [
                { key: 'span.list', value: list },
                { key: 'span.map', value: map },
                { key: 'span.bytes', value: { bytesValue: 'AQI=' } },
                { key: 'span.none', value: {} },
              ],
              events: [
                {
                  timeUnixNano: '1700000000100000000',
                  name: 'e',
                  attributes: [{ key: 'event.list', value: list }],
                },
              ],
              links: [
                {
                  traceId: '0af7651916cd43dd8448eb211c80319c',
                  spanId: 'b7ad6b7169203331',
                  attributes: [{ key: 'link.map', value: map }],
                },
              ],
              status: {},
            },
          ],
        },
      ],
    },
  ],
};

const tag = (span: UiSpan | undefined, key: string): unknown => span?.tags.find((t) => t.key === key)?.value;

// Each test starts the real process (Node startup plus module loading: a few seconds on a busy 2-core box).
describe('all-in-one process', { timeout: 60_000 }, () => {
  let running: RunningProcess | undefined;
  afterEach(async () => {
    if (running !== undefined && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    running = undefined;
  });

  async function start(extraArgs: readonly string[] = []) {
    const ports = await isolatedPorts();
    running = startAllInOne([...ports.args, '--log-level=info', ...extraArgs]);
    const admin = `http://127.0.0.1:${ports.admin}`;
    await vi.waitFor(
      async () => {
        if (running!.child.exitCode !== null)
          throw new Error(`exited early: ${JSON.stringify(running!.logs.at(-3))} ${running!.stderr()}`);
        const response = await fetch(`${admin}/`);
        expect(response.status).toBe(200);
      },
      { timeout: 30_000, interval: 100 },
    );
    return {
      otlp: `http://127.0.0.1:${ports.otlpHttp}`,
      query: `http://127.0.0.1:${ports.query}`,
      admin,
      process: running,
    };
  }

  async function postOtlpJson(otlp: string, body: string): Promise<Response> {
    return fetch(`${otlp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  }

  async function getTrace(
    query: string,
    id: string,
    spans: number,
  ): Promise<{ trace: UiTrace; raw: string }> {
    // The collector acknowledges before its workers write: poll until every span is queryable.
    let result: { trace: UiTrace; raw: string } | undefined;
    await vi.waitFor(
      async () => {
        const response = await fetch(`${query}/api/traces/${id}`);
        expect(response.status).toBe(200);
        const raw = await response.text();
        const body = JSON.parse(raw) as { data: UiTrace[]; errors: unknown };
        expect(body.errors).toBeNull();
        expect(body.data[0]?.spans).toHaveLength(spans);
        result = { trace: body.data[0]!, raw };
      },
      { timeout: 10_000, interval: 100 },
    );
    return result!;
  }

  it('ingests example_trace.json over OTLP/HTTP and serves every span from /api/traces/{id}', async () => {
    const { otlp, query } = await start();
    const fixture = readFileSync(FIXTURE, 'utf8');
    const response = await postOtlpJson(otlp, fixture);
    expect(response.status).toBe(200);

    const expected = (
      JSON.parse(fixture) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue: string } }[] };
          scopeSpans: {
            spans: { spanId: string; name: string; kind?: number; startTimeUnixNano: string }[];
          }[];
        }[];
      }
    ).resourceSpans.flatMap((rs) =>
      rs.scopeSpans.flatMap((ss) =>
        ss.spans.map((span) => ({
          ...span,
          service: rs.resource.attributes.find((a) => a.key === 'service.name')!.value.stringValue,
        })),
      ),
    );
    const { trace } = await getTrace(query, '00000000000000000000000000000011', expected.length);
    // Jaeger prints a trace ID whose high 64 bits are zero as 16 hex digits (model.TraceID.String()).
    expect(trace.traceID).toBe('0000000000000011');
    for (const want of expected) {
      const span = trace.spans.find((s) => s.spanID === want.spanId);
      expect(span, want.spanId).toMatchObject({
        traceID: '0000000000000011',
        operationName: want.name,
        startTime: Number(BigInt(want.startTimeUnixNano) / 1000n),
        duration: 100,
        references: [],
      });
      expect(trace.processes[span!.processID]?.serviceName).toBe(want.service);
      expect(span!.logs.map((l) => l.timestamp)).toEqual([1485449191639875, 1485449191639875]);
      const kind = { 2: 'server', 3: 'client' }[want.kind ?? 0];
      expect(tag(span, 'span.kind')).toBe(kind);
    }
  });

  it('keeps typed tags, references, logs and process tags of a richer trace', async () => {
    const { otlp, query } = await start();
    expect((await postOtlpJson(otlp, JSON.stringify(richTrace))).status).toBe(200);
    const { trace, raw } = await getTrace(query, TRACE_ID, 2);
    const server = trace.spans.find((s) => s.spanID === 'eee19b7ec3c1b174');
    const client = trace.spans.find((s) => s.spanID === 'eee19b7ec3c1b175');
    expect(server).toMatchObject({
      operationName: 'GET /cart',
      startTime: 1700000000000000,
      duration: 250000,
    });
    expect(server?.tags).toEqual(
      expect.arrayContaining([
        { key: 'http.method', type: 'string', value: 'GET' },
        { key: 'http.status_code', type: 'int64', value: 200 },
        { key: 'ratio', type: 'float64', value: 0.5 },
        { key: 'cached', type: 'bool', value: true },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'otel.scope.name', type: 'string', value: 'manual' },
      ]),
    );
    // 2^53 + 1 must survive exactly (as a JSON number or string), not as 9007199254740992.
    expect(raw).toMatch(/"key":"big","type":"int64","value":"?9007199254740993"?/);
    expect(server?.logs).toEqual([
      {
        timestamp: 1700000000100000,
        fields: expect.arrayContaining([
          { key: 'event', type: 'string', value: 'cache miss' },
          { key: 'key', type: 'string', value: 'cart:42' },
        ]) as unknown,
      },
    ]);
    expect(client?.references).toEqual([
      { refType: 'CHILD_OF', traceID: TRACE_ID, spanID: 'eee19b7ec3c1b174' },
      { refType: 'FOLLOWS_FROM', traceID: '0af7651916cd43dd8448eb211c80319c', spanID: 'b7ad6b7169203331' },
    ]);
    expect(tag(client, 'error')).toBe(true);
    expect(tag(client, 'otel.status_code')).toBe('ERROR');
    const process = trace.processes[server!.processID];
    expect(process?.serviceName).toBe('checkout');
    expect(process?.tags).toEqual(
      expect.arrayContaining([{ key: 'host.name', type: 'string', value: 'node-7' }]),
    );
    expect(client?.processID).toBe(server?.processID);
  });

  it('answers arrays, maps, bytes and empty values typed over api_v3 and as JSON text over the v1 API', async () => {
    const { otlp, query } = await start();
    expect((await postOtlpJson(otlp, JSON.stringify(structuredTrace))).status).toBe(200);
    const { trace } = await getTrace(query, STRUCTURED_TRACE_ID, 1);
    const span = trace.spans[0]!;
    const text = (key: string) => ({
      key,
      type: 'string',
      value: key.endsWith('.map') ? MAP_TEXT : LIST_TEXT,
    });
    expect(span.tags).toEqual(
      expect.arrayContaining([
        text('span.list'),
        text('span.map'),
        text('scope.map'),
        { key: 'span.bytes', type: 'binary', value: 'AQI=' },
        { key: 'span.none', type: 'string', value: '' },
      ]),
    );
    expect(span.logs[0]?.fields).toContainEqual(text('event.list'));
    expect(trace.processes[span.processID]?.tags).toContainEqual(text('resource.list'));

    type Attributes = { key: string; value: unknown }[];
    interface V3Span {
      attributes: Attributes;
      events: { attributes: Attributes }[];
      links: { attributes: Attributes }[];
    }
    interface V3Answer {
      result: {
        resourceSpans: {
          resource: { attributes: Attributes };
          scopeSpans: { scope: { attributes: Attributes }; spans: V3Span[] }[];
        }[];
      };
    }
    const valueOf = (attributes: Attributes | undefined, key: string) =>
      attributes?.find((attribute) => attribute.key === key)?.value;
    const from = new Date(1_699_999_999_000).toISOString();
    const to = new Date(1_700_000_001_000).toISOString();
    const answers = [
      `${query}/api/v3/traces/${STRUCTURED_TRACE_ID}`,
      `${query}/api/v3/traces?query.service_name=structured&query.start_time_min=${from}&query.start_time_max=${to}`,
    ];
    for (const url of answers) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const [resourceSpans] = ((await response.json()) as V3Answer).result.resourceSpans;
      const [scopeSpans] = resourceSpans?.scopeSpans ?? [];
      const v3 = scopeSpans?.spans[0];
      expect(valueOf(resourceSpans?.resource.attributes, 'resource.list')).toEqual(list);
      expect(valueOf(scopeSpans?.scope.attributes, 'scope.map')).toEqual(map);
      expect(valueOf(v3?.attributes, 'span.list')).toEqual(list);
      expect(valueOf(v3?.attributes, 'span.map')).toEqual(map);
      expect(valueOf(v3?.attributes, 'span.bytes')).toEqual({ bytesValue: 'AQI=' });
      expect(valueOf(v3?.attributes, 'span.none')).toEqual({});
      expect(valueOf(v3?.events[0]?.attributes, 'event.list')).toEqual(list);
      expect(valueOf(v3?.links[0]?.attributes, 'link.map')).toEqual(map);
    }
  });

  it('answers the Jaeger API and admin endpoints, then exits 0 on SIGTERM', async () => {
    // An empty address turns a receiver off (Jaeger's convention); the last of a repeated flag wins.
    const { otlp, query, admin, process } = await start([
      '--collector.zipkin.host-port=',
      '--collector.tags=cluster=eu-1',
    ]);
    expect((await postOtlpJson(otlp, JSON.stringify(richTrace))).status).toBe(200);
    await vi.waitFor(async () => {
      const services = (await (await fetch(`${query}/api/services`)).json()) as { data: string[] };
      expect(services.data).toContain('checkout');
    });
    expect(process.logs).toContainEqual(
      expect.objectContaining({
        msg: 'all-in-one ready',
        ports: expect.objectContaining({
          admin: Number(new URL(admin).port),
          'collector.otlpHttp': Number(new URL(otlp).port),
        }) as unknown,
      }),
    );
    // One line with the UI's address, as a person reads it and as a field of the JSON log.
    const uiLine = process.logs.find((line) => String(line['msg']).startsWith('Spanstream UI: '));
    expect(uiLine?.['ui']).toBe(`http://localhost:${new URL(query).port}/`);
    expect(uiLine?.['msg']).toBe(`Spanstream UI: ${String(uiLine?.['ui'])}`);
    const ready = process.logs.find((line) => line['msg'] === 'all-in-one ready');
    expect(Object.keys(ready?.['ports'] as object)).not.toContain('collector.zipkin');
    expect(Object.keys(ready?.['ports'] as object)).toContain('collector.jaegerHttp');
    // --collector.tags reach every process of every span written.
    const { trace } = await getTrace(query, TRACE_ID, 2);
    expect(Object.values(trace.processes)[0]?.tags).toEqual(
      expect.arrayContaining([{ key: 'cluster', type: 'string', value: 'eu-1' }]),
    );
    const health = (await (await fetch(`${admin}/`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'Server available', upSince: expect.any(String) as string });
    const metrics = await (await fetch(`${admin}/metrics`)).text();
    expect(metrics).toContain('jaeger_collector_spans_received_total');
    expect(metrics).toContain('process_resident_memory_bytes');

    process.child.kill('SIGTERM');
    expect(await process.exited).toBe(0);
    expect(process.logs).toContainEqual(expect.objectContaining({ msg: 'stopped', exitCode: 0 }));
  });

  it('answers bad input with 4xx and keeps serving', async () => {
    const { otlp, query } = await start();
    const malformed = await postOtlpJson(otlp, '{"resourceSpans": [');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toBe('');
    const garbage = await fetch(`${otlp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]),
    });
    expect(garbage.status).toBe(400);
    // 20 MiB once inflated, 20 KiB on the wire: the limit applies to decompressed bytes. (A raw 20 MiB body
    // gets its 413 too, but the server closes while the client still writes, so a client may see a reset
    // instead of the answer: not a deterministic test.)
    const bomb = await fetch(`${otlp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ resourceSpans: [], pad: 'x'.repeat(20 * 1024 * 1024) })),
    });
    expect(bomb.status).toBe(413);
    const emptyTraceId = structuredClone(richTrace);
    emptyTraceId.resourceSpans[0]!.scopeSpans[0]!.spans[1]!.traceId = '';
    const partial = await postOtlpJson(otlp, JSON.stringify(emptyTraceId));
    // OTLP partial success: 200, the bad span counted as rejected with its reason.
    expect(partial.status).toBe(200);
    expect(await partial.json()).toMatchObject({
      partialSuccess: { rejectedSpans: '1', errorMessage: expect.stringContaining('trace ID') as string },
    });
    // The valid neighbour of the span with an empty trace ID is kept.
    const { trace } = await getTrace(query, TRACE_ID, 1);
    expect(trace.spans[0]?.spanID).toBe('eee19b7ec3c1b174');
  });

  it('refuses a bad flag, naming the key and source, with exit code 1', async () => {
    running = startAllInOne(['--memory.max-traces=lots', '--collector.otlp.http.host-port', ':99999']);
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(
      '--memory.max-traces (flag): invalid value "lots": expected an integer',
    );
    expect(running.stderr()).toContain('--collector.otlp.http.host-port (flag): invalid value ":99999"');
  });

  it('refuses an unknown env var with a known prefix', async () => {
    running = startAllInOne([], { MEMORY_MAX_TRACE: '10' });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(
      'MEMORY_MAX_TRACE (env): unknown environment variable (did you mean MEMORY_MAX_TRACES?)',
    );
  });

  it('prints its options on --help and exits 0', async () => {
    running = startAllInOne(['--help']);
    expect(await running.exited).toBe(0);
    const text = running.logs.map((line) => line['unparsed']).join('\n');
    expect(text).toContain('Usage: spanstream-all-in-one');
    expect(text).toContain('--memory.max-traces int');
    expect(text).toContain('[env SPAN_STORAGE_TYPE]');
  });

  it('exits 1 when a port is taken, leaving the running instance unaffected', async () => {
    const ports = await isolatedPorts();
    const first = startAllInOne(ports.args);
    running = first;
    await vi.waitFor(
      async () => {
        expect((await fetch(`http://127.0.0.1:${ports.admin}/`)).status).toBe(200);
      },
      {
        timeout: 30_000,
      },
    );
    const second = startAllInOne(
      ports.args.map((a) => (a.startsWith('--admin') ? '--admin.http.host-port=127.0.0.1:0' : a)),
    );
    expect(await second.exited).toBe(1);
    // One line naming the flag and env var that move the taken listener (issue 19, newcomer path).
    expect(second.logs).toContainEqual(
      expect.objectContaining({
        msg: expect.stringMatching(
          /^port \d+ is already in use .* move this listener with --[a-z.-]+host-port \(env [A-Z_]+\)/,
        ) as unknown,
      }),
    );
    // The first instance is unaffected.
    expect((await fetch(`http://127.0.0.1:${ports.admin}/`)).status).toBe(200);
  });
});
