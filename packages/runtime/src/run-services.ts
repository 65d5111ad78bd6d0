import type { Logger } from 'pino';
import type { HealthState } from './health.ts';
import type { Service } from './service.ts';

export interface RunOptions {
  readonly logger: Logger;
  /** Set ready once everything started, unavailable from the first stop signal (Jaeger's order). */
  readonly health?: HealthState;
  /** Longest a single service may take to drain on stop before we give up on it. */
  readonly stopTimeoutMs?: number;
  readonly signals?: readonly NodeJS.Signals[];
  /** Injected by tests; `process.exit` by default. */
  readonly exit?: (code: number) => void;
  /** Where signals and fatal errors are listened for; `process` by default. */
  readonly events?: NodeJS.EventEmitter;
  /** A one-line explanation of a start error a person can act on (a port in use), if there is one. */
  readonly describeStartError?: (error: unknown) => string | undefined;
}

export interface RunningServices {
  /** Stops everything in reverse start order (once; later calls share the first), then exits. */
  stop(reason: string, code?: number): Promise<number>;
  /** The exit code once stopped. */
  readonly stopped: Promise<number>;
  /** Whether every service started (false after a start failure or a signal during startup). */
  readonly started: boolean;
}

/**
 * Starts services in order and keeps them running until SIGTERM/SIGINT, then stops them in reverse order
 * so that intake stops before the writers behind it flush. A service that fails to start stops the ones
 * already started and exits 1; a service that fails or times out while stopping makes the exit code 1
 * but does not keep the others from stopping. A second signal exits at once.
 */
export async function runServices(
  services: readonly Service[],
  options: RunOptions,
): Promise<RunningServices> {
  const { logger, health } = options;
  const events = options.events ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const started: Service[] = [];
  let stopping: Promise<number> | undefined;
  let resolveStopped!: (code: number) => void;
  const stopped = new Promise<number>((resolve) => (resolveStopped = resolve));
  const progress: StartProgress = { current: undefined };

  const stop = (reason: string, code = 0): Promise<number> => {
    if (stopping !== undefined) return stopping;
    logger.info({ reason }, 'stopping');
    health?.set('unavailable');
    // A signal during startup also stops the service still starting (its stop() must abort the start; a
    // start that waits for something, e.g. a Kafka topic, must not hold the process forever).
    const toStop = progress.current === undefined ? [...started] : [...started, progress.current];
    stopping = stopAll(toStop, logger, options.stopTimeoutMs ?? 30_000).then((ok) => {
      const exitCode = ok ? code : 1;
      unlisten();
      logger.info({ exitCode }, 'stopped');
      resolveStopped(exitCode);
      exit(exitCode);
      return exitCode;
    });
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping !== undefined) {
      logger.warn({ signal }, 'second signal while stopping: exiting now');
      exit(1);
      return;
    }
    void stop(signal);
  };
  // Something escaped every handler: stop cleanly (drain what was accepted), but exit non-zero.
  const onFatal = (error: unknown): void => {
    logger.fatal({ err: error }, 'unhandled error');
    void stop('fatal error', 1);
  };
  const unlisten = listen(events, signals, onSignal, onFatal);

  const failed = await startInOrder(
    services,
    started,
    progress,
    logger,
    () => stopping !== undefined,
    options.describeStartError,
  );
  if (failed !== undefined) void stop(`${failed.name} failed to start`, 1);
  if (stopping === undefined) {
    health?.set('ready');
    logger.info({ services: started.map((s) => s.name) }, 'started');
  }
  return { stop, stopped, started: started.length === services.length && stopping === undefined };
}

function listen(
  events: NodeJS.EventEmitter,
  signals: readonly NodeJS.Signals[],
  onSignal: (signal: NodeJS.Signals) => void,
  onFatal: (error: unknown) => void,
): () => void {
  for (const signal of signals) events.on(signal, onSignal);
  events.on('uncaughtException', onFatal);
  events.on('unhandledRejection', onFatal);
  return () => {
    for (const signal of signals) events.off(signal, onSignal);
    events.off('uncaughtException', onFatal);
    events.off('unhandledRejection', onFatal);
  };
}

interface StartProgress {
  /** The service whose start() is pending. */
  current: Service | undefined;
}

/** Starts services one by one into `started`; returns the one that failed, if any. */
async function startInOrder(
  services: readonly Service[],
  started: Service[],
  progress: StartProgress,
  logger: Logger,
  stopRequested: () => boolean,
  describe: (error: unknown) => string | undefined = () => undefined,
): Promise<Service | undefined> {
  for (const service of services) {
    // A signal during startup: start nothing more (runServices is already stopping what started).
    if (stopRequested()) return undefined;
    try {
      logger.debug({ service: service.name }, 'starting');
      progress.current = service;
      await service.start();
      started.push(service);
    } catch (error) {
      // Aborted by a stop during startup: not a start failure of its own.
      if (stopRequested()) return undefined;
      const explained = describe(error);
      if (explained !== undefined) logger.error({ service: service.name }, explained);
      else logger.error({ err: error, service: service.name }, 'service failed to start');
      return service;
    } finally {
      progress.current = undefined;
    }
  }
  return undefined;
}

async function stopAll(started: readonly Service[], logger: Logger, timeoutMs: number): Promise<boolean> {
  let ok = true;
  for (const service of [...started].reverse()) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timeout');
      }, timeoutMs);
    });
    try {
      const outcome = await Promise.race([service.stop().then(() => 'stopped' as const), timeout]);
      if (outcome === 'timeout') {
        ok = false;
        logger.error({ service: service.name, timeoutMs }, 'service did not stop in time');
      } else {
        logger.debug({ service: service.name }, 'stopped');
      }
    } catch (error) {
      ok = false;
      logger.error({ err: error, service: service.name }, 'service failed to stop');
    } finally {
      clearTimeout(timer);
    }
  }
  return ok;
}
