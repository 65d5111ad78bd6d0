import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { redisPing } from '../probes.ts';
import { run, spawnDetached } from '../proc.ts';
import type { StackService } from '../service.ts';

const port = 6379;
const redisServer = 'redis-server';

async function installedVersion(): Promise<string> {
  const result = await run(redisServer, ['--version']).catch(() => undefined);
  const match = result === undefined ? null : /v=(\d+\.\d+\.\d+)/.exec(result.output);
  if (match?.[1] === undefined) {
    throw new Error(`${redisServer} is not installed: apt-get update && apt-get install -y redis-server`);
  }
  return match[1];
}

/**
 * Debian's redis-server, started in the foreground under our own PID file (no systemd here).
 * BullMQ needs Redis >= 6.2 and maxmemory-policy noeviction; nothing is persisted.
 */
export const redis: StackService = {
  name: 'redis',
  defaultVersion: () => {
    try {
      return (
        /v=(\d+\.\d+\.\d+)/.exec(execFileSync(redisServer, ['--version'], { encoding: 'utf8' }))?.[1] ??
        'unknown'
      );
    } catch {
      return 'not-installed';
    }
  },
  port,
  startTimeoutMs: 20_000,
  endpoint: (version) => ({ service: 'redis', url: `redis://127.0.0.1:${port}`, version }),
  async provision() {
    await installedVersion();
  },
  start(ctx) {
    mkdirSync(ctx.paths.home, { recursive: true });
    const args = [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--daemonize',
      'no',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--dir',
      ctx.paths.home,
    ];
    return Promise.resolve({
      pid: spawnDetached(redisServer, args, { log: ctx.paths.log, cwd: ctx.paths.home }),
    });
  },
  ready: () => redisPing(port),
};
