import { readEndpoints } from '../endpoints.ts';
import { isAlive, readPid, rssMiB } from '../proc.ts';
import type { StackService } from '../service.ts';
import { contextOf } from '../services.ts';

/** One line per service: running or not, ready or not, memory, endpoint. Resolves false when one is not ready. */
export async function status(selected: readonly StackService[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const endpoints = readEndpoints(env);
  let allReady = true;
  for (const service of selected) {
    const ctx = contextOf(service, env);
    const pid = readPid(ctx.paths.pidFile);
    const alive = pid !== undefined && isAlive(pid);
    const ready = await service.ready(ctx);
    allReady &&= ready;
    const state = ready ? (alive ? 'ready' : 'ready (not managed)') : alive ? 'starting' : 'stopped';
    const rss = alive ? rssMiB(pid) : undefined;
    const url = endpoints[service.name]?.url ?? service.endpoint(ctx.version).url;
    const facts = [
      ctx.version,
      ...(alive ? [`pid ${pid}`] : []),
      ...(rss === undefined ? [] : [`${rss} MiB RSS`]),
    ];
    console.log(`${service.name.padEnd(16)} ${state.padEnd(20)} ${url.padEnd(40)} (${facts.join(', ')})`);
  }
  return allReady;
}
