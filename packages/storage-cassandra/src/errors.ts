import { StorageError } from '@spanstream/storage-api';
import { errors, types } from 'cassandra-driver';

const codes = types.responseErrorCodes;
const OVERLOAD = new Set<number>([codes.overloaded, codes.isBootstrapping]);
const TRANSIENT = new Set<number>([codes.unavailableException, codes.writeTimeout, codes.readTimeout]);

/** Maps a cassandra-driver error to a StorageError that says whether a retry can help. */
export function toStorageError(error: unknown, what: string): StorageError {
  if (error instanceof StorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const text = `cassandra ${what}: ${message}`;
  if (error instanceof errors.NoHostAvailableError)
    return new StorageError('unavailable', text, { cause: error });
  if (error instanceof errors.OperationTimedOutError)
    return new StorageError('timeout', text, { cause: error });
  if (error instanceof errors.ResponseError) {
    if (OVERLOAD.has(error.code)) return new StorageError('overloaded', text, { cause: error });
    if (TRANSIENT.has(error.code)) return new StorageError('timeout', text, { cause: error });
    return new StorageError('invalid', text, { cause: error });
  }
  return new StorageError('internal', text, { cause: error });
}
