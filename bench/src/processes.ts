import type { ChildProcess } from 'node:child_process';
import { freePort, startNodeProcess, waitUntilServing } from '@spanstream/testkit';

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
 * entry point, as the product's start command sets them. Its logs are kept, not printed: a bench
 * measures, it does not print.
 */
export async function startServiceProcess(
  main: string,
  args: readonly string[],
  readyUrl: string,
  env: Readonly<Record<string, string>> = {},
  nodeArgs: readonly string[] = [],
): Promise<ServiceProcess> {
  const proc = startNodeProcess(main, { args, env, nodeArgs });
  await waitUntilServing(proc, readyUrl, { name: main });
  return { child: proc.child, pid: proc.child.pid!, stop: () => proc.stop() };
}
