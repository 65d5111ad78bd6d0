import type { HostPort } from '@spanstream/config';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { createNodeHttpServer, type Logger, type ServerTls } from '@spanstream/runtime';
import { readBody } from './read-body.ts';

export interface HttpServerHandle {
  readonly app: FastifyInstance;
  /** Resolves to the bound port (useful with port 0 in tests). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/**
 * One fastify instance per port. Every body is read raw (compressed) up to
 * `rawLimit` (`readBody`: without fastify's copy); routes decompress and decode it themselves so the size limit applies
 * to the decompressed bytes. Unknown content types get fastify's 415.
 */
export function createHttpServer(
  name: string,
  hostPort: HostPort,
  contentTypes: readonly string[],
  rawLimit: number,
  logger: Logger,
  tls?: ServerTls,
): HttpServerHandle {
  const loggerInstance: FastifyBaseLogger = logger.child({ receiver: name });
  const app: FastifyInstance = Fastify({
    loggerInstance,
    bodyLimit: rawLimit,
    // HTTPS when `tls` is set, and timeouts that close slow clients (see createNodeHttpServer).
    serverFactory: (handler) => createNodeHttpServer(handler, { tls }),
    // Per-request log lines would dominate the hot path; failures are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.removeAllContentTypeParsers();
  if (contentTypes.length > 0) {
    app.addContentTypeParser([...contentTypes], (_req, payload, done) => {
      readBody(payload, rawLimit, done);
    });
  }
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    // A 5xx is our fault: log the error, and never send its JavaScript message as if it described the request.
    if (status >= 500) logger.error({ err: error, receiver: name }, 'request failed');
    void reply
      .code(status)
      .type('text/plain')
      .send(status >= 500 ? 'internal error in the collector (logged)' : error.message);
  });
  const { host, port } = hostPort;
  return {
    app,
    async listen() {
      await app.listen({ host, port });
      const address = app.server.address();
      return typeof address === 'object' && address !== null ? address.port : port;
    },
    close: async () => {
      await app.close();
      tls?.close();
    },
  };
}
