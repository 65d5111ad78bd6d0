/**
 * The allInOne strategy (`npm start`). Its ingest → query path, bad input, health, metrics and
 * SIGTERM are tested in services/all-in-one; here only what a user opens first: the UI on the
 * query port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectorReceiverFlags, queryListenerFlags, startService, stopService } from './src/processes.ts';
import type { ServiceProcess } from './src/processes.ts';

/** The bundle's `<script type="module" src=…>` tag of the built UI, if it is built. */
function builtUiScript(): string | undefined {
  const index = fileURLToPath(new URL('../services/ui/dist/index.html', import.meta.url));
  if (!existsSync(index)) return undefined;
  return /<script type="module"[^>]*src="[^"]+"[^>]*>/.exec(readFileSync(index, 'utf8'))?.[0];
}

describe('allInOne strategy: npm start', () => {
  let allInOne: ServiceProcess | undefined;
  let queryPort = 0;

  beforeAll(async () => {
    const receivers = await collectorReceiverFlags();
    const listeners = await queryListenerFlags();
    queryPort = listeners.httpPort;
    allInOne = await startService('all-in-one', [...receivers.args, ...listeners.args]);
  });

  afterAll(async () => {
    const code = await stopService(allInOne);
    expect(code, allInOne?.output()).toBe(0);
  });

  it('serves the UI as HTML at / on the query port', async () => {
    const response = await fetch(`http://127.0.0.1:${queryPort}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/i);
    // The query's search-and-replace of Jaeger UI's index.html filled in the config functions.
    expect(html).toContain('function getJaegerUiConfig()');
    const built = builtUiScript();
    if (built === undefined) {
      // `npm run build -w @spanstream/ui` not run (.ci/run runs it before the tests): the query
      // says so instead of answering 404.
      expect(html).toContain('npm run build -w @spanstream/ui');
    } else {
      expect(html).toContain(built);
    }
  });

  it('serves the UI for a deep link (the single-page app routes /trace/{id} itself)', async () => {
    const response = await fetch(`http://127.0.0.1:${queryPort}/trace/0123456789abcdef0123456789abcdef`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    await response.body?.cancel();
  });
});
