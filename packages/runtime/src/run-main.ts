import { addressInUseMessage } from './address-in-use.ts';
import {
  describeConfig,
  loadConfigOrExit,
  type ConfigValues,
  type HostPort,
  type loggingConfig,
  type Schema,
} from '@spanstream/config';
import type { Registry } from 'prom-client';
import { createAdminServer, type AdminServer, type AdminServerOptions } from './admin-server.ts';
import { createHealthState, type HealthState } from './health.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetricsRegistry } from './metrics.ts';
import { runServices, type RunningServices } from './run-services.ts';
import { serverTlsFromValues } from './server-tls.ts';
import type { Service } from './service.ts';

/** What a service's `main.ts` gets once its configuration is loaded and logged. */
export interface MainContext<V> {
  readonly values: V;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health: HealthState;
  /**
   * Derives a value the schema could not check alone (a certificate file, a `--collector.tags` entry);
   * a throw is a startup error: its message is logged as fatal and the process exits 2.
   */
  readonly configure: <T>(derive: () => T) => T;
  /**
   * The admin server on `--admin.http.host-port` with `--admin.http.tls.*` (a bad certificate exits 2),
   * with the service's own read-only pages if any.
   */
  readonly adminServer: (extra?: Pick<AdminServerOptions, 'routes'>) => AdminServer;
  /** Stops the running services with `code`; before they run (still starting), exits at once. */
  readonly stop: (reason: string, code: number) => void;
}

export interface MainSpec<S extends Schema> {
  /** Names the binary in errors and `--help`: `spanstream-collector`. */
  readonly program: string;
  /** The `name` field of every log line. */
  readonly name: string;
  readonly schema: S;
  /** The arguments to load (after a subcommand, e.g. `jobs worker ...`); `process.argv.slice(2)` by default. */
  readonly argv?: readonly string[];
  /** Builds the services in start order; they stop in reverse order on SIGTERM/SIGINT. */
  services(context: MainContext<ConfigValues<S>>): Promise<readonly Service[]> | readonly Service[];
}

type AdminValues = { readonly 'admin.http.host-port'?: HostPort };

/**
 * The one bootstrap of the entry points: load the configuration (help and bad input exit as
 * `loadConfigOrExit` does), log it, create the logger, metrics registry and health state, build the
 * services and run them until a signal.
 */
export async function runMain<S extends Schema & typeof loggingConfig>(
  spec: MainSpec<S>,
): Promise<RunningServices> {
  const { values, sources } = loadConfigOrExit(spec.schema, {
    program: spec.program,
    ...(spec.argv !== undefined && { argv: spec.argv }),
  });
  const logger = createLogger({ level: values['log-level'], name: spec.name });
  logger.info({ config: describeConfig(spec.schema, { values, sources }) }, 'configuration');
  const registry = createMetricsRegistry();
  const health = createHealthState();
  // Set once the services run; `stop` may be called (by a fatal error) before that.
  const state: { running?: RunningServices } = {};
  const configure = <T>(derive: () => T): T => {
    try {
      return derive();
    } catch (error) {
      logger.fatal((error as Error).message);
      process.exit(2);
    }
  };
  const adminServer = (extra: Pick<AdminServerOptions, 'routes'> = {}): AdminServer => {
    const hostPort = (values as AdminValues)['admin.http.host-port'];
    if (hostPort === undefined) throw new TypeError(`${spec.program} has no --admin.http.host-port`);
    const tls = configure(() => serverTlsFromValues(values, 'admin.http', logger));
    return createAdminServer({
      port: hostPort.port,
      host: hostPort.host,
      tls,
      registry,
      health,
      logger,
      ...extra,
    });
  };
  const stop = (reason: string, code: number): void => {
    if (state.running) void state.running.stop(reason, code);
    else process.exit(code);
  };
  const services = await spec.services({ values, logger, registry, health, configure, adminServer, stop });
  state.running = await runServices(services, {
    logger,
    health,
    describeStartError: (error) => addressInUseMessage(error, spec.schema, values),
  });
  return state.running;
}
