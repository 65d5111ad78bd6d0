import { DEFAULT_SANITIZER_OPTIONS, type KeyValue, type Span, sanitizeSpans } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodecError,
  type DecodeResult,
  decodeJaegerThriftBatch,
  decodeOtlpTraces,
  decodeZipkinJsonV1,
  decodeZipkinJsonV2,
  fromJaegerModelJson,
  fromOtlpJson,
  toJaegerModelJson,
  toOtlpJson,
} from './index.ts';
import { arbOtlpRequest, arbTrace } from './testing/arbitraries.ts';
import { type ThriftStruct, thriftBatch, writeThriftStruct } from './testing/thrift-fields.ts';
import { REMOVE, WRONG_VALUES, jsonPaths, now, withField, zipkinV1, zipkinV2 } from './testing/mutations.ts';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/**
 * Structurally valid payloads with one field missing, null or of the wrong type (issue 12, bug 3):
 * a decoder must return spans + rejections (or throw CodecError), and every span it returns must be
 * a well-typed model span, so nothing downstream (sanitizers, writers) can throw on it.
 */

const TAG_TYPES: Record<KeyValue['type'], (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  int64: (v) => typeof v === 'bigint',
  float64: (v) => typeof v === 'number',
  binary: (v) => v instanceof Uint8Array,
};

function expectWellTyped(span: Span): void {
  const tagOk = (t: KeyValue) => typeof t.key === 'string' && TAG_TYPES[t.type](t.value);
  expect(typeof span.traceId === 'string' && typeof span.spanId === 'string').toBe(true);
  expect(typeof span.operationName).toBe('string');
  expect(Number.isFinite(span.startTime) && Number.isFinite(span.duration)).toBe(true);
  expect(typeof span.process.serviceName).toBe('string');
  expect([...span.tags, ...span.process.tags].every(tagOk)).toBe(true);
  expect(span.logs.every((l) => Number.isFinite(l.timestamp) && l.fields.every(tagOk))).toBe(true);
  expect(span.warnings.every((w) => typeof w === 'string')).toBe(true);
}

function decodesCleanly(decode: () => DecodeResult): void {
  let result: DecodeResult;
  try {
    result = decode();
  } catch (error) {
    expect(error).toBeInstanceOf(CodecError);
    return;
  }
  for (const span of result.spans) expectWellTyped(span);
  expect(() => sanitizeSpans(result.spans, DEFAULT_SANITIZER_OPTIONS)).not.toThrow();
}

describe('decoders on valid payloads with one field missing, null or mistyped', { timeout: 120_000 }, () => {
  it.each([
    ['Zipkin v1 JSON', zipkinV1, decodeZipkinJsonV1],
    ['Zipkin v2 JSON', zipkinV2, decodeZipkinJsonV2],
  ] as const)('%s: every field × every wrong value', (_name, doc, decode) => {
    for (const path of jsonPaths(doc))
      for (const value of WRONG_VALUES) decodesCleanly(() => decode(bytes(withField(doc, path, value))));
  });

  it('Zipkin v1: a binaryAnnotation without value drops that tag with a warning and keeps the batch', () => {
    const doc = withField(zipkinV1, [0, 'binaryAnnotations', 0, 'value'], REMOVE);
    const { spans, rejected } = decodeZipkinJsonV1(bytes(doc));
    expect(rejected).toEqual([]);
    expect(spans).toHaveLength(2);
    expect(spans[0]!.tags.some((t) => t.key === 'http.path')).toBe(false);
    expect(spans[0]!.warnings).toEqual(['binaryAnnotation "http.path" has no value: dropped']);
  });

  it('OTLP JSON and Jaeger JSON: random documents, every field × every wrong value', () => {
    const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
    fc.assert(
      fc.property(arbOtlpRequest(), arbTrace(), fc.nat(), (request, trace, pick) => {
        const otlpSpans = decodeOtlpTraces(ExportTraceServiceRequest.encode(request).finish()).spans;
        const otlp = JSON.parse(JSON.stringify(toOtlpJson(otlpSpans))) as unknown;
        const jaeger = JSON.parse(JSON.stringify({ spans: trace.spans.map(toJaegerModelJson) })) as unknown;
        for (const [doc, decode] of [
          [otlp, fromOtlpJson],
          [jaeger, fromJaegerModelJson],
        ] as const) {
          const paths = jsonPaths(doc);
          const path = paths[pick % Math.max(1, paths.length)];
          if (path !== undefined)
            for (const value of WRONG_VALUES) decodesCleanly(() => decode(withField(doc, path, value)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Jaeger Thrift: every field missing or sent with another wire type', () => {
    const batch = thriftBatch(now);
    const fields = thriftFieldPaths(batch);
    expect(fields.length).toBeGreaterThan(30);
    for (const path of fields) {
      for (const mutation of ['remove', 'i32', 'string', 'struct', 'bool', 'list'] as const)
        decodesCleanly(() => decodeJaegerThriftBatch(writeThriftStruct(batch, { path, mutation })));
    }
  });
});

/** Paths (field IDs and list indexes) of every field of every struct in a Thrift description. */
function thriftFieldPaths(struct: ThriftStruct, prefix: number[] = []): number[][] {
  return struct.flatMap((field) => {
    const here = [...prefix, field.id];
    if (field.type === 'struct') return [here, ...thriftFieldPaths(field.value, here)];
    if (field.type === 'list')
      return [here, ...field.value.flatMap((element, i) => thriftFieldPaths(element, [...here, i]))];
    return [here];
  });
}
