/**
 * Issue 19 (newcomer path): `--port-offset` runs a second all-in-one beside a first. Both instances
 * here take an offset (this machine's default ports may belong to another instance), 1000 apart:
 * no two default ports differ by 1000, and every port stays below the ephemeral range (32768).
 */
import { freePort } from '@spanstream/testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAllInOne, type RunningProcess } from './process.ts';

const running: RunningProcess[] = [];
afterEach(async () => {
  for (const process of running.splice(0)) {
    if (process.child.exitCode === null) {
      process.child.kill('SIGKILL');
      await process.exited;
    }
  }
});

async function ready(process: RunningProcess, adminPort: number): Promise<void> {
  await vi.waitFor(
    async () => {
      if (process.child.exitCode !== null)
        throw new Error(`exited early: ${JSON.stringify(process.logs.at(-3))} ${process.stderr()}`);
      expect((await fetch(`http://127.0.0.1:${adminPort}/`)).status).toBe(200);
    },
    { timeout: 45_000, interval: 200 },
  );
}

function otlpSpan(service: string, traceId: string): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId,
                spanId: '0102030405060708',
                name: 'op',
                startTimeUnixNano: String(now),
                endTimeUnixNano: String(now + 1000n),
              },
            ],
          },
        ],
      },
    ],
  });
}

async function services(queryPort: number): Promise<string[]> {
  const body = (await (await fetch(`http://127.0.0.1:${queryPort}/api/services`)).json()) as {
    data: string[] | null;
  };
  return body.data ?? [];
}

describe('all-in-one --port-offset', { timeout: 120_000 }, () => {
  it('two instances side by side: every default listener moved by its offset, a listener given by flag kept', async () => {
    // A random base keeps parallel runs of this test apart.
    const base = 10_000 + Math.floor(Math.random() * 40) * 100;
    const second = base + 1000;
    const explicitOtlp = await freePort();
    const a = startAllInOne([`--port-offset=${base}`, '--log-level=info']);
    running.push(a);
    const b = startAllInOne([], {
      PORT_OFFSET: String(second),
      COLLECTOR_OTLP_HTTP_HOST_PORT: `127.0.0.1:${explicitOtlp}`,
    });
    running.push(b);
    await ready(a, 14269 + base);
    await ready(b, 14269 + second);

    // The startup line shows the moved UI port.
    const uiLine = (p: RunningProcess) => p.logs.find((l) => String(l['msg']).startsWith('Spanstream UI: '));
    expect(uiLine(a)?.['msg']).toBe(`Spanstream UI: http://localhost:${16686 + base}/`);
    expect(uiLine(b)?.['msg']).toBe(`Spanstream UI: http://localhost:${16686 + second}/`);
    const ports = (p: RunningProcess) =>
      p.logs.find((l) => l['msg'] === 'all-in-one ready')?.['ports'] as Record<string, number>;
    await vi.waitFor(() => {
      expect(ports(b)).toBeDefined();
    });
    expect(ports(a)).toMatchObject({
      'collector.otlpHttp': 4318 + base,
      'collector.otlpGrpc': 4317 + base,
      'collector.jaegerGrpc': 14250 + base,
      'collector.jaegerHttp': 14268 + base,
      'collector.zipkin': 9411 + base,
      'collector.sampling': 5778 + base,
      'query.http': 16686 + base,
      'query.grpc': 16685 + base,
      'agent.jaeger-compact': 6831 + base,
      'agent.jaeger-binary': 6832 + base,
      'agent.zipkin-compact': 5775 + base,
      admin: 14269 + base,
    });
    expect(ports(b)).toMatchObject({ 'collector.otlpHttp': explicitOtlp, 'query.http': 16686 + second });

    // Each instance takes its own spans and serves only those.
    const post = (port: number, service: string, traceId: string) =>
      fetch(`http://127.0.0.1:${port}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: otlpSpan(service, traceId),
      });
    expect((await post(4318 + base, 'first-instance', 'a'.repeat(32))).status).toBe(200);
    expect((await post(explicitOtlp, 'second-instance', 'b'.repeat(32))).status).toBe(200);
    await expect.poll(() => services(16686 + base), { timeout: 10_000 }).toEqual(['first-instance']);
    await expect.poll(() => services(16686 + second), { timeout: 10_000 }).toEqual(['second-instance']);
  });
});
