import type { Span, SpanRejection } from '@spanstream/model';

/** What every payload decoder returns: a malformed payload is an error message, a bad span a rejection. */
export type Decoded =
  | { readonly ok: true; readonly spans: readonly Span[]; readonly rejected: readonly SpanRejection[] }
  | { readonly ok: false; readonly error: string };

/** Runs a codec that may throw on malformed input (protobufjs does) and turns the throw into a value. */
export function safeDecode(
  decode: () => { spans: readonly Span[]; rejected: readonly SpanRejection[] },
): Decoded {
  try {
    const { spans, rejected } = decode();
    return { ok: true, spans, rejected };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** `n spans rejected: reason; reason; …` with at most a few reasons, for responses. */
export function summarizeRejections(rejected: readonly SpanRejection[]): string {
  const shown = rejected.slice(0, 5).map((r) => `#${r.index}: ${r.reason}`);
  const more = rejected.length > shown.length ? `; and ${rejected.length - shown.length} more` : '';
  return `${rejected.length} spans rejected: ${shown.join('; ')}${more}`;
}
