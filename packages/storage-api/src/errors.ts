export type StorageErrorCode =
  | 'unavailable' // the backend cannot be reached
  | 'overloaded' // the backend pushes back (ES 429, Cassandra overload): slow down and retry
  | 'timeout'
  | 'invalid' // the request or data was refused as invalid: retrying will not help
  | 'internal';

/** An infrastructure error from a storage backend. `retriable` tells callers whether to back off and retry. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly retriable: boolean;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
    this.retriable = code === 'unavailable' || code === 'overloaded' || code === 'timeout';
  }
}

export function isRetriable(error: unknown): boolean {
  return error instanceof StorageError && error.retriable;
}
