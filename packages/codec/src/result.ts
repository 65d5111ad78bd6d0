import type { Span } from '@spanstream/model';

/** One span that could not be converted; `index` is its position in the payload, in document order. */
export interface Rejection {
  readonly index: number;
  readonly reason: string;
}

/**
 * What every decoder returns for a payload it could parse: the good spans, and the
 * spans it had to reject with a reason (a bad ID rejects only that span).
 */
export interface DecodeResult {
  readonly spans: Span[];
  readonly rejected: Rejection[];
}

/**
 * Thrown when a whole payload is unusable (truncated protobuf, invalid JSON, wrong top-level
 * shape): there is no span to keep. Receivers map it to 400 / INVALID_ARGUMENT / a DLQ record.
 */
export class CodecError extends Error {
  readonly code = 'MALFORMED_PAYLOAD';
  readonly retriable = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CodecError';
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
