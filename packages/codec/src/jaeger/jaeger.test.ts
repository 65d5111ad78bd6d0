import type { Process, Span, TraceId } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import { describe, expect, it } from 'vitest';
import {
  CodecError,
  decodeJaegerSpan,
  encodeJaegerSpan,
  fromJaegerModelJson,
  fromJaegerModelJsonSpan,
  fromJaegerUiTrace,
  toJaegerModelJson,
  toJaegerProtoSpan,
  toJaegerUiTrace,
  toOtlpTraces,
} from '../index.ts';
import { goldenModelJsonSpan, goldenSpan, goldenUiSpan } from '../testing/golden-span.ts';

const span: Span = {
  ...goldenSpan,
  tags: [
    { key: 'http.status_code', type: 'int64', value: 200n },
    { key: 'span.kind', type: 'string', value: 'server' },
    { key: 'big', type: 'int64', value: 2n ** 60n },
    { key: 'blob', type: 'binary', value: new Uint8Array([0, 0, 48, 57]) },
  ],
};
const process: Process = span.process;

describe('Jaeger proto-JSON (Kafka `json` encoding)', () => {
  it('writes what gogo jsonpb writes for model.Span', () => {
    expect(toJaegerModelJson(span)).toEqual({
      ...goldenModelJsonSpan,
      tags: [
        { key: 'http.status_code', vType: 'INT64', vInt64: '200' },
        { key: 'span.kind', vStr: 'server' },
        { key: 'big', vType: 'INT64', vInt64: '1152921504606846976' },
        { key: 'blob', vType: 'BINARY', vBinary: 'AAAwOQ==' },
      ],
      logs: [{ timestamp: '2017-01-26T16:46:31.639875Z', fields: [{ key: 'event', vStr: 'retry' }] }],
    });
  });

  it('reads snake_case names, enum numbers, Go durations and time zone offsets', () => {
    const { spans, rejected } = fromJaegerModelJsonSpan({
      trace_id: 'AAAAAAAAAAAAAAAAAAAAEQ==',
      span_id: 'AAAAAAAAAAM=',
      operation_name: 'GET /x',
      references: [{ trace_id: 'AAAAAAAAAAAAAAAAAAAAEQ==', span_id: 'AAAAAAAAAAI=', ref_type: 0 }],
      flags: 1,
      start_time: '2017-01-26T17:46:31.639875+01:00',
      duration: '100us',
      tags: [
        { key: 'http.status_code', v_type: 2, v_int64: 200 },
        { key: 'span.kind', v_str: 'server' },
        { key: 'big', vType: 'INT64', vInt64: '1152921504606846976' },
        { key: 'blob', vType: 'BINARY', vBinary: 'AAAwOQ==' },
      ],
      logs: [{ timestamp: '2017-01-26T16:46:31.639875Z', fields: [{ key: 'event', vStr: 'retry' }] }],
      process: { service_name: 'svc', tags: [{ key: 'hostname', vStr: 'h1' }] },
    });
    expect(rejected).toEqual([]);
    expect(spans).toEqual([span]);
  });

  it('uses the Batch process for spans without one, and rejects a bad span alone', () => {
    const good = toJaegerModelJson(span);
    const { process: _own, ...withoutProcess } = good;
    const result = fromJaegerModelJson({
      process: { serviceName: 'batch' },
      spans: [
        withoutProcess,
        { ...good, traceId: '' },
        { ...good, tags: [{ key: 'x', vType: 'NOPE' }] },
        good,
      ],
    });
    expect(result.spans.map((s) => s.process.serviceName)).toEqual(['batch', 'svc']);
    expect(result.rejected).toEqual([
      { index: 1, reason: 'invalid trace ID: want 16 bytes, not all zero' },
      { index: 2, reason: 'tags[0].vType "NOPE" is not a Jaeger value type' },
    ]);
  });

  it('rejects a span without any process, and throws on a body that is not JSON', () => {
    const { process: _p, ...orphan } = toJaegerModelJson(span);
    expect(fromJaegerModelJsonSpan(orphan).rejected).toEqual([{ index: 0, reason: 'span has no process' }]);
    expect(() => fromJaegerModelJson('{"spans":[')).toThrow(CodecError);
    expect(() => fromJaegerModelJson({ spans: 1 })).toThrow(/spans must be an array/);
  });
});

describe('Jaeger api_v2 protobuf (Kafka `protobuf` encoding)', () => {
  it('rejects an empty trace ID and throws on truncated bytes', () => {
    const bytes = encodeJaegerSpan(span);
    expect(() => decodeJaegerSpan(bytes.subarray(0, bytes.length - 5))).toThrow(CodecError);
    const noTrace = encodeJaegerSpan({ ...span, traceId: '' as TraceId });
    expect(decodeJaegerSpan(noTrace).rejected).toEqual([
      { index: 0, reason: 'invalid trace ID: want 16 bytes, not all zero' },
    ]);
  });
});

describe('Jaeger UI JSON', () => {
  it('writes the UI shape: short trace IDs, p1.. processes, big int64 as strings, binary as base64', () => {
    const other = {
      ...span,
      spanId: '0000000000000004' as Span['spanId'],
      flags: 0,
      process: { ...process },
    };
    const third = {
      ...span,
      spanId: '0000000000000005' as Span['spanId'],
      process: { serviceName: 'b', tags: [] },
    };
    const ui = toJaegerUiTrace({ spans: [span, other, third], warnings: [] });
    expect(ui.traceID).toBe('0000000000000011');
    expect(Object.keys(ui.processes)).toEqual(['p1', 'p2']);
    expect(ui.spans.map((s) => s.processID)).toEqual(['p1', 'p1', 'p2']);
    expect(ui.spans[0]).toEqual({
      ...goldenUiSpan,
      tags: [
        { key: 'http.status_code', type: 'int64', value: 200 },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'big', type: 'int64', value: '1152921504606846976' },
        { key: 'blob', type: 'binary', value: 'AAAwOQ==' },
      ],
      processID: 'p1',
      warnings: null,
    });
    expect('flags' in ui.spans[1]!).toBe(false);
    expect(ui.warnings).toBeNull();
  });

  it('reads an uploaded file, turning parentSpanID into a reference', () => {
    const { spans: _s, ...rest } = toJaegerUiTrace({ spans: [span], warnings: [] });
    const { references: _r, ...uiSpan } = toJaegerUiTrace({ spans: [span], warnings: [] }).spans[0]!;
    const result = fromJaegerUiTrace({
      data: [{ ...rest, spans: [{ ...uiSpan, parentSpanID: '0000000000000002' }] }],
    });
    expect(result).toEqual({ spans: [span], rejected: [] });
  });

  it('rejects an uploaded span with an unknown processID', () => {
    const ui = toJaegerUiTrace({ spans: [span], warnings: [] });
    const result = fromJaegerUiTrace({ ...ui, spans: [{ ...ui.spans[0], processID: 'p9' }] });
    expect(result.rejected).toEqual([{ index: 0, reason: 'unknown processID "p9"' }]);
  });
});

describe('model to OTLP for spans that came from Jaeger', () => {
  it('reads span.kind, error and the references as the OpenTelemetry translator does', () => {
    const jaegerSpan: Span = {
      ...span,
      tags: [
        { key: 'span.kind', type: 'string', value: 'client' },
        { key: 'error', type: 'bool', value: true },
        { key: 'blob', type: 'binary', value: new Uint8Array([1]) },
      ],
      references: [
        ...span.references,
        { refType: 'FOLLOWS_FROM', traceId: span.traceId, spanId: '0000000000000009' as Span['spanId'] },
      ],
    };
    const otlp = toOtlpTraces([jaegerSpan]).resourceSpans[0]!.scopeSpans![0]!.spans![0]!;
    expect(otlp.kind).toBe(3);
    expect(otlp.status).toEqual({ code: 2 });
    expect([...otlp.parentSpanId!]).toEqual([0, 0, 0, 0, 0, 0, 0, 2]);
    expect(otlp.links?.map((link) => [[...link.traceId!], [...link.spanId!], link.attributes])).toEqual([
      [
        [...new Uint8Array(15), 0x11],
        [0, 0, 0, 0, 0, 0, 0, 9],
        [{ key: 'opentracing.ref_type', value: { stringValue: 'follows_from' } }],
      ],
    ]);
    // Binary tags stay bytes (the OpenTelemetry translator turns them into base64 strings).
    expect(otlp.attributes).toEqual([{ key: 'blob', value: { bytesValue: new Uint8Array([1]) } }]);
  });
});

describe('encodeJaegerSpan', () => {
  it('writes the same bytes as the generated encoder, with the process encoded once per Process object', () => {
    const withWarnings: Span = { ...span, warnings: ['clock skew adjusted', 'w2'] };
    const generated = jaeger.api_v2.Span.encode(toJaegerProtoSpan(withWarnings)).finish();
    expect([...encodeJaegerSpan(withWarnings)]).toEqual([...generated]);
    expect([...encodeJaegerSpan(withWarnings)]).toEqual([...generated]); // cached process bytes
  });
});
