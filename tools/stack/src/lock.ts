import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './proc.ts';

/**
 * The servers listen on fixed ports, so two `up`/`down` runs on one machine — from two checkouts, or a
 * test run's global setup beside a manual `up` — must not interleave: the second waits, then finds the
 * servers running (or reuses the other checkout's). A folder is the lock (mkdir is atomic); its owner's
 * PID inside lets a lock left by a killed run be taken over.
 */
function lockDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['SPANSTREAM_STACK_LOCK'] ?? '/tmp/spanstream-stack.lock';
}

export async function withStackLock<T>(
  env: NodeJS.ProcessEnv,
  work: () => Promise<T>,
  timeoutMs = 900_000,
): Promise<T> {
  const dir = lockDir(env);
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), `${process.pid}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerPid(dir);
      if (owner !== undefined && !isAlive(owner)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for the stack lock ${dir} (held by pid ${owner})`);
      if (!told) console.log(`waiting for another stack command (pid ${owner ?? '?'}) to finish…`);
      told = true;
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ownerPid(dir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dir, 'pid'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // being created right now
  }
}
