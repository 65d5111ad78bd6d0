import type { Span } from '@spanstream/model';
import type { Decoded } from '../src/receivers/decode-result.ts';
import type { ReceiverDecoders } from '../src/receivers/decoders.ts';
import { testSpan } from './support.ts';

/**
 * A stand-in payload format for receiver unit tests (transport semantics only):
 * the body is a JSON array of numbers, each becoming `testSpan(n)`; a negative
 * number is a span the decoder rejects; anything else is malformed.
 */
function fakeDecode(bytes: Uint8Array): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (!Array.isArray(parsed)) return { ok: false, error: 'not an array' };
  const spans: Span[] = [];
  const rejected: { index: number; reason: string }[] = [];
  parsed.forEach((n: unknown, index) => {
    if (typeof n === 'number' && n > 0) spans.push(testSpan(n));
    else rejected.push({ index, reason: 'fake: not a positive number' });
  });
  return { ok: true, spans, rejected };
}

export const fakeDecoders: ReceiverDecoders = {
  otlpProto: fakeDecode,
  otlpJson: fakeDecode,
  jaegerProto: fakeDecode,
  jaegerThrift: fakeDecode,
  zipkinJsonV2: fakeDecode,
  zipkinProto: fakeDecode,
  zipkinJsonV1: fakeDecode,
};

export const body = (numbers: readonly number[]): Buffer => Buffer.from(JSON.stringify(numbers));
