import { CodecError } from '@spanstream/codec';
import type { Span, SpanRejection } from '@spanstream/model';

/** What every payload decoder returns: a malformed payload is an error message, a bad span a rejection. */
export type Decoded =
  | { readonly ok: true; readonly spans: readonly Span[]; readonly rejected: readonly SpanRejection[] }
  | { readonly ok: false; readonly error: string };

/**
 * Runs a codec and turns its "malformed payload" throw (CodecError, or JSON.parse's SyntaxError)
 * into a value. Anything else is a decoder bug, not bad input: it propagates to the server's error
 * handler (logged, a generic 500 / INTERNAL), so no JavaScript error text reaches a client as if it
 * described their payload. The codec fuzz tests keep decoders from throwing anything else.
 */
export function safeDecode(
  decode: () => { spans: readonly Span[]; rejected: readonly SpanRejection[] },
): Decoded {
  try {
    const { spans, rejected } = decode();
    return { ok: true, spans, rejected };
  } catch (error) {
    if (error instanceof CodecError || error instanceof SyntaxError)
      return { ok: false, error: error.message };
    throw error;
  }
}

/** `n spans rejected: reason; reason; …` with at most a few reasons, for responses. */
export function summarizeRejections(rejected: readonly SpanRejection[]): string {
  const shown = rejected.slice(0, 5).map((r) => `#${r.index}: ${r.reason}`);
  const more = rejected.length > shown.length ? `; and ${rejected.length - shown.length} more` : '';
  return `${rejected.length} spans rejected: ${shown.join('; ')}${more}`;
}
