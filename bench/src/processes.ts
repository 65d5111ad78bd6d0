import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { freePort } from '@spanstream/testkit';

export { freePort };

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** SIGTERM, then the exit code (or signal name). */
  stop(): Promise<number | string>;
}

/**
 * Starts a service entry point (`services/<name>/src/main.ts`) on this Node with the given flags and
 * waits until `readyUrl` answers 200 (an admin `/`). `nodeArgs` are Node/V8 flags placed before the
 * entry point, as the product's start command sets them. Its logs go to a sink: a bench measures, it does
 * not print.
 */
export async function startServiceProcess(
  main: string,
  args: readonly string[],
  readyUrl: string,
  env: Readonly<Record<string, string>> = {},
  nodeArgs: readonly string[] = [],
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...nodeArgs, main, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${main} not ready after 60s: ${stderr}`);
    }
    const ok = await fetch(readyUrl).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    pid: child.pid!,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
