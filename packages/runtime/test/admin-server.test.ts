import { afterEach, describe, expect, it } from 'vitest';
import { Counter } from 'prom-client';
import { buildInfo, createAdminServer, createHealthState, createMetricsRegistry } from '../src/index.ts';
import type { AdminServer } from '../src/index.ts';

describe('admin server', () => {
  let server: AdminServer | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  async function start() {
    const registry = createMetricsRegistry();
    const health = createHealthState();
    server = createAdminServer({ port: 0, host: '127.0.0.1', registry, health });
    await server.start();
    return { registry, health, base: `http://127.0.0.1:${server.port()}` };
  }

  it('serves health on / as Jaeger does', async () => {
    const { health, base } = await start();
    const before = await fetch(`${base}/`);
    expect(before.status).toBe(503);
    expect(before.headers.get('content-type')).toBe('application/json');
    expect(await before.json()).toEqual({ status: 'Server not available' });
    health.set('ready');
    const after = await fetch(`${base}/`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({
      status: 'Server available',
      upSince: expect.any(String) as string,
    });
  });

  it('sends nosniff, Referrer-Policy and a frame-ancestors CSP on every response', async () => {
    const { base } = await start();
    for (const path of ['/', '/metrics', '/version', '/nope']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
    }
  });

  it('serves this registry, with default process metrics, on /metrics', async () => {
    const { registry, base } = await start();
    new Counter({ name: 'spanstream_test_total', help: 'test', registers: [registry] }).inc(3);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('spanstream_test_total 3');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it("serves a service's own read-only routes, with their query, never in place of the built-in ones", async () => {
    const registry = createMetricsRegistry();
    server = createAdminServer({
      port: 0,
      host: '127.0.0.1',
      registry,
      health: createHealthState(),
      routes: {
        '/jobs.json': (query) =>
          Promise.resolve({
            contentType: 'application/json',
            body: JSON.stringify({ job: query.get('job') }),
          }),
        '/version': () => Promise.resolve({ contentType: 'text/plain', body: 'replaced' }),
      },
    });
    await server.start();
    const base = `http://127.0.0.1:${server.port()}`;
    const page = await fetch(`${base}/jobs.json?job=cleaner`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.json()).toEqual({ job: 'cleaner' });
    expect(await (await fetch(`${base}/version`)).json()).toEqual(buildInfo());
    expect((await fetch(`${base}/jobs.json`, { method: 'POST' })).status).toBe(405);
  });

  it('serves /version, 404 elsewhere, 405 for writes', async () => {
    const { base } = await start();
    // The process's one version, as the UI's About menu shows it (JAEGER_VERSION in index.html).
    expect(await (await fetch(`${base}/version`)).json()).toEqual(buildInfo());
    expect(buildInfo().gitVersion).toMatch(/^v\d+\.\d+\.\d+/);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('stops idempotently and fails to start on a busy port', async () => {
    const { base } = await start();
    const port = Number(new URL(base).port);
    const second = createAdminServer({
      port,
      host: '127.0.0.1',
      registry: createMetricsRegistry({ defaultMetrics: false }),
      health: createHealthState(),
    });
    await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
    await Promise.all([server!.stop(), server!.stop()]);
    await expect(fetch(`${base}/`)).rejects.toThrow();
  });
});
