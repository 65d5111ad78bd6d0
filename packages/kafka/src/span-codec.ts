import type { Span } from '@spanstream/model';
import * as codec from '@spanstream/codec';
import type { DecodeResult } from '@spanstream/codec';

/**
 * The codec calls the Kafka formats need, in one place so the rest of this package does not care
 * how @spanstream/codec shapes them. Decoders throw CodecError on unusable bytes; callers catch.
 */
export type SpanDecodeResult = Pick<DecodeResult, 'spans' | 'rejected'>;

// TEMPORARY: encodeJaegerSpan / decodeJaegerSpan / encodeOtlpTraces are being added to
// @spanstream/codec right now; looked up at call time so the json encoding works meanwhile.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed lookup, removed with the shim
function late<F>(name: string): F {
  const fn = (codec as unknown as Record<string, unknown>)[name];
  if (typeof fn === 'function') return fn as F;
  return ((..._args: unknown[]) => {
    throw new Error(`@spanstream/codec has no ${name} yet`);
  }) as F;
}
const encodeJaegerSpan = late<(span: Span) => Uint8Array>('encodeJaegerSpan');
const decodeJaegerSpan = late<(bytes: Uint8Array) => SpanDecodeResult>('decodeJaegerSpan');
const encodeOtlpTraces = late<(spans: readonly Span[]) => Uint8Array>('encodeOtlpTraces');

export const spanCodec = {
  /** jaeger.api_v2.Span protobuf bytes (with its process embedded), as Jaeger's Kafka writer. */
  jaegerProto: (span: Span): Uint8Array => encodeJaegerSpan(span),
  fromJaegerProto: (bytes: Uint8Array): SpanDecodeResult => decodeJaegerSpan(bytes),
  /** gogo jsonpb of the same Span (camelCase, enums as names, int64 as strings, IDs base64). */
  jaegerJson: (span: Span): string => JSON.stringify(codec.toJaegerModelJson(span)),
  fromJaegerJson: (text: string): SpanDecodeResult => codec.fromJaegerModelJsonSpan(text),
  /** One ExportTraceServiceRequest for a batch of spans. */
  otlpProto: (spans: readonly Span[]): Uint8Array => encodeOtlpTraces(spans),
  fromOtlpProto: (bytes: Uint8Array): SpanDecodeResult => codec.decodeOtlpTraces(bytes),
};
