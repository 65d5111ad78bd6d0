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

/**
 * A startup error whose message says all an operator needs: `createOrExit` logs it as one line,
 * without a stack trace (`operatorFacing`).
 */
class MissingKeyspaceError extends StorageError {
  readonly operatorFacing = true;
}

/** The driver's "Keyspace 'x' does not exist" at connect, as an error naming the flag that creates it. */
export function missingKeyspaceError(
  error: unknown,
  keyspace: string,
  namespace: string,
): StorageError | undefined {
  if (!(error instanceof errors.ResponseError) || !/^Keyspace '.*' does not exist/.test(error.message))
    return undefined;
  const env = `${namespace.replaceAll('-', '_').toUpperCase()}_CREATE_SCHEMA`;
  return new MissingKeyspaceError(
    'invalid',
    `cassandra keyspace '${keyspace}' does not exist: start with --${namespace}.create-schema=true ` +
      `(${env}=true) to create it, or create it with Jaeger's schema script`,
    { cause: error },
  );
}
