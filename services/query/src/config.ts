import { fileURLToPath } from 'node:url';
import type { ConfigValues, HostPort, ServerTlsOptions } from '@spanstream/config';
import { defineSchema, opt, serverTlsFromConfig, tlsServerConfig } from '@spanstream/config';
import type { Micros } from '@spanstream/model';
import { micros } from '@spanstream/model';
import { loadUiConfigSync } from './http/ui-config.ts';

/** Jaeger with Elasticsearch returns at most `--es.max-doc-count` (10000) hits per search. */
const DEFAULT_MAX_SEARCH_DEPTH = 10_000;

/** The built UI, used when `--query.static-files` is empty. */
export const DEFAULT_STATIC_FILES = fileURLToPath(new URL('../../ui/dist', import.meta.url));

/**
 * The query service's options with Jaeger's flag names (`cmd/query/app/flags.go`). Servers listen on
 * 127.0.0.1 unless a host is given (`:16686` = every interface): docs/security.md.
 */
export const queryConfig = defineSchema({
  'query.http-server.host-port': opt.hostPort({
    help: 'host:port of the HTTP server (UI, /api, /api/v3)',
    default: '127.0.0.1:16686',
  }),
  'query.grpc-server.host-port': opt.hostPort({
    help: 'host:port of the gRPC server (api_v2 and api_v3 QueryService)',
    default: '127.0.0.1:16685',
  }),
  'query.base-path': opt.string({ help: 'path prefix for every HTTP route, e.g. /jaeger', default: '/' }),
  'query.static-files': opt.string({
    help: 'directory of the built UI (default: services/ui/dist)',
    default: '',
  }),
  'query.ui-config': opt.string({
    help: 'UI configuration file: JSON, YAML, or JS with function UIConfig()',
    default: '',
  }),
  'query.max-clock-skew-adjustment': opt.duration({
    help: 'largest clock skew correction applied to a span; 0 disables the adjustment',
    default: '0s',
  }),
  'query.bearer-token-propagation': opt.bool({
    help: "forward the caller's bearer token (Authorization or X-Forwarded-Access-Token) to storage",
    default: false,
  }),
  'query.additional-headers': opt.stringList({
    help: '"Key: Value" headers added to every HTTP response',
    default: [],
  }),
  'query.cors.allowed-origins': opt.stringList({
    help: 'origins allowed by CORS (* for any); empty disables CORS',
    default: [],
  }),
  'query.cors.allowed-headers': opt.stringList({ help: 'request headers allowed by CORS', default: [] }),
  'query.grpc-server.max-message-size': opt.byteSize({
    help: 'largest gRPC message received or sent',
    default: '4MiB',
  }),
  'query.max-search-depth': opt.int({
    help: 'Spanstream: most traces one search returns; larger limit / search_depth values are clamped',
    default: DEFAULT_MAX_SEARCH_DEPTH,
    min: 1,
  }),
  ...tlsServerConfig('query.http', 'query HTTP server'),
  ...tlsServerConfig('query.grpc', 'query gRPC server'),
});

export type QueryConfigValues = ConfigValues<typeof queryConfig>;

export interface QueryServiceOptions {
  readonly httpHostPort: HostPort;
  readonly grpcHostPort: HostPort;
  /** '/' or a prefix without trailing slash. */
  readonly basePath: string;
  readonly staticFiles: string;
  readonly uiConfigPath: string | undefined;
  readonly maxClockSkewAdjustment: Micros;
  readonly bearerTokenPropagation: boolean;
  readonly additionalHeaders: readonly string[];
  readonly corsAllowedOrigins: readonly string[];
  readonly corsAllowedHeaders: readonly string[];
  readonly grpcMaxMessageSize: number;
  /** `--query.max-search-depth`: cap on `limit` / `search_depth`. */
  readonly maxSearchDepth: number;
  /** `--query.http.tls.*` (undefined = plain HTTP). */
  readonly httpTls: ServerTlsOptions | undefined;
  /** `--query.grpc.tls.*` (undefined = plaintext gRPC). */
  readonly grpcTls: ServerTlsOptions | undefined;
}

/** Throws (a one-line startup error) when `--query.ui-config` names a missing or malformed file. */
export function queryOptionsFromConfig(values: QueryConfigValues): QueryServiceOptions {
  if (values['query.ui-config'] !== '') loadUiConfigSync(values['query.ui-config']);
  return {
    httpHostPort: values['query.http-server.host-port'],
    grpcHostPort: values['query.grpc-server.host-port'],
    basePath: normalizeBasePath(values['query.base-path']),
    staticFiles: values['query.static-files'] === '' ? DEFAULT_STATIC_FILES : values['query.static-files'],
    uiConfigPath: values['query.ui-config'] === '' ? undefined : values['query.ui-config'],
    // config durations are milliseconds
    maxClockSkewAdjustment: micros(Math.round(values['query.max-clock-skew-adjustment'] * 1000)),
    bearerTokenPropagation: values['query.bearer-token-propagation'],
    additionalHeaders: values['query.additional-headers'],
    corsAllowedOrigins: values['query.cors.allowed-origins'],
    corsAllowedHeaders: values['query.cors.allowed-headers'],
    grpcMaxMessageSize: values['query.grpc-server.max-message-size'],
    maxSearchDepth: values['query.max-search-depth'],
    httpTls: serverTlsFromConfig(values, 'query.http'),
    grpcTls: serverTlsFromConfig(values, 'query.grpc'),
  };
}

/** `jaeger/` → `/jaeger`, `/` or '' → `/` (Jaeger accepts both spellings). */
export function normalizeBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Defaults for tests and embedding (all-in-one): every option as Jaeger's default, ports 0 = any free port. */
export function defaultQueryOptions(overrides: Partial<QueryServiceOptions> = {}): QueryServiceOptions {
  return {
    httpHostPort: { host: '127.0.0.1', port: 0 },
    grpcHostPort: { host: '127.0.0.1', port: 0 },
    basePath: '/',
    staticFiles: DEFAULT_STATIC_FILES,
    uiConfigPath: undefined,
    maxClockSkewAdjustment: micros(0),
    bearerTokenPropagation: false,
    additionalHeaders: [],
    corsAllowedOrigins: [],
    corsAllowedHeaders: [],
    grpcMaxMessageSize: 4 * 1024 * 1024,
    maxSearchDepth: DEFAULT_MAX_SEARCH_DEPTH,
    httpTls: undefined,
    grpcTls: undefined,
    ...overrides,
  };
}
