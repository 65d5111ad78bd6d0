import type { KeyValue, Span } from '@spanstream/model';
import { jaeger, opentelemetry } from '@spanstream/proto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeJaegerBatch,
  decodeJaegerSpan,
  decodeOtlpTraces,
  decodePostSpansRequest,
  encodeJaegerSpan,
  encodeOtlpTraces,
  encodePostSpansRequest,
  fromJaegerModelJsonSpan,
  fromOtlpJson,
  toJaegerModelJson,
  toOtlpJson,
  toJaegerProtoProcess,
  toJaegerProtoSpan,
  toOtlpTraces,
} from './index.ts';
import { arbOtlpRequest, arbSpan, arbTrace } from './testing/arbitraries.ts';
import { jaegerJsonTraceCodecs } from './testing/json-codecs.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;

/** A canonical form of an OTLP request: every field present, 64-bit values and bytes as text. */
function canonical(request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): unknown {
  const decoded = ExportTraceServiceRequest.decode(ExportTraceServiceRequest.encode(request).finish());
  return ExportTraceServiceRequest.toObject(decoded, {
    longs: String,
    bytes: String,
    defaults: true,
    arrays: true,
  });
}

/** The spans as they travel through JSON text (what a Kafka message or an HTTP body holds). */
const viaText = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const withoutRefTags = (span: Span): Span => ({
  ...span,
  references: span.references.map(({ refType, traceId, spanId }) => ({ refType, traceId, spanId })),
});

/** Tags as the Jaeger model holds them: array, map and empty values as their text only. */
const textOnly = (tags: readonly KeyValue[]): KeyValue[] =>
  tags.map((tag) => (tag.type === 'string' ? { key: tag.key, type: 'string', value: tag.value } : tag));

/** What the Jaeger encodings keep of a span: no SpanRef.tags, no structured values. */
const asJaegerModel = (span: Span): Span => ({
  ...withoutRefTags(span),
  tags: textOnly(span.tags),
  logs: span.logs.map((log) => ({ ...log, fields: textOnly(log.fields) })),
  process: { ...span.process, tags: textOnly(span.process.tags) },
});

// Property tests run many cases; a loaded CI machine needs more than the default 5 s.
describe('round trips', { timeout: 60_000 }, () => {
  it('OTLP protobuf -> model -> OTLP protobuf gives back the same request', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), (request) => {
        const bytes = ExportTraceServiceRequest.encode(request).finish();
        const { spans, rejected } = decodeOtlpTraces(bytes);
        expect(rejected).toEqual([]);
        expect(canonical(ExportTraceServiceRequest.decode(encodeOtlpTraces(spans)))).toEqual(
          canonical(request),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('scope attributes are still told apart after the query sorts tags by key', () => {
    const byKey = (a: { key: string }, b: { key: string }): number =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    fc.assert(
      fc.property(arbOtlpRequest(), (request) => {
        const { spans } = decodeOtlpTraces(ExportTraceServiceRequest.encode(request).finish());
        const sorted = spans.map((span) => ({ ...span, tags: [...span.tags].sort(byKey) }));
        const out = toOtlpTraces(sorted).resourceSpans;
        request.resourceSpans.forEach((rs, i) => {
          rs.scopeSpans!.forEach((ss, j) => {
            const got = out[i]!.scopeSpans![j]!;
            expect(canonical({ resourceSpans: [{ scopeSpans: [{ scope: got.scope ?? null }] }] })).toEqual(
              canonical({ resourceSpans: [{ scopeSpans: [{ scope: ss.scope ?? null }] }] }),
            );
            got.spans!.forEach((span, k) => {
              const want = [...(ss.spans![k]!.attributes ?? [])].sort((a, b) =>
                byKey({ key: a.key! }, { key: b.key! }),
              );
              expect(span.attributes!.map((a) => a.key)).toEqual(want.map((a) => a.key));
            });
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('OTLP/JSON and OTLP protobuf decode the same request to the same spans', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), (request) => {
        const fromProto = decodeOtlpTraces(ExportTraceServiceRequest.encode(request).finish());
        const json = viaText(toOtlpJson(fromProto.spans));
        const fromJson = fromOtlpJson(json);
        expect(fromJson.rejected).toEqual([]);
        expect(fromJson.spans).toEqual(fromProto.spans);
        expect(canonical(toOtlpTraces(fromJson.spans))).toEqual(canonical(request));
      }),
      { numRuns: 100 },
    );
  });

  it('encodeJaegerSpan writes exactly the bytes of the generated encoder for toJaegerProtoSpan', () => {
    fc.assert(
      fc.property(arbSpan(), (span) => {
        const generated = jaeger.api_v2.Span.encode(toJaegerProtoSpan(span)).finish();
        expect(Buffer.from(encodeJaegerSpan(span)).equals(Buffer.from(generated))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('model -> Jaeger api_v2 protobuf -> model is the identity', () => {
    fc.assert(
      fc.property(arbSpan(), (span) => {
        expect(decodeJaegerSpan(encodeJaegerSpan(span))).toEqual({ spans: [span], rejected: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('a PostSpansRequest batch keeps every span and process', () => {
    fc.assert(
      fc.property(arbTrace(), (trace) => {
        const decoded = decodePostSpansRequest(encodePostSpansRequest(trace.spans));
        expect(decoded).toEqual({ spans: trace.spans, rejected: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('SpanRef.tags (OTLP link attributes) and typed array/map values are all the Jaeger encodings drop', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), (request) => {
        const { spans } = decodeOtlpTraces(ExportTraceServiceRequest.encode(request).finish());
        for (const span of spans) {
          expect(decodeJaegerSpan(encodeJaegerSpan(span)).spans).toEqual([asJaegerModel(span)]);
          expect(fromJaegerModelJsonSpan(viaText(toJaegerModelJson(span))).spans).toEqual([
            asJaegerModel(span),
          ]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('model -> Jaeger proto-JSON -> model is the identity', () => {
    fc.assert(
      fc.property(arbSpan(), (span) => {
        expect(fromJaegerModelJsonSpan(JSON.stringify(toJaegerModelJson(span)))).toEqual({
          spans: [span],
          rejected: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each(jaegerJsonTraceCodecs)('model -> $name text -> model is the identity', ({ encode, decode }) => {
    fc.assert(
      fc.property(arbTrace(), (trace) => {
        expect(decode(JSON.stringify(encode(trace)))).toEqual({ spans: trace.spans, rejected: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('decodeJaegerBatch gives spans without their own process the batch process', () => {
    fc.assert(
      fc.property(arbTrace(), (trace) => {
        const process = trace.spans[0]!.process;
        const spans = trace.spans.map((span) => ({ ...toJaegerProtoSpan(span), process: null }));
        const bytes = jaeger.api_v2.Batch.encode({ spans, process: toJaegerProtoProcess(process) }).finish();
        expect(decodeJaegerBatch(bytes)).toEqual({
          spans: trace.spans.map((span) => ({ ...span, process })),
          rejected: [],
        });
      }),
      { numRuns: 100 },
    );
  });
});
