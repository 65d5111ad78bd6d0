import type { IncomingMessage, DecodeOutcome } from './message.ts';
import { unframeConfluent } from './schema-registry.ts';
import { spanCodec, type SpanDecodeResult } from './span-codec.ts';

/**
 * Record encodings: Jaeger's two (one span per message) plus OTLP batches as Jaeger v2's Kafka
 * exporter writes them (`otlp_proto` its default, `otlp_json` its JSON form).
 */
export type SpanEncoding = 'protobuf' | 'json' | 'otlp_proto' | 'otlp_json';
export const SPAN_ENCODINGS: readonly SpanEncoding[] = ['protobuf', 'json', 'otlp_proto', 'otlp_json'];

/** The encodings framed in the Confluent wire format when a registry URL is set (JSON ones never are). */
export type FramedEncoding = Extract<SpanEncoding, 'protobuf' | 'otlp_proto'>;

export function isFramedEncoding(encoding: SpanEncoding): encoding is FramedEncoding {
  return encoding === 'protobuf' || encoding === 'otlp_proto';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Guesses the encoding of a record value. Byte 0 separates the families: 0 = Confluent framing
 * (magic byte), '{' = JSON (Jaeger's or OTLP's: told apart by content when decoded). Among
 * protobufs, a Jaeger Span starts with trace_id (field 1, 16 bytes) then span_id (field 2, 8 bytes): `0a 10 <16> 12 08`; an ExportTraceServiceRequest starts with
 * field 1 too but holds a ResourceSpans, which never has that exact layout.
 */
export function detectEncoding(value: Uint8Array): SpanEncoding | 'confluent' {
  if (value[0] === 0) return 'confluent';
  if (value[0] === 0x7b) return 'json';
  return looksLikeJaegerSpan(value) ? 'protobuf' : 'otlp_proto';
}

function looksLikeJaegerSpan(value: Uint8Array): boolean {
  return (
    value.length >= 28 && value[0] === 0x0a && value[1] === 0x10 && value[18] === 0x12 && value[19] === 0x08
  );
}

/**
 * A JSON record: an OTLP/JSON ExportTraceServiceRequest has `resourceSpans` at its root (Jaeger v2's
 * `otlp_json`), a Jaeger JSON Span never does (Jaeger's `json`: `traceId`, `spanId`, ...).
 */
function decodeJson(value: Uint8Array): Decoded {
  let body: unknown;
  try {
    body = JSON.parse(utf8.decode(value));
  } catch (error) {
    throw new Error(`malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const otlp =
    typeof body === 'object' && body !== null && ('resourceSpans' in body || 'resource_spans' in body);
  return otlp
    ? { encoding: 'otlp_json', ...spanCodec.fromOtlpJson(body) }
    : { encoding: 'json', ...spanCodec.fromJaegerJson(body) };
}

type Decoded = SpanDecodeResult & { readonly encoding: SpanEncoding };

function decodeAs(encoding: SpanEncoding, value: Uint8Array): Decoded {
  switch (encoding) {
    case 'protobuf':
      return { encoding, ...spanCodec.fromJaegerProto(value) };
    case 'json':
    case 'otlp_json':
      return decodeJson(value);
    case 'otlp_proto':
      return { encoding, ...spanCodec.fromOtlpProto(value) };
  }
}

/**
 * Decodes one record into spans. Total: any failure (empty value, truncated or foreign protobuf,
 * invalid JSON, unknown schema framing) is `{ ok: false, reason }`, and the record goes to the DLQ.
 * Every record's encoding is detected from its bytes (`_hint`, the configured encoding, is no longer
 * needed to tell them apart); the payload of a schema-registry framed record is a Jaeger `Span` or an
 * OTLP `ExportTraceServiceRequest` by its bytes too, unless `framedAs` says which (the registry knows).
 */
export function decodeMessage(
  message: Pick<IncomingMessage, 'value'>,
  _hint: SpanEncoding,
  framedAs?: FramedEncoding,
): DecodeOutcome {
  const value = message.value;
  if (!value || value.length === 0) return { ok: false, reason: 'empty record value' };
  const detected = detectEncoding(value);
  let encoding: SpanEncoding = detected === 'confluent' ? 'protobuf' : detected;
  let payload: Uint8Array = value;
  if (detected === 'confluent') {
    const frame = unframeConfluent(value);
    if (!frame) return { ok: false, reason: 'malformed schema-registry framing' };
    payload = frame.payload;
    // Our registered schemas have the record's type first; a path into another message type is not ours.
    if (frame.messageIndexes.length !== 1 || frame.messageIndexes[0] !== 0) {
      return {
        ok: false,
        reason: `schema ${frame.schemaId}: message index ${frame.messageIndexes.join('.')} is not a Span`,
      };
    }
    encoding = framedAs ?? (looksLikeJaegerSpan(payload) ? 'protobuf' : 'otlp_proto');
  }
  try {
    const result = decodeAs(encoding, payload);
    encoding = result.encoding;
    if (result.spans.length === 0 && result.rejected.length === 0) {
      return { ok: false, reason: `${encoding}: no spans in record` };
    }
    if (result.spans.length === 0) {
      const reasons = result.rejected.map((r) => r.reason).join('; ');
      return { ok: false, reason: `${encoding}: every span rejected: ${reasons}` };
    }
    return { ok: true, spans: result.spans, rejected: result.rejected };
  } catch (error) {
    return { ok: false, reason: `${encoding}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
