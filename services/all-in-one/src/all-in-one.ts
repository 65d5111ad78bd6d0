import { collectorOptionsFromConfig, createCollector } from '@spanstream/collector';
import { createQueryService, queryOptionsFromConfig } from '@spanstream/query';
import type { BuildInfo, HealthState, Logger, Registry, Service } from '@spanstream/runtime';
import { createAdminServer, serverTlsFromValues } from '@spanstream/runtime';
import type { AllInOneConfig } from './config.ts';
import type { AllInOneStorage } from './storage.ts';

export interface AllInOneDeps {
  readonly config: AllInOneConfig;
  /** Built by main.ts from `--span-storage.type` (createAllInOneStorage); tests may pass their own. */
  readonly storage: AllInOneStorage;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health: HealthState;
  readonly version?: BuildInfo;
  /** For `${ENV_VAR:default}` references in `--collector.tags`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The all-in-one process: storage ← collector (directly, or through Kafka and the in-process
 * ingester), query → storage, admin server. Services are returned in start order: the admin server
 * first (so `/` answers 503 while the rest starts, as in Jaeger), then storage (and the Kafka
 * pipeline), query, collector; `runServices` stops them in reverse, so the collector drains its queue
 * into a writer that is still open.
 */
export interface AllInOne {
  /** In start order, for `runServices`. */
  readonly services: readonly Service[];
  /** Bound ports once started (port 0 in a flag picks a free one: this says which). */
  ports(): Record<string, number>;
}

export function createAllInOne(deps: AllInOneDeps): AllInOne {
  const { config, logger, registry, health, storage } = deps;
  const collector = createCollector({
    sink: storage.sink,
    logger,
    registry,
    health,
    // Throws an Error naming the key for a bad --collector.tags entry (main.ts reports it).
    options: collectorOptionsFromConfig(config, deps.env),
  });
  const query = createQueryService({
    reader: storage.store.reader,
    dependencies: storage.store.dependencies,
    archive:
      storage.archive === undefined
        ? undefined
        : { reader: storage.archive.reader, writer: storage.archive.writer },
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
    services: [admin, ...storage.services, query, collector],
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
