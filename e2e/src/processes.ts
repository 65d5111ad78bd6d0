import { fileURLToPath } from 'node:url';
import { COLLECTOR_BUNDLE } from '@spanstream/collector/build';
import { freePort, startNodeProcess, waitUntilServing, type NodeProcess } from '@spanstream/testkit';
import { asFlags, freeListeners } from './listeners.ts';

export { freePort };

export type ServiceName = 'aggregator' | 'all-in-one' | 'collector' | 'ingester' | 'query';

/**
 * The file `npm start` / `npm run <name>` runs: `services/<name>/src/main.ts`, except the collector,
 * which runs its bundle `services/collector/dist/main.js` (built by the integration project's
 * globalSetup, as `precollector` builds it).
 */
export const serviceMain = (name: ServiceName): string =>
  name === 'collector'
    ? COLLECTOR_BUNDLE
    : fileURLToPath(new URL(`../../services/${name}/src/main.ts`, import.meta.url));

export interface ServiceProcess {
  readonly name: string;
  readonly adminPort: number;
  readonly child: NodeProcess['child'];
  /** stdout (pino JSON lines) and stderr, for the failure message. */
  output(): string;
  /** The exit code, or the signal name when killed by one. */
  readonly exited: Promise<number | string>;
}

/**
 * Runs the service's `serviceMain` on this Node (24, type stripping) with `args` and a clean
 * environment plus `env`, so that a developer's own SPAN_STORAGE_TYPE or ES_* cannot leak in.
 * The admin server gets a free port; resolves once `GET /` on it answers 200 (unless `ready` is
 * false: then as soon as the process is spawned; call `waitReady` later).
 */
export async function startService(
  name: ServiceName,
  args: readonly string[],
  env: Record<string, string> = {},
  { ready = true }: { ready?: boolean } = {},
): Promise<ServiceProcess> {
  const adminPort = await freePort();
  // The all-in-one's UDP listeners (6831/6832/5775) on free ports: tests run in parallel.
  const udp = name === 'all-in-one' ? ALL_IN_ONE_UDP_ANY_PORT : [];
  const proc = startNodeProcess(serviceMain(name), {
    args: [`--admin.http.host-port=127.0.0.1:${adminPort}`, ...udp, ...args],
    env,
  });
  const service: ServiceProcess = {
    name,
    adminPort,
    child: proc.child,
    // Bounded: a failure message needs the tail, not megabytes of debug logs.
    output: () => `${proc.stdout().slice(-20_000)}${proc.stderr().slice(-20_000)}`,
    exited: proc.exited,
  };
  processes.set(service, proc);
  if (ready) await waitReady(service);
  return service;
}

const ALL_IN_ONE_UDP_ANY_PORT = [
  '--processor.jaeger-compact.server-host-port=127.0.0.1:0',
  '--processor.jaeger-binary.server-host-port=127.0.0.1:0',
  '--processor.zipkin-compact.server-host-port=127.0.0.1:0',
];

const processes = new WeakMap<ServiceProcess, NodeProcess>();

/** Resolves once the service's admin `GET /` answers 200; rejects with its output if it exits first. */
export async function waitReady(service: ServiceProcess, timeoutMs = 90_000): Promise<void> {
  await waitUntilServing(processes.get(service)!, `http://127.0.0.1:${service.adminPort}/`, {
    timeoutMs,
    name: service.name,
  });
}

/** SIGTERM, then the exit code (0 = graceful shutdown). Undefined processes are skipped. */
export async function stopService(service: ServiceProcess | undefined): Promise<number | string | undefined> {
  if (service === undefined) return undefined;
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGTERM');
  return service.exited;
}

/**
 * Flags as the environment variables Jaeger derives from them (`--es.server-urls=x` →
 * `ES_SERVER_URLS=x`; a bare boolean flag → `=true`), to run a service configured like a container.
 */
export function flagsAsEnv(flags: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const flag of flags) {
    const [key = '', value = 'true'] = flag.replace(/^--/, '').split(/=(.*)/s);
    env[key.toUpperCase().replace(/[.-]/g, '_')] = value;
  }
  return env;
}

/** Flags that move every collector receiver off Jaeger's ports: OTLP/HTTP and sampling on free ports, the rest ephemeral or off. */
export async function collectorReceiverFlags(): Promise<{ args: string[]; otlpHttpPort: number }> {
  const listeners = await freeListeners();
  return { otlpHttpPort: listeners.otlpHttpPort, args: asFlags(listeners.collector) };
}

/** Flags that move the query's listeners off Jaeger's ports; returns the HTTP API's port. */
export async function queryListenerFlags(): Promise<{ args: string[]; httpPort: number }> {
  const listeners = await freeListeners();
  return { httpPort: listeners.queryPort, args: asFlags(listeners.query) };
}
