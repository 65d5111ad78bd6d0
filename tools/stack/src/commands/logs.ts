import { spawn } from 'node:child_process';
import { logTail } from '../readiness.ts';
import type { StackService } from '../service.ts';
import { contextOf } from '../services.ts';

/** Prints the last `lines` of each service's log; with `follow`, keeps printing (tail -F) until interrupted. */
export async function logs(
  selected: readonly StackService[],
  env: NodeJS.ProcessEnv,
  lines: number,
  follow: boolean,
): Promise<void> {
  const files = selected.map((service) => contextOf(service, env).paths.log);
  if (follow) {
    const child = spawn('tail', ['-n', String(lines), '-F', ...files], { stdio: 'inherit' });
    await new Promise((resolvePromise) => child.on('close', resolvePromise));
    return;
  }
  selected.forEach((service, i) => {
    console.log(`==> ${service.name}: ${files[i]} <==`);
    console.log(logTail(files[i] ?? '', lines));
  });
}
