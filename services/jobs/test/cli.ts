// Runs `npm run jobs -- …` as the user does (a child process on this Node), for the integration tests.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const JOBS_MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runJobsCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [JOBS_MAIN, ...args],
      { env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON result a successful command prints on stdout. */
export function resultOf(run: CliRun): Record<string, unknown> {
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
