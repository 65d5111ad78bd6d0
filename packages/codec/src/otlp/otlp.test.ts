import type { Span } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import { describe, expect, it } from 'vitest';
import { CodecError, decodeOtlpTraces, encodeOtlpTraces, fromOtlpJson, toOtlpJson } from '../index.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
const TRACE = '5b8efff798038103d269b633813fc60c';
const SPAN = 'eee19b7ec3c1b174';

const request = (spans: unknown[], resource: unknown = { attributes: [svc('checkout')] }): unknown => ({
  resourceSpans: [{ resource, scopeSpans: [{ scope: { name: 'io.lib', version: '1.2' }, spans }] }],
});
const svc = (name: string): unknown => ({ key: 'service.name', value: { stringValue: name } });
const span = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  traceId: TRACE,
  spanId: SPAN,
  name: 'GET /cart',
  startTimeUnixNano: '1700000000000001999',
  endTimeUnixNano: '1700000000250002999',
  ...extra,
});
const only = (body: unknown): Span => {
  const { spans, rejected } = fromOtlpJson(body);
  expect(rejected).toEqual([]);
  expect(spans).toHaveLength(1);
  return spans[0]!;
};

describe('OTLP to the Jaeger model', () => {
  it('maps kind, status, trace state, scope and dropped counts to the tags Jaeger uses', () => {
    const result = only(
      request([
        span({
          kind: 'SPAN_KIND_SERVER',
          traceState: 'rojo=00f067aa0ba902b7',
          status: { code: 2, message: 'boom' },
          attributes: [{ key: 'http.status_code', value: { intValue: 500 } }],
          droppedAttributesCount: 3,
          flags: 0x301,
        }),
      ]),
    );
    expect(result.tags).toEqual([
      { key: 'otel.scope.name', type: 'string', value: 'io.lib' },
      { key: 'otel.scope.version', type: 'string', value: '1.2' },
      { key: 'http.status_code', type: 'int64', value: 500n },
      { key: 'span.kind', type: 'string', value: 'server' },
      { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      { key: 'error', type: 'bool', value: true },
      { key: 'otel.status_description', type: 'string', value: 'boom' },
      { key: 'w3c.tracestate', type: 'string', value: 'rojo=00f067aa0ba902b7' },
      { key: 'otel.dropped_attributes_count', type: 'int64', value: 3n },
    ]);
    expect(result.flags).toBe(0x301);
    // Jaeger's model is in microseconds: sub-µs digits are truncated.
    expect(result.startTime).toBe(1_700_000_000_000_001);
    expect(result.duration).toBe(250_001);
    expect(result.process).toEqual({ serviceName: 'checkout', tags: [] });
  });

  it('turns events into logs with the name in the `event` field, and the parent into a CHILD_OF reference', () => {
    const result = only(
      request([
        span({
          parentSpanId: '0000000000000abc',
          events: [
            {
              timeUnixNano: '1700000000100000000',
              name: 'retry',
              attributes: [{ key: 'n', value: { intValue: '2' } }],
            },
          ],
          links: [{ traceId: TRACE, spanId: '0000000000000def' }],
        }),
      ]),
    );
    expect(result.logs).toEqual([
      {
        timestamp: 1_700_000_000_100_000,
        fields: [
          { key: 'event', type: 'string', value: 'retry' },
          { key: 'n', type: 'int64', value: 2n },
        ],
      },
    ]);
    expect(result.references).toEqual([
      { refType: 'CHILD_OF', traceId: TRACE, spanId: '0000000000000abc' },
      { refType: 'FOLLOWS_FROM', traceId: TRACE, spanId: '0000000000000def', tags: [] },
    ]);
  });

  it('merges a link to the parent into ONE reference of the link type, as Jaeger does', () => {
    const parent = '0000000000000abc';
    const refs = (links: unknown[]) => only(request([span({ parentSpanId: parent, links })])).references;
    const parentId = parent as Span['spanId'];
    expect(refs([{ traceId: TRACE, spanId: parent }])).toEqual([
      { refType: 'FOLLOWS_FROM', traceId: TRACE, spanId: parentId },
    ]);
    const childOf = [{ key: 'opentracing.ref_type', value: { stringValue: 'child_of' } }];
    expect(refs([{ traceId: TRACE, spanId: parent, attributes: childOf }])).toEqual([
      { refType: 'CHILD_OF', traceId: TRACE, spanId: parentId },
    ]);
    // Attributes Jaeger would drop keep the link a reference of its own.
    const rich = [{ key: 'why', value: { stringValue: 'retry' } }];
    expect(refs([{ traceId: TRACE, spanId: parent, attributes: rich }])).toHaveLength(2);
    // And back to OTLP: the FOLLOWS_FROM parent is the parent, and a link with its type.
    const followsFrom = [{ key: 'opentracing.ref_type', value: { stringValue: 'follows_from' } }];
    const model = only(
      request([
        span({ parentSpanId: parent, links: [{ traceId: TRACE, spanId: parent, attributes: followsFrom }] }),
      ]),
    );
    const out = toOtlpJson([model]) as {
      resourceSpans: { scopeSpans: { spans: { parentSpanId: string; links: unknown[] }[] }[] }[];
    };
    const back = out.resourceSpans[0]!.scopeSpans[0]!.spans[0]!;
    expect(back.parentSpanId).toBe(parent);
    expect(back.links).toEqual([{ traceId: TRACE, spanId: parent, attributes: followsFrom }]);
  });

  it('names a resource without attributes as Jaeger does, and keeps 64-bit integers exact', () => {
    const big = '-9223372036854775808';
    const result = only(request([span({ attributes: [{ key: 'big', value: { intValue: big } }] })], {}));
    expect(result.process.serviceName).toBe('OTLPResourceNoServiceName');
    expect(result.tags).toContainEqual({ key: 'big', type: 'int64', value: BigInt(big) });
  });

  it('writes arrays and maps as JSON text, as the OpenTelemetry translator does', () => {
    const value = {
      kvlistValue: {
        values: [
          { key: 'b', value: { arrayValue: { values: [{ intValue: '1' }, { stringValue: 'x' }] } } },
          { key: 'a', value: { boolValue: true } },
        ],
      },
    };
    const result = only(request([span({ attributes: [{ key: 'm', value }] })]));
    expect(result.tags).toContainEqual(
      expect.objectContaining({ key: 'm', type: 'string', value: '{"a":true,"b":[1,"x"]}' }),
    );
  });

  it('sends arrays, maps, bytes and empty values back to OTLP as received, in JSON and protobuf', () => {
    const attributes = [
      {
        key: 'm',
        value: {
          kvlistValue: {
            values: [
              {
                key: 'b',
                value: { arrayValue: { values: [{ intValue: '9007199254740993' }, { bytesValue: 'AQI=' }] } },
              },
              { key: 'a', value: { boolValue: true } },
              { key: 'e', value: { arrayValue: {} } },
            ],
          },
        },
      },
      { key: 'list', value: { arrayValue: { values: [{ stringValue: 'x' }, { doubleValue: 1.5 }, {}] } } },
      { key: 'raw', value: { bytesValue: 'AQI=' } },
      { key: 'none', value: {} },
    ];
    const result = only(request([span({ attributes })]));
    const json = toOtlpJson([result]);
    const spans = (json.resourceSpans[0]!['scopeSpans'] as { spans: { attributes: unknown }[] }[])[0]!.spans;
    expect(spans[0]!.attributes).toEqual(attributes);
    const again = decodeOtlpTraces(encodeOtlpTraces([result]));
    expect(again.spans).toEqual([result]);
    expect(toOtlpJson(again.spans)).toEqual(json);
  });

  it('groups spans back by resource and scope on the way out', () => {
    const body = {
      resourceSpans: [
        {
          resource: { attributes: [svc('a')] },
          scopeSpans: [{ scope: { name: 's' }, spans: [span(), span()] }],
        },
        { resource: { attributes: [svc('b')] }, scopeSpans: [{ scope: {}, spans: [span()] }] },
      ],
    };
    const json = toOtlpJson(fromOtlpJson(body).spans);
    expect(json.resourceSpans).toHaveLength(2);
    expect(json.resourceSpans[0]).toMatchObject({ scopeSpans: [{ scope: { name: 's' }, spans: [{}, {}] }] });
    expect(json.resourceSpans[1]).toMatchObject({
      scopeSpans: [{ scope: {}, spans: [{ name: 'GET /cart' }] }],
    });
  });

  it('reads enum names and numbers and int64 as strings or numbers alike', () => {
    const a = only(request([span({ kind: 3, status: { code: 'STATUS_CODE_OK' } })]));
    const b = only(request([span({ kind: 'SPAN_KIND_CLIENT', status: { code: 1 } })]));
    expect(a).toEqual(b);
  });
});

describe('bad OTLP input', () => {
  it('rejects a span with a non-integer intValue inside an array or a key-value list', () => {
    const nested = {
      kvlistValue: { values: [{ key: 'k', value: { arrayValue: { values: [{ intValue: 'abc' }] } } }] },
    };
    const { spans, rejected } = fromOtlpJson(request([span({ attributes: [{ key: 'm', value: nested }] })]));
    expect(spans).toEqual([]);
    expect(rejected.map((r) => r.reason)).toEqual([
      'attributes[0].value.kvlistValue.values[0].value.arrayValue.values[0].intValue must be an integer (a number or a decimal string)',
    ]);
  });

  it('rejects only the span with an empty or invalid trace ID and keeps its neighbours', () => {
    const { spans, rejected } = fromOtlpJson(
      request([
        span(),
        span({ traceId: '' }),
        span({ spanId: 'zz' }),
        span({ traceId: '0'.repeat(32) }),
        span(),
      ]),
    );
    expect(spans).toHaveLength(2);
    expect(rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(rejected[0]!.reason).toMatch(/trace ID/);
    expect(rejected[1]!.reason).toMatch(/spanId/);
  });

  it('rejects a span with a field of the wrong type, with the field in the reason', () => {
    const { spans, rejected } = fromOtlpJson(request([span({ attributes: 'nope' }), span()]));
    expect(spans).toHaveLength(1);
    expect(rejected).toEqual([{ index: 0, reason: expect.stringMatching(/attributes/) as unknown }]);
  });

  it('rejects a span whose 64-bit integers are not integers, instead of reading them as 0', () => {
    const { spans, rejected } = fromOtlpJson(
      request([
        span({ startTimeUnixNano: 'soon' }),
        span({ attributes: [{ key: 'n', value: { intValue: '12abc' } }] }),
        span({ events: [{ timeUnixNano: 1.5 }] }),
        span(),
      ]),
    );
    expect(spans).toHaveLength(1);
    expect(rejected).toEqual([
      { index: 0, reason: 'startTimeUnixNano must be an integer (a number or a decimal string)' },
      { index: 1, reason: 'attributes[0].value.intValue must be an integer (a number or a decimal string)' },
      { index: 2, reason: 'events[0].timeUnixNano must be an integer (a number or a decimal string)' },
    ]);
  });

  it('throws CodecError for a body that is not a request', () => {
    expect(() => fromOtlpJson('{"resourceSpans":')).toThrow(CodecError);
    expect(() => fromOtlpJson('[]')).toThrow(/must be a JSON object/);
    expect(() => fromOtlpJson({ resourceSpans: {} })).toThrow(/must be an array/);
    expect(() => fromOtlpJson({ resourceSpans: [{ scopeSpans: [{ spans: 3 }] }] })).toThrow(
      /spans must be an array/,
    );
  });

  it('throws CodecError for truncated protobuf, and rejects a 15-byte trace ID alone', () => {
    const good = encodeOtlpTraces(fromOtlpJson(request([span()])).spans);
    expect(() => decodeOtlpTraces(good.subarray(0, good.length - 3))).toThrow(CodecError);
    const bytes = ExportTraceServiceRequest.encode({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                { traceId: new Uint8Array(15).fill(1), spanId: new Uint8Array(8).fill(1) },
                { traceId: new Uint8Array(16).fill(1), spanId: new Uint8Array(8).fill(1) },
              ],
            },
          ],
        },
      ],
    }).finish();
    const { spans, rejected } = decodeOtlpTraces(bytes);
    expect(spans).toHaveLength(1);
    expect(rejected).toEqual([{ index: 0, reason: 'invalid trace ID: want 16 bytes, not all zero' }]);
  });

  it('decodes an empty request to nothing', () => {
    expect(decodeOtlpTraces(new Uint8Array(0))).toEqual({ spans: [], rejected: [] });
    expect(fromOtlpJson({})).toEqual({ spans: [], rejected: [] });
  });
});
