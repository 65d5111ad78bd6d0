import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { defaultQueryOptions } from '../src/config.ts';
import type { QueryServiceOptions } from '../src/config.ts';
import type { QueryService } from '../src/query-service.ts';
import { loadedStore, testQueryService } from './harness.ts';

async function withService(
  overrides: Partial<QueryServiceOptions>,
  body: (service: QueryService, base: string) => Promise<void>,
): Promise<void> {
  const service = testQueryService(await loadedStore(), { options: defaultQueryOptions(overrides) });
  await service.start();
  try {
    await body(service, `http://127.0.0.1:${service.ports.http}`);
  } finally {
    await service.stop();
  }
}

const traceCount = async (url: string): Promise<number> => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: unknown[]; result?: { resourceSpans: unknown[] } };
  return body.data?.length ?? 0;
};

describe('query service hardening', () => {
  it('sends nosniff, Referrer-Policy and a CSP with frame-ancestors on API, UI and unknown paths', async () => {
    await withService({}, async (_service, base) => {
      for (const path of ['/api/services', '/api/traces/zz', '/api/v3/services', '/search', '/nope.js']) {
        const response = await fetch(`${base}${path}`);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/);
      }
    });
  });

  it("allows index.html's inline config script by its hash, and no other inline script", async () => {
    await withService({}, async (_service, base) => {
      const response = await fetch(`${base}/`);
      const html = await response.text();
      const csp = response.headers.get('content-security-policy') ?? '';
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
      expect(inline.length).toBeGreaterThan(0);
      for (const [, body] of inline) {
        const hash = createHash('sha256')
          .update(body ?? '')
          .digest('base64');
        expect(csp).toContain(`'sha256-${hash}'`);
      }
      expect(csp).toMatch(/script-src 'self' 'sha256-/);
    });
  });

  it('lets --query.additional-headers override a security header (a UI embedded elsewhere)', async () => {
    const csp = 'frame-ancestors https://portal.example';
    await withService({ additionalHeaders: [`Content-Security-Policy: ${csp}`] }, async (_s, base) => {
      const response = await fetch(`${base}/api/services`);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    });
  });

  it('clamps limit (and limit=0, "all") to --query.max-search-depth (applied in the core, for every API)', async () => {
    await withService({}, async (_service, base) => {
      const services = ((await (await fetch(`${base}/api/services`)).json()) as { data: string[] }).data;
      const counts = await Promise.all(
        services.map(async (s) => ({
          s,
          n: await traceCount(
            `${base}/api/traces?service=${encodeURIComponent(s)}&limit=1000&lookback=1000000h`,
          ),
        })),
      );
      const busiest = counts.sort((a, b) => b.n - a.n)[0]!;
      expect(busiest.n).toBeGreaterThan(1);
      await withService({ maxSearchDepth: 1 }, async (_capped, capped) => {
        const service = encodeURIComponent(busiest.s);
        for (const limit of ['1000', '0']) {
          expect(
            await traceCount(`${capped}/api/traces?service=${service}&limit=${limit}&lookback=1000000h`),
          ).toBe(1);
        }
      });
    });
  });

  it('closes clients that send nothing, or their headers byte by byte (slowloris), within the headers timeout', async () => {
    await withService({}, async (service) => {
      const sockets: Socket[] = [];
      const closed = new Set<Socket>();
      for (let i = 0; i < 100; i++) {
        const socket = connect(service.ports.http, '127.0.0.1');
        socket.on('error', () => undefined);
        socket.on('close', () => closed.add(socket));
        // Half of them never send a byte, half send their headers a byte at a time.
        if (i % 2 === 0) socket.write('GET /api/services HTTP/1.1\r\nHost: localhost\r\n');
        sockets.push(socket);
      }
      const drip = setInterval(() => {
        sockets.forEach((socket, i) => {
          if (i % 2 === 0 && !socket.destroyed) socket.write('X');
        });
      }, 500);
      try {
        // DEFAULT_HTTP_TIMEOUTS.headersTimeoutMs is 10 s, checked every second; node's own default
        // (60 s, checked every 30 s) kept these open for up to 90 s.
        await vi.waitFor(
          () => {
            expect(closed.size).toBe(sockets.length);
          },
          { timeout: 20_000, interval: 250 },
        );
      } finally {
        clearInterval(drip);
        for (const socket of sockets) socket.destroy();
      }
    });
  }, 30_000);
});
