import type { Logger } from 'pino';

/**
 * Awaits a startup step of `main.ts` (building storage clients, creating index templates) and, when it
 * fails, logs the error through `logger` (whose serializer strips request headers and credentials) and
 * exits with status 1. Without it, a rejected top-level await is printed by Node's own inspector,
 * Authorization header included.
 */
export async function createOrExit<T>(logger: Logger, what: string, create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    // An error that tells the operator what to do (a missing keyspace and the flag that creates it)
    // is one line, without a stack trace.
    if (error instanceof Error && (error as { operatorFacing?: unknown }).operatorFacing === true)
      logger.fatal(`${what} failed to start: ${error.message}`);
    else logger.fatal({ err: error }, `${what} failed to start`);
    process.exit(1);
  }
}
