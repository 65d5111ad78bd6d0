import {
  agentTagsFromConfig,
  createAgent,
  DEFAULT_QUEUE_OPTIONS,
  DeliveryError,
  udpProcessorsFromConfig,
} from '@spanstream/agent';
import { decodePostSpansRequest } from '@spanstream/codec';
import { collectorOptionsFromConfig, createCollector, type Collector } from '@spanstream/collector';
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
  const agent = createAgent({
    logger,
    registry,
    options: {
      udp: udpProcessorsFromConfig(config),
      // The collector already serves /sampling on --collector.sampling.http.host-port (5778).
      httpHostPort: undefined,
      // Throws an Error naming the flag for a bad --agent.tags entry (main.ts reports it).
      ...agentTagsFromConfig(config['agent.tags'], deps.env),
      collectors: [],
      tls: {},
      timeoutMs: 5000,
      queue: DEFAULT_QUEUE_OPTIONS,
    },
    deliver: (request) => deliverToCollector(collector, request),
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
    // The agent stops first, handing what it holds to the collector.
    services: [admin, ...storage.services, query, collector, agent],
    ports: () => ({
      ...Object.fromEntries(
        Object.entries(collector.ports).map(([name, port]) => [`collector.${name}`, port]),
      ),
      ...Object.fromEntries(Object.entries(agent.ports).map(([name, port]) => [`agent.${name}`, port])),
      'query.http': query.ports.http,
      'query.grpc': query.ports.grpc,
      admin: admin.port(),
    }),
  };
}

/** The agent's batches go straight to the collector's queue: no gRPC hop inside one process. */
function deliverToCollector(collector: Collector, request: Uint8Array): Promise<void> {
  const decoded = decodePostSpansRequest(request);
  const outcome = collector.processor.submit(decoded.spans, {
    format: 'proto',
    transport: 'grpc',
    decodeRejected: decoded.rejected.length,
  });
  if (outcome.status === 'busy') return Promise.reject(new DeliveryError('collector queue is full', true));
  if (outcome.status === 'stopped') return Promise.reject(new DeliveryError('collector is stopping', false));
  return Promise.resolve();
}
