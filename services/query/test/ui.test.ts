import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseUiConfig } from '../src/http/ui-config.ts';
import type { UiConfig } from '../src/http/ui-config.ts';
import { createTestApp, fakeUiBuild } from './harness.ts';

const QUERY_MAIN = new URL('../src/main.ts', import.meta.url).pathname;

const uiConfig: UiConfig = {
  kind: 'object',
  value: {
    menu: [{ label: 'Docs', url: 'https://example.com/</script>' }],
    dependencies: { menuEnabled: false },
    tracking: { gaID: 'UA-1' },
    search: { maxLookback: { label: '2 days', value: '2d' } },
    archiveEnabled: true,
    linkPatterns: [{ type: 'tags', key: 'customer_id', url: 'https://crm/#{customer_id}', text: 'open' }],
  },
};

describe('UI serving', () => {
  it('injects the UI config, storage capabilities and version into index.html (Jaeger contract)', async () => {
    const { app } = await createTestApp({
      archive: true,
      http: { staticDir: fakeUiBuild(), uiConfig: () => Promise.resolve(uiConfig) },
    });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const html = response.body;
    const config = /JAEGER_CONFIG = (.*?);/.exec(html)?.[1];
    // `<` is escaped so a config value cannot close the script element.
    expect(config).not.toContain('</script>');
    expect(JSON.parse(config!)).toEqual(uiConfig.kind === 'object' ? uiConfig.value : undefined);
    expect(html).toContain('JAEGER_STORAGE_CAPABILITIES = {"archiveStorage":true};');
    expect(html).toMatch(
      /JAEGER_VERSION = \{"gitCommit":"[^"]*","gitVersion":"v\d+\.\d+\.\d+[^"]*","buildDate":"[^"]*"\};/,
    );
    await app.close();
  });

  it('replaces the JAEGER_CONFIG_JS marker with a UIConfig() script', async () => {
    const script = parseUiConfig('ui.js', 'function UIConfig() { return { menu: [] }; }');
    const { app } = await createTestApp({
      http: { staticDir: fakeUiBuild(), uiConfig: () => Promise.resolve(script) },
    });
    const html = (await app.inject({ method: 'GET', url: '/' })).body;
    expect(html).toContain('function UIConfig() { return { menu: [] }; }');
    expect(html).not.toContain('// JAEGER_CONFIG_JS');
    expect(html).toContain('function getJaegerUiConfig()');
    await app.close();
  });

  it('falls back to index.html for client-side routes, but not for API paths', async () => {
    const { app } = await createTestApp({ http: { staticDir: fakeUiBuild() } });
    for (const url of ['/search?service=a', '/trace/abc', '/dependencies']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<div id="root">');
    }
    expect((await app.inject({ method: 'GET', url: '/api/v3/nope' })).statusCode).toBe(404);
    await app.close();
  });

  it('caches hashed assets forever and revalidates other files', async () => {
    const { app } = await createTestApp({ http: { staticDir: fakeUiBuild() } });
    const asset = await app.inject({ method: 'GET', url: '/assets/index-AbC123xY.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.headers['cache-control']).toBe('no-cache');
    await app.close();
  });

  it('gzips responses when the client accepts it', async () => {
    const { app } = await createTestApp({ http: { staticDir: fakeUiBuild() } });
    const response = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123xY.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toContain('console.log');
    const api = await app.inject({
      method: 'GET',
      url: '/api/traces?service=query22-service&limit=5',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(api.headers['content-encoding']).toBe('gzip');
    await app.close();
  });

  it('serves a placeholder page naming the missing build when the UI is not built', async () => {
    const { app } = await createTestApp();
    const response = await app.inject({ method: 'GET', url: '/search' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The web UI is not built');
    await app.close();
  });
});

describe('--query.base-path', () => {
  it('serves the API and the UI under the prefix and rewrites <base href>', async () => {
    const { app } = await createTestApp({ http: { basePath: '/jaeger', staticDir: fakeUiBuild() } });
    expect((await app.inject({ method: 'GET', url: '/jaeger/api/services' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/jaeger/api/v3/services' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/services' })).statusCode).toBe(404);
    const index = await app.inject({ method: 'GET', url: '/jaeger/search' });
    expect(index.body).toContain('<base href="/jaeger/"');
    const asset = await app.inject({ method: 'GET', url: '/jaeger/assets/index-AbC123xY.js' });
    expect(asset.statusCode).toBe(200);
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/jaeger/');
    await app.close();
  });
});

describe('response options', () => {
  it('adds --query.additional-headers to every response', async () => {
    const { app } = await createTestApp({
      http: { additionalHeaders: ['X-Frame-Options: DENY', 'X-Team: tracing'] },
    });
    const response = await app.inject({ method: 'GET', url: '/api/services' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-team']).toBe('tracing');
    await app.close();
  });

  it('answers CORS preflights only when origins are configured', async () => {
    const preflight = {
      method: 'OPTIONS' as const,
      url: '/api/services',
      headers: { origin: 'https://grafana.example', 'access-control-request-method': 'GET' },
    };
    const off = await createTestApp();
    expect((await off.app.inject(preflight)).headers['access-control-allow-origin']).toBeUndefined();
    await off.app.close();
    const on = await createTestApp({ http: { corsAllowedOrigins: ['https://grafana.example'] } });
    const response = await on.app.inject(preflight);
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://grafana.example');
    await on.app.close();
  });
});

describe('parseUiConfig', () => {
  it('reads JSON and YAML objects and rejects other shapes, naming the file', () => {
    expect(parseUiConfig('c.json', '{"archiveEnabled":false}')).toEqual({
      kind: 'object',
      value: { archiveEnabled: false },
    });
    expect(parseUiConfig('c.yaml', 'dependencies:\n  menuEnabled: false\n')).toEqual({
      kind: 'object',
      value: { dependencies: { menuEnabled: false } },
    });
    expect(() => parseUiConfig('c.json', '[1]')).toThrow(
      'UI config file c.json must hold an object, not an array',
    );
    expect(() => parseUiConfig('c.json', '{oops')).toThrow(/cannot parse UI config file c.json/);
    expect(() => parseUiConfig('c.js', 'alert(1)')).toThrow(/function UIConfig/);
  });

  it('names the line and column of a syntax error and the path of a misplaced value', () => {
    expect(() => parseUiConfig('c.json', '{\n  "menu": [\n    {"label": "a",}\n  ]\n}')).toThrow(
      /^cannot parse UI config file c\.json: line 3, column 19: Expected double-quoted property name$/,
    );
    expect(() => parseUiConfig('c.yaml', 'menu:\n  - label: [\n')).toThrow(
      /^cannot parse UI config file c\.yaml: line \d+, column \d+: /,
    );
    expect(() => parseUiConfig('c.json', '{"menu": {"label": "x"}}')).toThrow(
      'UI config file c.json: menu: expected a list, got object',
    );
    expect(() => parseUiConfig('c.yaml', 'menu:\n  - label: Docs\n    items:\n      - url: 3\n')).toThrow(
      'UI config file c.yaml: menu[0].items[0].label: expected a string, got undefined',
    );
    expect(() =>
      parseUiConfig('c.json', '{"linkPatterns": [{"type": "tag", "url": "u", "text": "t"}]}'),
    ).toThrow(
      'UI config file c.json: linkPatterns[0].type: expected one of process|tags|logs|traces, got "tag"',
    );
    expect(() => parseUiConfig('c.json', '{"tracking": {"gaID": 12}}')).toThrow(
      'UI config file c.json: tracking.gaID: expected a string, got number',
    );
    // Keys the UI does not use pass through, as Jaeger Query passes them.
    expect(parseUiConfig('c.json', '{"themes": {"enabled": true}}')).toEqual({
      kind: 'object',
      value: { themes: { enabled: true } },
    });
  });

  it('refuses a missing or broken file at startup with one line naming it, exit code 2', () => {
    const dir = fakeUiBuild();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"menu": [');
    for (const [file, message] of [
      [join(dir, 'missing.json'), `UI config file ${join(dir, 'missing.json')}: no such file`],
      [broken, `cannot parse UI config file ${broken}: Unexpected end of JSON input (end of file)`],
    ] as const) {
      const result = spawnSync(
        process.execPath,
        [QUERY_MAIN, '--span-storage.type=memory', `--query.ui-config=${file}`, '--log-level=warn'],
        { encoding: 'utf8', timeout: 30_000 },
      );
      expect(result.status).toBe(2);
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'fatal', msg: message });
      expect(result.stdout + result.stderr).not.toContain('    at ');
    }
  });

  it('hot-reloads the file when it changes', async () => {
    const { createUiConfigSource, loadUiConfig } = await import('../src/http/ui-config.ts');
    const dir = fakeUiBuild();
    const path = join(dir, 'ui.json');
    writeFileSync(path, '{"v":1}');
    const source = createUiConfigSource(path, await loadUiConfig(path), () => undefined);
    expect(await source()).toEqual({ kind: 'object', value: { v: 1 } });
    writeFileSync(path, '{"v":2}');
    const { utimesSync } = await import('node:fs');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(await source()).toEqual({ kind: 'object', value: { v: 2 } });
  });
});
