/** `decode`: no span could be read from the record; `rejected-spans`: some of its spans were invalid. */
export type SpanDecodeErrorCode = 'decode' | 'rejected-spans';

/** Why a record (or part of it) was not yielded. The same codes as the ingester's DLQ header `dlq-error-code`. */
export class SpanDecodeError extends Error {
  override readonly name = 'SpanDecodeError';
  readonly code: SpanDecodeErrorCode;
  /** Bad input, never worth retrying. */
  readonly retriable = false;

  constructor(code: SpanDecodeErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
