import { opt } from './option.ts';
import { defineSchema } from './schema.ts';
import { tlsServerConfig } from './tls.ts';

/** `--log-level` (env `LOG_LEVEL`), as every Jaeger binary has it. */
export const loggingConfig = defineSchema({
  'log-level': opt.enum(['debug', 'info', 'warn', 'error', 'fatal'], {
    help: 'minimal log level',
    default: 'info',
  }),
});

/**
 * `--admin.http.host-port` and `--admin.http.tls.*`; the port depends on the binary as in Jaeger: collector
 * and all-in-one 14269, query 16687, ingester 14270 (on 127.0.0.1 unless a host is given: docs/security.md).
 */
export const adminConfig = (defaultHostPort: string) =>
  defineSchema({
    'admin.http.host-port': opt.hostPort({
      help: 'host:port of the admin server (health check at /, Prometheus metrics at /metrics)',
      default: defaultHostPort,
    }),
    ...tlsServerConfig('admin.http', 'admin server'),
  });

/** The storage backends a writer or reader can be built for. */
/** `sqlite` is the embedded store; `badger` is accepted as its alias (Jaeger users' configs say badger). */
export const SPAN_STORAGE_TYPES = [
  'memory',
  'elasticsearch',
  'opensearch',
  'cassandra',
  'kafka',
  'sqlite',
  'badger',
] as const;
export type SpanStorageType = (typeof SPAN_STORAGE_TYPES)[number];

/**
 * `--span-storage.type` (env `SPAN_STORAGE_TYPE`). Jaeger's default is `cassandra` for the collector and
 * `memory` for all-in-one; each binary passes its own default and the types it can actually build.
 */
export const spanStorageConfig = <const T extends readonly SpanStorageType[]>(
  types: T,
  defaultType: T[number],
) =>
  defineSchema({
    'span-storage.type': opt.enum(types, {
      help: 'the type of backend used for span storage',
      default: defaultType,
    }),
  });
