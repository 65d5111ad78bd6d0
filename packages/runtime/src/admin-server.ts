import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatDuration } from '@spanstream/config';
import type { Registry } from 'prom-client';
import type { Logger } from 'pino';
import { buildInfo, type BuildInfo } from './build-info.ts';
import type { HealthState } from './health.ts';
import { createNodeHttpServer } from './http-server.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import type { ServerTls } from './server-tls.ts';
import type { Service } from './service.ts';

export interface AdminServerOptions {
  /** 0 picks a free port (tests); read the bound one from `port()` after start. */
  readonly port: number;
  readonly host?: string;
  readonly registry: Registry;
  readonly health: HealthState;
  readonly logger?: Logger;
  /** Reported by `GET /version`; the process's `buildInfo()` when absent. */
  readonly version?: BuildInfo;
  /** `--admin.http.tls.*`: HTTPS only, certificates reloaded when renewed. */
  readonly tls?: ServerTls | undefined;
  /**
   * Extra read-only `GET` pages by exact path (the jobs worker's `/jobs` and `/jobs.json`); the
   * built-in `/`, `/metrics` and `/version` cannot be replaced.
   */
  readonly routes?: Readonly<Record<string, AdminRoute>>;
}

/** A read-only admin page: its body and content type (status 200 unless given). */
export type AdminRoute = (
  query: URLSearchParams,
) => Promise<{ readonly status?: number; readonly contentType: string; readonly body: string }>;

export interface AdminServer extends Service {
  /** The bound port; only meaningful after `start()`. */
  port(): number;
}

/**
 * Jaeger's admin port (14269 collector/all-in-one, 14270 ingester, 16687 query): `GET /` health as
 * `pkg/healthcheck` answers it, `GET /metrics` in Prometheus text, `GET /version`. Plain node:http: three
 * read-only routes do not need a framework, and the admin server must keep answering when the
 * service's own HTTP stack is the thing that is broken.
 */
export function createAdminServer(options: AdminServerOptions): AdminServer {
  const server = createNodeHttpServer(
    (request, response) => {
      handle(options, request, response).catch((error: unknown) => {
        options.logger?.error({ err: error }, 'admin request failed');
        if (!response.headersSent) send(response, 500, 'text/plain', 'internal error');
        else response.destroy();
      });
    },
    { tls: options.tls },
  );
  let stopping: Promise<void> | undefined;
  return {
    name: 'admin',
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const port = (server.address() as AddressInfo).port;
          options.logger?.info({ port, tls: options.tls !== undefined }, 'admin server listening');
          resolve();
        });
      }),
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        if (!server.listening) {
          options.tls?.close();
          resolve();
          return;
        }
        server.close(() => {
          resolve();
        });
        server.closeIdleConnections();
      })),
    port: () => (server.address() as AddressInfo | null)?.port ?? options.port,
  };
}

async function handle(
  options: AdminServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://admin');
  const path = url.pathname;
  const route = options.routes?.[path];
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain', 'method not allowed');
  } else if (path === '/') {
    const { status, body } = healthResponse(options.health);
    send(response, status, 'application/json', JSON.stringify(body));
  } else if (path === '/metrics') {
    send(response, 200, options.registry.contentType, await options.registry.metrics());
  } else if (path === '/version') {
    send(response, 200, 'application/json', JSON.stringify(options.version ?? buildInfo()));
  } else if (route !== undefined) {
    const page = await route(url.searchParams);
    send(response, page.status ?? 200, page.contentType, page.body);
  } else {
    send(response, 404, 'text/plain', '404 page not found');
  }
}

/** Jaeger's exact bodies; `unavailable` lists Spanstream's named conditions (an addition). */
export function healthResponse(
  health: HealthState,
  now: Date = new Date(),
): { status: number; body: object } {
  const snapshot = health.snapshot();
  if (!snapshot.ready || snapshot.upSince === undefined) {
    const body =
      snapshot.reasons.length === 0
        ? { status: 'Server not available' }
        : { status: 'Server not available', unavailable: snapshot.reasons };
    return { status: 503, body };
  }
  return {
    status: 200,
    body: {
      status: 'Server available',
      upSince: snapshot.upSince.toISOString(),
      uptime: formatDuration(now.getTime() - snapshot.upSince.getTime()),
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}
