import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { run, runChecked } from '../proc.ts';

/** Elasticsearch refuses to run as root: as root, the stack runs it as this system user. */
export interface RunAs {
  readonly user: string;
  readonly uid: number;
  readonly gid: number;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Creates the system user when missing and returns its ids. */
export async function ensureUser(user: string): Promise<RunAs> {
  if ((await run('id', ['-u', user])).code !== 0) {
    await runChecked('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      user,
    ]);
  }
  const uid = Number((await runChecked('id', ['-u', user])).trim());
  const gid = Number((await runChecked('id', ['-g', user])).trim());
  return { user, uid, gid };
}

/**
 * Root's home (and so ~/.cache and often the checkout) is not traversable by another user, so as root the
 * distribution and the instance live under a world-traversable folder; one instance folder per state dir.
 */
export function sharedRoot(env: NodeJS.ProcessEnv): string {
  return env['SPANSTREAM_STACK_SHARED_DIR'] ?? '/var/tmp/spanstream-stack';
}

export function instanceDirFor(stateDir: string, env: NodeJS.ProcessEnv): string {
  const id = createHash('sha256').update(stateDir).digest('hex').slice(0, 12);
  return join(sharedRoot(env), `elasticsearch-instance-${id}`);
}
