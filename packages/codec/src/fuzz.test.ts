import { opentelemetry } from '@spanstream/proto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodecError,
  decodeJaegerBatch,
  decodeJaegerSpan,
  decodeJaegerThriftBatch,
  decodeZipkinProto,
  decodeOtlpTraces,
  decodePostSpansRequest,
  encodeJaegerSpan,
  fromJaegerModelJson,
  fromJaegerModelJsonSpan,
  fromJaegerUiTrace,
  fromOtlpJson,
  toOtlpJson,
} from './index.ts';
import type { DecodeResult } from './index.ts';

const { ExportTraceServiceRequest } = opentelemetry.proto.collector.trace.v1;
import { arbOtlpRequest, arbSpan, arbTrace } from './testing/arbitraries.ts';
import { jaegerJsonTraceCodecs } from './testing/json-codecs.ts';
import { jsonPaths, withField } from './testing/mutations.ts';

/** A decoder may return a result or throw CodecError; anything else is a crash. */
function survives(decode: () => DecodeResult): void {
  try {
    const { spans, rejected } = decode();
    expect(Array.isArray(spans) && Array.isArray(rejected)).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(CodecError);
  }
}

const binaryDecoders = {
  decodeOtlpTraces,
  decodeJaegerSpan,
  decodeJaegerBatch,
  decodePostSpansRequest,
  decodeZipkinProto,
  decodeJaegerThriftBatch,
};
const jsonDecoders = { fromOtlpJson, fromJaegerModelJson, fromJaegerModelJsonSpan, fromJaegerUiTrace };

/** JSON-ish values shaped a little like the real thing, so the fuzzing gets past the top level. */
const arbJsonish = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue(),
    fc.anything(),
    fc.record({
      resourceSpans: fc.array(fc.record({ resource: fc.jsonValue(), scopeSpans: fc.jsonValue() })),
    }),
    fc.record({
      spans: fc.array(
        fc.dictionary(
          fc.constantFrom('traceId', 'spanId', 'tags', 'startTime', 'duration', 'process'),
          fc.jsonValue(),
        ),
      ),
    }),
    fc.record({ data: fc.array(fc.record({ spans: fc.jsonValue(), processes: fc.jsonValue() })) }),
  );

// Property tests run many cases; a loaded CI machine needs more than the default 5 s.
describe('decoders never crash', { timeout: 60_000 }, () => {
  it.each(Object.entries(binaryDecoders))('%s on arbitrary bytes', (_name, decode) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        survives(() => decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('OTLP and Jaeger protobuf decoders on every truncation and on bit flips of valid messages', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), arbSpan(), fc.nat(), fc.nat({ max: 7 }), (request, span, at, bit) => {
        const otlp =
          opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.encode(request).finish();
        const jaeger = encodeJaegerSpan(span);
        for (const bytes of [otlp, jaeger]) {
          const cut = bytes.subarray(0, at % (bytes.length + 1));
          const flipped = Uint8Array.from(bytes);
          if (flipped.length > 0) flipped[at % flipped.length]! ^= 1 << bit;
          for (const input of [cut, flipped]) {
            survives(() => decodeOtlpTraces(input));
            survives(() => decodeJaegerSpan(input));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each(Object.entries(jsonDecoders))('%s on arbitrary JSON values and text', (_name, decode) => {
    fc.assert(
      fc.property(arbJsonish(), (value) => {
        survives(() => decode(value));
        survives(() => decode(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON decoders on valid documents with one field replaced by a wrong value', () => {
    fc.assert(
      fc.property(arbOtlpRequest(), arbTrace(), fc.jsonValue(), fc.nat(), (request, trace, junk, pick) => {
        const docs: (readonly [(body: unknown) => DecodeResult, unknown])[] = [
          [
            fromOtlpJson,
            toOtlpJson(decodeOtlpTraces(ExportTraceServiceRequest.encode(request).finish()).spans),
          ],
          ...jaegerJsonTraceCodecs.map(({ decode, encode }) => [decode, encode(trace)] as const),
        ];
        for (const [decode, doc] of docs) {
          const plain = JSON.parse(JSON.stringify(doc)) as unknown;
          const paths = jsonPaths(plain);
          const mutated = paths.length > 0 ? withField(plain, paths[pick % paths.length]!, junk) : plain;
          survives(() => decode(mutated));
        }
      }),
      { numRuns: 200 },
    );
  });
});
