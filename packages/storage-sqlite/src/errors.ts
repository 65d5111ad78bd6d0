import { StorageError, type StorageErrorCode } from '@spanstream/storage-api';

// SQLite's primary result codes (the low byte of an extended code).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

/** A node:sqlite error as a StorageError: a busy/locked database is retriable, so is a full disk. */
export function toStorageError(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  const errcode = (error as { errcode?: unknown }).errcode;
  const primary = typeof errcode === 'number' ? errcode & 0xff : undefined;
  const code: StorageErrorCode =
    primary === SQLITE_BUSY || primary === SQLITE_LOCKED
      ? 'overloaded'
      : primary === SQLITE_IOERR || primary === SQLITE_FULL || primary === SQLITE_CANTOPEN
        ? 'unavailable'
        : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(code, `sqlite ${what}: ${message}`, { cause: error });
}

/** An error `createOrExit` prints as one line: the operator can fix it (a path, a permission). */
export function operatorFacing(error: StorageError): StorageError {
  Object.defineProperty(error, 'operatorFacing', { value: true });
  return error;
}
