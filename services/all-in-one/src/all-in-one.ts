import { createCollector } from '@spanstream/collector';
import { createQueryService, queryOptionsFromConfig } from '@spanstream/query';
import { formatHostPort } from '@spanstream/config';
import type { HostPort } from '@spanstream/config';
import type { HealthState, Logger, Registry, Service } from '@spanstream/runtime';
import { createAdminServer } from '@spanstream/runtime';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { AllInOneConfig } from './config.ts';

export interface AllInOneDeps {
  readonly config: AllInOneConfig;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health: HealthState;
  readonly version?: string;
}

/** An empty string turns a receiver off in the collector's options. */
const hostPort = (value: HostPort | undefined): string => (value === undefined ? '' : formatHostPort(value));

/**
 * The all-in-one process: memory store ← collector, query → memory store, admin server. Services are
 * returned in start order: the admin server first (so `/` answers 503 while the rest starts, as in
 * Jaeger), then storage, query, collector; `runServices` stops them in reverse, so the collector drains
 * its queue into a store that is still open.
 */
export interface AllInOne {
  /** In start order, for `runServices`. */
  readonly services: readonly Service[];
  /** Bound ports once started (port 0 in a flag picks a free one: this says which). */
  ports(): Record<string, number>;
}

export function createAllInOne(deps: AllInOneDeps): AllInOne {
  const { config, logger, registry, health } = deps;
  const store = createMemoryStore({ maxTraces: config['memory.max-traces'] });
  const storage: Service = {
    name: 'memory-storage',
    start: () => Promise.resolve(),
    stop: () => store.close(),
  };
  const collector = createCollector({
    writer: store,
    logger,
    registry,
    health,
    options: {
      otlpEnabled: config['collector.otlp.enabled'],
      otlpHttpHostPort: hostPort(config['collector.otlp.http.host-port']),
      otlpGrpcHostPort: hostPort(config['collector.otlp.grpc.host-port']),
      grpcHostPort: hostPort(config['collector.grpc-server.host-port']),
      httpHostPort: hostPort(config['collector.http-server.host-port']),
      zipkinHostPort: hostPort(config['collector.zipkin.host-port']),
      samplingHostPort: hostPort(config['collector.sampling.http.host-port']),
      queueSize: config['collector.queue-size'],
      numWorkers: config['collector.num-workers'],
    },
  });
  const query = createQueryService({
    reader: store,
    dependencies: store,
    logger,
    registry,
    health,
    options: queryOptionsFromConfig(config),
  });
  const admin = createAdminServer({
    port: config['admin.http.host-port'].port,
    host: config['admin.http.host-port'].host,
    registry,
    health,
    logger: logger.child({ component: 'admin' }),
    ...(deps.version === undefined ? {} : { version: deps.version }),
  });
  return {
    services: [admin, storage, query, collector],
    ports: () => ({
      ...Object.fromEntries(
        Object.entries(collector.ports).map(([name, port]) => [`collector.${name}`, port]),
      ),
      'query.http': query.ports.http,
      'query.grpc': query.ports.grpc,
      admin: admin.port(),
    }),
  };
}
