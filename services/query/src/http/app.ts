import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import { createNodeHttpServer, SECURITY_HEADERS } from '@spanstream/runtime';
import type { Logger, ServerTls } from '@spanstream/runtime';
import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyError, FastifyInstance } from 'fastify';
import { createDisabledMetricsReader, type MetricsReader } from '@spanstream/metrics-store';
import type { LiveHub } from '../live/live-hub.ts';
import { registerLiveTailRoutes } from '../live/live-routes.ts';
import type { QueryMetrics } from '../metrics.ts';
import type { QueryCore } from '../query-core.ts';
import { runWithRequestContext } from '@spanstream/storage-api';
import { bearerTokenFromHeaders } from '../request-context.ts';
import { registerApiV1Routes } from './api-v1.ts';
import { registerMetricsRoutes } from './api-metrics.ts';
import { registerUiSupportRoutes } from './api-ui-support.ts';
import { registerApiV3Routes, sendV3Error } from './api-v3.ts';
import { sendError } from './envelope.ts';
import type { IndexHtmlOptions } from './index-html.ts';
import { registerStaticUi } from './static-ui.ts';
import type { UiConfig } from './ui-config.ts';

export interface QueryHttpOptions {
  /** `--query.base-path`: '/' or a prefix without a trailing slash ('/jaeger'). */
  readonly basePath: string;
  readonly staticDir: string;
  readonly uiConfig: () => Promise<UiConfig>;
  readonly version: IndexHtmlOptions['version'];
  /** `--query.bearer-token-propagation`. */
  readonly bearerTokenPropagation: boolean;
  /** `--query.additional-headers`: `Key: Value` entries added to every response. */
  readonly additionalHeaders: readonly string[];
  /** Allowed CORS origins (`*` for any); empty = CORS off, as in Jaeger. */
  readonly corsAllowedOrigins: readonly string[];
  readonly corsAllowedHeaders: readonly string[];
  /** `--query.http.tls.*`: HTTPS only; closed with the app. */
  readonly tls?: ServerTls | undefined;
}

export interface QueryHttpDeps {
  readonly core: QueryCore;
  readonly logger: Logger;
  readonly metrics: QueryMetrics;
  readonly options: QueryHttpOptions;
  readonly now?: () => number;
  /** `/api/metrics/*` (`--metrics-storage.type`); disabled (501) when absent. */
  readonly metricsReader?: MetricsReader | undefined;
  /** `GET /api/stream/spans`; undefined = the live tail is disabled (503). */
  readonly liveTail?: LiveHub | undefined;
}

/** The query service's HTTP app, not yet listening: `app.inject()` in tests, `app.listen()` in the service. */
export async function buildQueryHttpApp(deps: QueryHttpDeps): Promise<FastifyInstance> {
  // Typed as fastify's base logger so the app is a plain FastifyInstance for callers.
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance,
    // HTTPS when TLS is on, and timeouts that close slow clients (see createNodeHttpServer).
    serverFactory: (handler) => createNodeHttpServer(handler, { tls: deps.options.tls }),
    // Request logging off: 500s are logged by the error handler; per-request lines would swamp the logs.
    logController: new LogController({ disableRequestLogging: true }),
    // Jaeger's gorilla mux matches paths as sent; keep `a%2Fb` service names in one path segment.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
  });
  await app.register(fastifyCompress, { global: true });
  const { options } = deps;
  if (options.corsAllowedOrigins.length > 0) {
    await app.register(fastifyCors, {
      origin: options.corsAllowedOrigins.includes('*') ? true : [...options.corsAllowedOrigins],
      ...(options.corsAllowedHeaders.length > 0 ? { allowedHeaders: [...options.corsAllowedHeaders] } : {}),
    });
  }
  const headers = parseAdditionalHeaders(options.additionalHeaders);
  // Security headers first, so `--query.additional-headers` can override them (e.g. frame-ancestors
  // for a UI embedded elsewhere); index.html sets its own CSP allowing its inline config script.
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    for (const [name, value] of headers) reply.header(name, value);
  });
  app.addHook('onClose', () => {
    options.tls?.close();
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const bearerToken = options.bearerTokenPropagation
      ? bearerTokenFromHeaders(
          request.headers.authorization,
          headerValue(request.headers['x-forwarded-access-token']),
        )
      : undefined;
    runWithRequestContext(bearerToken === undefined ? {} : { bearerToken }, done);
  });
  app.addHook('onResponse', async (request, reply) => {
    const endpoint = request.routeOptions.url ?? 'unmatched';
    deps.metrics.observeRequest('http', endpoint, String(reply.statusCode), reply.elapsedTime / 1000);
  });
  await app.register(
    (scoped, _opts, done) => {
      registerQueryRoutes(scoped, deps);
      done();
    },
    { prefix: options.basePath === '/' ? '' : options.basePath },
  );
  if (options.basePath !== '/') {
    app.get('/', (_request, reply) => reply.redirect(`${options.basePath}/`));
  }
  return app;
}

/**
 * Every query route on `app` (API v1, api_v3, UI with SPA fallback) plus the
 * Jaeger-style error handler. Register inside a prefixed plugin for a base path.
 */
export function registerQueryRoutes(app: FastifyInstance, deps: QueryHttpDeps): void {
  const { options } = deps;
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500)
      deps.logger.error({ err: error, url: request.url }, 'HTTP handler, Internal Server Error');
    const local = request.url.slice(options.basePath === '/' ? 0 : options.basePath.length);
    return local.startsWith('/api/v3/')
      ? sendV3Error(reply, status, error.message)
      : sendError(reply, status, error.message);
  });
  registerApiV1Routes(app, { core: deps.core, logger: deps.logger, now: deps.now ?? Date.now });
  registerMetricsRoutes(app, {
    reader: deps.metricsReader ?? createDisabledMetricsReader(),
    now: deps.now ?? Date.now,
  });
  registerUiSupportRoutes(app);
  registerApiV3Routes(app, deps.core);
  registerLiveTailRoutes(app, deps.liveTail);
  void app.register(registerStaticUi, {
    staticDir: options.staticDir,
    basePath: options.basePath,
    uiConfig: options.uiConfig,
    archiveStorage: deps.core.archiveEnabled,
    version: options.version,
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `Key: Value` → [key, value]; malformed entries are rejected by the config layer before this. */
function parseAdditionalHeaders(entries: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new Error(`query.additional-headers: expected "Key: Value", got "${entry}"`);
    out.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return out;
}
