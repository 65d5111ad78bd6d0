import { collectorOptionsFromConfig, createCollector } from '@spanstream/collector';
import { createQueryService, queryOptionsFromConfig } from '@spanstream/query';
import type { BuildInfo, HealthState, Logger, Registry, Service } from '@spanstream/runtime';
import { createAdminServer, serverTlsFromValues } from '@spanstream/runtime';
import { spanWriterSink } from '@spanstream/storage-api';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { AllInOneConfig } from './config.ts';

export interface AllInOneDeps {
  readonly config: AllInOneConfig;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health: HealthState;
  readonly version?: BuildInfo;
  /** For `${ENV_VAR:default}` references in `--collector.tags`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

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
    sink: spanWriterSink(store),
    logger,
    registry,
    health,
    // Throws an Error naming the key for a bad --collector.tags entry (main.ts reports it).
    options: collectorOptionsFromConfig(config, deps.env),
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
    tls: serverTlsFromValues(config, 'admin.http', logger),
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
