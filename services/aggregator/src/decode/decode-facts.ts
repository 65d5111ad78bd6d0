import { decodeMessage, detectEncoding, unframeConfluent, type SpanEncoding } from '@spanstream/kafka';
import { spanFacts, type SpanFacts } from '../span-facts.ts';
import { jaegerFacts } from './jaeger-facts.ts';
import { otlpFacts } from './otlp-facts.ts';

/**
 * The facts of every span of a record, in `out` (cleared first); false when the record cannot be read.
 * Record formats are detected as the ingester's `decodeMessage` does (the same rules, the same
 * schema-registry framing); the protobuf ones are read field by field (otlp-facts.ts, jaeger-facts.ts), the rare JSON
 * ones through the full codec.
 */
export function decodeFacts(value: Buffer | null, hint: SpanEncoding, out: SpanFacts[]): boolean {
  out.length = 0;
  if (!value || value.length === 0) return false;
  let payload: Uint8Array = value;
  let encoding = detectEncoding(value);
  if (encoding === 'confluent') {
    const frame = unframeConfluent(value);
    if (!frame || frame.messageIndexes.length !== 1 || frame.messageIndexes[0] !== 0) return false;
    payload = frame.payload;
    encoding =
      detectEncoding(payload) === 'protobuf' ? 'protobuf' : hint === 'otlp_proto' ? 'otlp_proto' : 'protobuf';
  }
  try {
    if (encoding === 'protobuf') jaegerFacts(payload, out);
    else if (encoding === 'otlp_proto') otlpFacts(payload, out);
    else {
      const decoded = decodeMessage({ value }, hint);
      if (!decoded.ok) return false;
      for (const span of decoded.spans) out.push(spanFacts(span));
    }
  } catch {
    out.length = 0;
    return false;
  }
  // As the codec, spans without valid IDs are left out; a record with none is unreadable.
  let kept = 0;
  for (const facts of out) if (facts.traceId.length === 32 && facts.spanId.length === 16) out[kept++] = facts;
  out.length = kept;
  return kept > 0;
}
