import { updateEndpoints } from '../endpoints.ts';
import { stackEndpointsFile } from '@spanstream/testkit/stack';
import { portOpen } from '../probes.ts';
import { isAlive, readPid, removePid, rssMiB, writePid } from '../proc.ts';
import { StackError, waitReady } from '../readiness.ts';
import type { Endpoint, ServiceName, StackService } from '../service.ts';
import { requirementsOf } from '../system-packages.ts';
import { ensureSystemPackages } from './deps.ts';
import { contextOf } from '../services.ts';

export interface UpResult {
  readonly endpoint: Endpoint;
  readonly state: 'started' | 'running' | 'reused';
  readonly seconds: number;
  readonly rssMiB?: number;
}

/** Brings one service up: already running → just check it; port taken by a working server → reuse it; else start. */
export async function upService(service: StackService, env: NodeJS.ProcessEnv): Promise<UpResult> {
  const ctx = contextOf(service, env);
  const began = performance.now();
  const elapsed = (): number => (performance.now() - began) / 1000;
  const previous = readPid(ctx.paths.pidFile);
  if (previous !== undefined && isAlive(previous)) {
    await waitReady(service, ctx, previous);
    return finish(
      service,
      { endpoint: { ...service.endpoint(ctx.version), pid: previous }, state: 'running', seconds: elapsed() },
      env,
    );
  }
  if (previous !== undefined) removePid(ctx.paths.pidFile);
  if (await portOpen(service.port)) {
    if (await service.ready(ctx)) {
      return finish(
        service,
        { endpoint: service.endpoint(ctx.version), state: 'reused', seconds: elapsed() },
        env,
      );
    }
    throw new StackError(
      `${service.name}: port ${service.port} is taken by something that does not answer like ${service.name}`,
    );
  }
  await service.provision(ctx);
  const { pid } = await service.start(ctx);
  writePid(ctx.paths.pidFile, pid);
  await waitReady(service, ctx, pid);
  return finish(
    service,
    { endpoint: { ...service.endpoint(ctx.version), pid }, state: 'started', seconds: elapsed() },
    env,
  );
}

function finish(service: StackService, result: UpResult, env: NodeJS.ProcessEnv): UpResult {
  updateEndpoints((current) => ({ ...current, [service.name]: result.endpoint }), env);
  const rss = result.endpoint.pid === undefined ? undefined : rssMiB(result.endpoint.pid);
  return rss === undefined ? result : { ...result, rssMiB: rss };
}

function describe(result: UpResult): string {
  const { endpoint } = result;
  const facts = [
    endpoint.version,
    endpoint.pid === undefined ? 'not managed by the stack' : `pid ${endpoint.pid}`,
    `${result.seconds.toFixed(1)} s`,
    ...(result.rssMiB === undefined ? [] : [`${result.rssMiB} MiB RSS`]),
  ];
  return `${endpoint.service.padEnd(16)} ${result.state.padEnd(8)} ${endpoint.url.padEnd(40)} (${facts.join(', ')})`;
}

/** Whether `upService` would start the service (not running under our PID file, nothing on its port). */
async function needsStart(service: StackService, env: NodeJS.ProcessEnv): Promise<boolean> {
  const pid = readPid(contextOf(service, env).paths.pidFile);
  if (pid !== undefined && isAlive(pid)) return false;
  return !(await portOpen(service.port));
}

/**
 * Starts the services one after the other (JVMs compete for 2 cores) and prints each endpoint. The
 * system packages the ones to start need (redis-server, Maven, the JDKs) are installed first when
 * root, else the command to run is the error.
 */
export async function up(selected: readonly StackService[], env: NodeJS.ProcessEnv): Promise<void> {
  const began = performance.now();
  const starting: ServiceName[] = [];
  for (const service of selected) if (await needsStart(service, env)) starting.push(service.name);
  ensureSystemPackages(requirementsOf(starting), env);
  for (const service of selected) {
    console.log(`${service.name}: up…`);
    console.log(describe(await upService(service, env)));
  }
  console.log(
    `stack up in ${((performance.now() - began) / 1000).toFixed(1)} s; endpoints in ${stackEndpointsFile(env)}`,
  );
}
