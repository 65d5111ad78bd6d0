import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromOtlpJson } from './otlp.ts';
import { buildTrace } from './trace.ts';
import { parseTraceFile } from './upload.ts';

const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../fixtures/jaeger-storage/otlp/traces',
);
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('fromOtlpJson', () => {
  it('converts the shared span_tags fixture with typed tags and µs times', () => {
    const [trace] = fromOtlpJson(JSON.parse(fixture('span_tags_trace.json')) as never);
    expect(trace!.traceID).toBe('0000000000000001');
    const span = trace!.spans[0]!;
    expect(span).toMatchObject({ spanID: '0000000000000002', operationName: 'some-operation' });
    expect(span.startTime).toBe(1485449191639875);
    expect(span.duration).toBe(7);
    expect(span.tags).toEqual(
      expect.arrayContaining([
        { key: 'sameplacetag1', type: 'string', value: 'sameplacevalue' },
        { key: 'sameplacetag2', type: 'int64', value: 123 },
        { key: 'sameplacetag3', type: 'float64', value: 72.5 },
        { key: 'sameplacetag4', type: 'bool', value: true },
        { key: 'blob', type: 'binary', value: 'AAAwOQ==' },
      ]),
    );
    expect(trace!.processes[span.processID]!.serviceName).toBe('query01-service');
  });

  it('maps links to references, honouring opentracing.ref_type', () => {
    const [trace] = fromOtlpJson(JSON.parse(fixture('link_attributes_trace.json')) as never);
    const span = trace!.spans.find((s) => s.references?.length)!;
    expect(span.references).toEqual(
      expect.arrayContaining([
        { refType: 'CHILD_OF', traceID: '00000000000000ff', spanID: '00000000000000ff' },
        { refType: 'FOLLOWS_FROM', traceID: '0000000000000001', spanID: '0000000000000002' },
      ]),
    );
  });

  it('maps parentSpanId, kind, status, events, scope and large int64', () => {
    const [trace] = fromOtlpJson({
      resourceSpans: [
        {
          resource: {
            attributes: [
              { key: 'service.name', value: { stringValue: 'svc' } },
              { key: 'host', value: { stringValue: 'h' } },
            ],
          },
          scopeSpans: [
            {
              scope: { name: 'lib', version: '1.0' },
              spans: [
                {
                  traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==',
                  spanId: 'AAAAAAAAAAI=',
                  parentSpanId: '0000000000000001',
                  name: 'op',
                  kind: 2,
                  startTimeUnixNano: '1485449191639875000',
                  endTimeUnixNano: '1485449191639885000',
                  attributes: [{ key: 'big', value: { intValue: '9223372036854775807' } }],
                  events: [
                    {
                      timeUnixNano: '1485449191639876000',
                      name: 'retry',
                      attributes: [{ key: 'n', value: { intValue: 2 } }],
                    },
                  ],
                  status: { code: 2, message: 'boom' },
                  traceState: 'vendor=x',
                },
              ],
            },
          ],
        },
      ],
    });
    const span = trace!.spans[0]!;
    expect(span.traceID).toBe('0000000000000001');
    expect(span.spanID).toBe('0000000000000002');
    expect(span.references).toEqual([
      { refType: 'CHILD_OF', traceID: '0000000000000001', spanID: '0000000000000001' },
    ]);
    expect(span.tags).toEqual(
      expect.arrayContaining([
        { key: 'big', type: 'int64', value: '9223372036854775807' },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'error', type: 'bool', value: true },
        { key: 'otel.status_description', type: 'string', value: 'boom' },
        { key: 'otel.scope.name', type: 'string', value: 'lib' },
        { key: 'w3c.tracestate', type: 'string', value: 'vendor=x' },
      ]),
    );
    expect(span.logs).toEqual([
      {
        timestamp: 1485449191639876,
        fields: [
          { key: 'event', type: 'string', value: 'retry' },
          { key: 'n', type: 'int64', value: 2 },
        ],
      },
    ]);
    expect(trace!.processes.p1).toEqual({
      serviceName: 'svc',
      tags: [{ key: 'host', type: 'string', value: 'h' }],
    });
  });
});

describe('parseTraceFile', () => {
  it('accepts OTLP JSON and builds a tree across resources', () => {
    const result = parseTraceFile(fixture('example_trace.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.traces).toHaveLength(1);
    const t = buildTrace(result.traces[0]!);
    expect(t.services.map((s) => s.name)).toEqual([
      'example-service-1',
      'example-service-2',
      'example-service-3',
    ]);
    expect(t.spans).toHaveLength(5);
  });

  it('accepts Jaeger UI JSON ({data: [...]}) as returned by /api/traces', () => {
    const doc = { data: [{ traceID: 'a1', spans: [], processes: {} }] };
    expect(parseTraceFile(JSON.stringify(doc))).toEqual({ ok: true, traces: doc.data });
  });

  it('accepts JSON Lines and merges spans of one trace from several lines', () => {
    const line = (spanId: string, svc: string): string =>
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: svc } }] },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: '0000000000000000000000000000000a',
                    spanId,
                    name: 'x',
                    startTimeUnixNano: '1000',
                    endTimeUnixNano: '2000',
                  },
                ],
              },
            ],
          },
        ],
      });
    const result = parseTraceFile(`${line('0000000000000001', 'a')}\n${line('0000000000000002', 'b')}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.traces).toHaveLength(1);
    const services = buildTrace(result.traces[0]!).services.map((s) => s.name);
    expect(services).toEqual(['a', 'b']);
  });

  it('returns an error value for invalid or unknown documents', () => {
    const errorOf = (text: string): string | undefined => {
      const r = parseTraceFile(text);
      return r.ok ? undefined : r.error;
    };
    expect(errorOf('{oops')).toMatch(/invalid JSON/);
    expect(errorOf('{"hello": 1}')).toMatch(/expected Jaeger UI JSON/);
    expect(errorOf('{"data": []}')).toBe('the file holds no traces');
    expect(errorOf('{"a":1}\n{bad')).toMatch(/line 2/);
  });
});
