import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root: tools/stack/src -> ../../.. */
export const repoRoot: string = resolve(import.meta.dirname, '..', '..', '..');

/** Downloads and unpacked server distributions; survives `down` and fresh clones. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['SPANSTREAM_STACK_CACHE'] ?? join(homedir(), '.cache', 'spanstream-stack');
}

/** Data, logs, PID files and endpoints.json of the running stack (gitignored). */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['SPANSTREAM_STACK_DIR'] ?? join(repoRoot, '.stack');
}

export interface ServicePaths {
  /** This server version's unpacked distribution or classpath, shared by all checkouts. */
  readonly cache: string;
  /** Data and config of this checkout's instance. */
  readonly home: string;
  readonly log: string;
  readonly pidFile: string;
}

export function servicePaths(
  name: string,
  version: string,
  env: NodeJS.ProcessEnv = process.env,
): ServicePaths {
  const state = stateDir(env);
  return {
    cache: join(cacheDir(env), `${name}-${version}`),
    home: join(state, name),
    log: join(state, 'logs', `${name}.log`),
    pidFile: join(state, 'pids', `${name}.pid`),
  };
}
