export type { QueryService, QueryServiceDeps } from './query-service.ts';
export { createQueryService } from './query-service.ts';
export type { QueryServiceOptions, QueryConfigValues } from './config.ts';
export {
  queryConfig,
  queryOptionsFromConfig,
  defaultQueryOptions,
  normalizeBasePath,
  DEFAULT_STATIC_FILES,
} from './config.ts';
export type { QueryHttpDeps, QueryHttpOptions } from './http/app.ts';
export { buildQueryHttpApp, registerQueryRoutes } from './http/app.ts';
export type { QueryCore, QueryCoreDeps, ArchiveStorage, ArchiveOutcome } from './query-core.ts';
export { createQueryCore, aggregateDependencies } from './query-core.ts';
export type { QueryMetrics, ReadOperation } from './metrics.ts';
export { createQueryMetrics } from './metrics.ts';
export { bearerTokenFromHeaders } from './request-context.ts';
export type { QueryGrpcOptions } from './grpc/grpc-server.ts';
export { createQueryGrpcServer } from './grpc/grpc-server.ts';
export type { UiConfig } from './http/ui-config.ts';
export { loadUiConfig, parseUiConfig, UiConfigError } from './http/ui-config.ts';
export type { LiveTailOptions, QueryLiveConfigValues } from './live/live-config.ts';
export { queryLiveConfig, liveTailOptionsFromConfig } from './live/live-config.ts';
export type { LiveHub, SpanSource } from './live/live-hub.ts';
export { createLiveTail } from './live/live-tail.ts';
export { queryMainConfig } from './main-config.ts';
