import { createServer as createHttp } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { Socket } from 'node:net';
import type { ServerTls } from './server-tls.ts';

/**
 * Limits that close slow or idle clients. Node's defaults (60 s for headers, 300 s per request, checked
 * every 30 s) let a slowloris client hold a socket for ~90 s; these close it within seconds.
 */
export interface HttpTimeouts {
  /** The whole header block must arrive within this (ms). */
  readonly headersTimeoutMs: number;
  /** Headers and body must arrive within this (ms); bodies are at most a few MiB. */
  readonly requestTimeoutMs: number;
  /**
   * An idle keep-alive connection is closed after this (ms). Fastify's default, above the 60 s idle
   * timeout of common load balancers, so they never reuse a connection the server is closing.
   */
  readonly keepAliveTimeoutMs: number;
  /** A TLS handshake must finish within this (ms). */
  readonly handshakeTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  handshakeTimeoutMs: 10_000,
};

/** How often node checks the header and request timeouts (its default is 30 s). */
const CHECK_INTERVAL_MS = 1000;

export interface NodeHttpServerOptions {
  /** Set = HTTPS only (plain HTTP on the port fails the handshake); follows certificate renewals. */
  readonly tls?: ServerTls | undefined;
  readonly timeouts?: HttpTimeouts | undefined;
}

/**
 * The one way Spanstream opens an HTTP port (receivers, query, admin): HTTP or HTTPS with reloadable
 * certificates, and timeouts for slow clients. Pass it to fastify as `serverFactory`.
 */
export function createNodeHttpServer(handler: RequestListener, options: NodeHttpServerOptions = {}): Server {
  const t = options.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
  const http = {
    headersTimeout: t.headersTimeoutMs,
    requestTimeout: t.requestTimeoutMs,
    keepAliveTimeout: t.keepAliveTimeoutMs,
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
  };
  if (options.tls === undefined) {
    const server = createHttp(http, handler);
    closeSilentConnections(server, t.headersTimeoutMs);
    return server;
  }
  const server = createHttps(
    { ...http, ...options.tls.serverOptions(), handshakeTimeout: t.handshakeTimeoutMs },
    handler,
  );
  options.tls.attach(server);
  server.on('close', () => {
    options.tls?.close();
  });
  return server;
}

/**
 * Node's headers timeout starts with the first byte: a client that connects and sends nothing would hold
 * its socket forever. Such a connection is closed after the headers timeout. (With TLS the handshake
 * timeout covers it.)
 */
function closeSilentConnections(server: Server, timeoutMs: number): void {
  server.on('connection', (socket: Socket) => {
    const timer = setTimeout(() => {
      if (socket.bytesRead === 0) socket.destroy();
    }, timeoutMs);
    timer.unref();
    socket.once('close', () => {
      clearTimeout(timer);
    });
  });
}
