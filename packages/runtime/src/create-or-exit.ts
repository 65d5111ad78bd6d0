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
    logger.fatal({ err: error }, `${what} failed to start`);
    process.exit(1);
  }
}
