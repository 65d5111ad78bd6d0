import { fileURLToPath } from 'node:url';
import { startNodeProcess, type NodeProcess } from '@spanstream/testkit';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

const run = (args: string[]) => startNodeProcess(MAIN, { args, inheritEnv: true });

const logLine = (proc: NodeProcess, msg: string): Record<string, unknown> | undefined =>
  proc.logs.find((entry) => entry['msg'] === msg);

describe('npm run query (main.ts)', () => {
  it('serves the API and the admin health endpoint, and exits 0 on SIGTERM', async () => {
    const proc = run([
      '--query.http-server.host-port=127.0.0.1:0',
      '--query.grpc-server.host-port=127.0.0.1:0',
      '--admin.http.host-port=127.0.0.1:0',
      '--query.base-path=/jaeger',
    ]);
    try {
      await expect.poll(() => logLine(proc, 'query service listening'), { timeout: 20_000 }).toBeDefined();
      const listening = logLine(proc, 'query service listening')!;
      const admin = logLine(proc, 'admin server listening')!;
      const api = await fetch(`http://127.0.0.1:${String(listening['http'])}/jaeger/api/services`);
      expect(api.status).toBe(200);
      expect(await api.json()).toEqual({ data: [], total: 0, limit: 0, offset: 0, errors: null });
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${String(admin['port'])}/`)).status, {
          timeout: 10_000,
        })
        .toBe(200);
    } finally {
      proc.child.kill('SIGTERM');
    }
    expect(await proc.exited).toBe(0);
  }, 30_000);

  it('refuses an unknown storage type at startup, naming the key', async () => {
    const proc = run(['--span-storage.type=bogus']);
    expect(await proc.exited).toBe(1);
    expect(proc.stderr()).toMatch(/span-storage\.type/);
  }, 30_000);
});
