import { createServerTls } from '@spanstream/runtime';
import type { HealthState, Logger, Registry, Service } from '@spanstream/runtime';
import type { GrpcServer } from '@spanstream/runtime/grpc';
import { createTraceAdjuster } from '@spanstream/model';
import type { DependencyReader, SpanReader } from '@spanstream/storage-api';
import type { MetricsReader } from '@spanstream/metrics-store';
import type { FastifyInstance } from 'fastify';
import type { QueryServiceOptions } from './config.ts';
import { createQueryGrpcServer } from './grpc/grpc-server.ts';
import { buildQueryHttpApp } from './http/app.ts';
import type { LiveHub } from './live/live-hub.ts';
import type { UiConfig } from './http/ui-config.ts';
import { createUiConfigSource, loadUiConfig } from './http/ui-config.ts';
import { createQueryMetrics } from './metrics.ts';
import type { ArchiveStorage } from './query-core.ts';
import { createQueryCore } from './query-core.ts';
import { uiUrl } from './ui-url.ts';
import { version } from './version.ts';

export interface QueryServiceDeps {
  readonly reader: SpanReader;
  readonly dependencies: DependencyReader;
  readonly archive?: ArchiveStorage | undefined;
  /** RED metrics behind `/api/metrics/*`; absent = Jaeger without a metrics backend (501). */
  readonly metricsReader?: MetricsReader | undefined;
  readonly logger: Logger;
  readonly registry: Registry;
  /** Gets a `query-storage` condition while storage does not answer. */
  readonly health?: HealthState | undefined;
  readonly options: QueryServiceOptions;
  /** How often readiness re-checks storage (ms). */
  readonly storageProbeIntervalMs?: number;
  /** The live tail (`createLiveTail`); undefined = disabled. */
  readonly liveTail?: LiveHub | undefined;
}

export interface QueryService extends Service {
  /** Bound ports once started (the configured ones, or the OS's choice for port 0). */
  readonly ports: { readonly http: number; readonly grpc: number };
}

const HEALTH_CONDITION = 'query-storage';

/** The query service: Jaeger's HTTP API and UI on one port, its gRPC QueryServices on another. */
export function createQueryService(deps: QueryServiceDeps): QueryService {
  const { options } = deps;
  const logger = deps.logger.child({ component: 'query' });
  const metrics = createQueryMetrics(deps.registry);
  const core = createQueryCore({
    reader: deps.reader,
    dependencies: deps.dependencies,
    archive: deps.archive,
    metrics,
    adjust: createTraceAdjuster({ maxClockSkewAdjustment: options.maxClockSkewAdjustment }),
    maxSearchDepth: options.maxSearchDepth,
  });
  let app: FastifyInstance | undefined;
  let grpc: GrpcServer | undefined;
  let probe: NodeJS.Timeout | undefined;
  const ports = { http: 0, grpc: 0 };

  const checkStorage = async (): Promise<void> => {
    try {
      await deps.reader.getServices();
      deps.health?.setCondition(HEALTH_CONDITION, undefined);
    } catch (error) {
      deps.health?.setCondition(HEALTH_CONDITION, `storage does not answer: ${(error as Error).message}`);
    }
  };

  const stop = async (): Promise<void> => {
    clearInterval(probe);
    probe = undefined;
    const [grpcServer, httpApp] = [grpc, app];
    grpc = undefined;
    app = undefined;
    await Promise.all([grpcServer?.close(), httpApp?.close()]);
  };

  const listen = async (): Promise<void> => {
    const initial: UiConfig =
      options.uiConfigPath === undefined ? { kind: 'none' } : await loadUiConfig(options.uiConfigPath);
    const uiConfig = createUiConfigSource(options.uiConfigPath, initial, (error) => {
      logger.warn({ err: error }, 'UI config reload failed; keeping the previous one');
    });
    deps.health?.setCondition(HEALTH_CONDITION, 'not checked yet');
    // Certificates are read now (a bad one fails the start) and followed for renewals until stop.
    const httpTls = options.httpTls === undefined ? undefined : createServerTls(options.httpTls, logger);
    app = await buildQueryHttpApp({
      core,
      logger,
      metrics,
      metricsReader: deps.metricsReader,
      liveTail: deps.liveTail,
      options: { ...options, staticDir: options.staticFiles, uiConfig, version, tls: httpTls },
    });
    await app.listen({ host: options.httpHostPort.host, port: options.httpHostPort.port });
    const address = app.server.address();
    ports.http = typeof address === 'object' && address !== null ? address.port : options.httpHostPort.port;
    grpc = createQueryGrpcServer(
      core,
      { logger, metrics, bearerTokenPropagation: options.bearerTokenPropagation },
      {
        maxReceiveMessageLength: options.grpcMaxMessageSize,
        maxSendMessageLength: options.grpcMaxMessageSize,
        tls: options.grpcTls === undefined ? undefined : createServerTls(options.grpcTls, logger),
      },
    );
    ports.grpc = await grpc.listen(options.grpcHostPort);
    await checkStorage();
    probe = setInterval(() => void checkStorage(), deps.storageProbeIntervalMs ?? 10_000);
    probe.unref();
    logger.info(
      {
        http: ports.http,
        grpc: ports.grpc,
        basePath: options.basePath,
        httpTls: options.httpTls !== undefined,
        grpcTls: options.grpcTls !== undefined,
      },
      'query service listening',
    );
    if (options.staticFiles !== undefined) {
      // One line a person can click: the message itself is the URL (also as `ui` in JSON logs).
      const ui = uiUrl(options.httpHostPort, ports.http, options.basePath, options.httpTls !== undefined);
      logger.info({ ui }, `Spanstream UI: ${ui}`);
    }
  };

  return {
    name: 'query',
    ports,
    async start() {
      try {
        await listen();
      } catch (error) {
        // e.g. the gRPC port is taken after HTTP bound: release what was opened, then fail.
        await stop();
        throw error;
      }
    },
    stop,
  };
}
