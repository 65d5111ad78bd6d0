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
    // An error that tells the operator what to do (a missing keyspace and the flag that creates it) is
    // one line, without a stack trace; so is a retriable infrastructure error (a server not reachable):
    // its message names the server, and a stack trace would only bury it.
    const marks = error as { operatorFacing?: unknown; retriable?: unknown };
    if (error instanceof Error && marks.operatorFacing === true)
      logger.fatal(`${what} failed to start: ${error.message}`);
    else if (error instanceof Error && marks.retriable === true)
      // A driver's message may embed an inspected error over many lines: its first line says it all.
      logger.fatal(`${what} failed to start (unreachable or not ready): ${error.message.split('\n')[0]!}`);
    else logger.fatal({ err: error }, `${what} failed to start`);
    process.exit(1);
  }
}
