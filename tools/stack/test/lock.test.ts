import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withStackLock } from '../src/lock.ts';

describe('withStackLock', () => {
  const env = (): NodeJS.ProcessEnv => ({
    SPANSTREAM_STACK_LOCK: join(mkdtempSync(join(tmpdir(), 'stack-lock-')), 'lock'),
  });

  it('runs two commands one after the other, never interleaved', async () => {
    const lockEnv = env();
    const events: string[] = [];
    const work = (name: string) => async (): Promise<void> => {
      events.push(`${name} start`);
      await sleep(50);
      events.push(`${name} end`);
    };
    await Promise.all([withStackLock(lockEnv, work('a')), withStackLock(lockEnv, work('b'))]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('takes over a lock whose owner is gone', async () => {
    const lockEnv = env();
    const dir = lockEnv['SPANSTREAM_STACK_LOCK'] ?? '';
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), '999999999\n');
    await expect(withStackLock(lockEnv, () => Promise.resolve('done'), 5_000)).resolves.toBe('done');
  });
});
