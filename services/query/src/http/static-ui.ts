import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { cspWithScriptHashes } from '@spanstream/runtime';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './envelope.ts';
import { sendV3Error } from './api-v3.ts';
import type { IndexHtmlOptions } from './index-html.ts';
import { inlineScriptHashes, placeholderIndexHtml, renderIndexHtml } from './index-html.ts';
import type { UiConfig } from './ui-config.ts';
import { enablesAnalytics, GOOGLE_ANALYTICS_CSP } from './ui-config.ts';

export interface StaticUiOptions extends Omit<IndexHtmlOptions, 'uiConfig'> {
  /** `--query.static-files`: the built UI (index.html + assets). */
  readonly staticDir: string;
  readonly uiConfig: () => Promise<UiConfig>;
}

// Vite names built assets `name-<hash>.ext`: their content never changes under that name.
const HASHED_ASSET = /[-.][A-Za-z0-9_-]{8,}\.(?:js|mjs|css|woff2?|ttf|svg|png|jpe?g|gif|webp|wasm|map)$/;

/**
 * Serves the UI at the (prefixed) root: hashed assets with immutable caching,
 * everything else revalidated, and index.html (with Jaeger's injected config)
 * for every other GET path so client-side routes survive a reload (SPA fallback).
 * Unknown `/api/...` paths get an API-style 404 instead.
 */
export async function registerStaticUi(app: FastifyInstance, options: StaticUiOptions): Promise<void> {
  const indexPath = join(options.staticDir, 'index.html');
  const built = existsSync(indexPath);
  if (built) {
    await app.register(fastifyStatic, {
      root: options.staticDir,
      index: false,
      wildcard: true,
      setHeaders: (reply, path) => {
        void reply.header(
          'cache-control',
          HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  const template = async (): Promise<string> =>
    built ? readFile(indexPath, 'utf8') : placeholderIndexHtml(options.staticDir);

  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> => {
    const uiConfig = await options.uiConfig();
    const html = renderIndexHtml(await template(), { ...options, uiConfig });
    // Google Analytics' origins are allowed only when the UI config turns tracking on (tracking.gaID).
    const csp = cspWithScriptHashes(
      inlineScriptHashes(html),
      enablesAnalytics(uiConfig) ? GOOGLE_ANALYTICS_CSP : {},
    );
    return reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', csp)
      .send(html);
  };

  // index.html is never served as a plain file: it always carries the injected config.
  app.get('/', (_request, reply) => sendIndex(reply));
  app.get('/index.html', (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const local = path.slice(options.basePath === '/' ? 0 : options.basePath.length);
    if (local.startsWith('/api/v3/'))
      return sendV3Error(reply, 404, `no such endpoint: ${request.method} ${path}`);
    if (local.startsWith('/api/'))
      return sendError(reply, 404, `no such endpoint: ${request.method} ${path}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(reply, 404, 'not found');
    return sendIndex(reply);
  });
}
