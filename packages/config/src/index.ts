/**
 * Typed configuration with Jaeger's flag names. Each component exports one schema; `main.ts` merges the
 * schemas of the components it runs and loads them once (flags > env > YAML file > defaults).
 *
 * @example
 * // packages or services/collector/src/config.ts
 * import { defineSchema, opt } from '@spanstream/config';
 * export const collectorConfig = defineSchema({
 *   'collector.queue-size': opt.int({ help: 'queue size in spans', default: 2000, min: 1 }),
 *   'collector.queue-size-memory': opt.byteSize({ help: 'queue bound in bytes (0 = none)', default: '0' }),
 *   'collector.otlp.http.host-port': opt.hostPort({ help: 'OTLP/HTTP receiver', default: ':4318' }),
 *   'collector.zipkin.host-port': opt.hostPort({ help: 'Zipkin receiver (empty = off)' }), // HostPort | undefined
 *   'collector.tags': opt.stringList({ help: 'k=v pairs added to every process', default: [] }),
 *   'kafka.producer.required-acks': opt.enum(['none', 'local', 'all'], { help: 'acks', default: 'local' }),
 *   'kafka.producer.batch-linger': opt.duration({ help: 'max wait before a batch is sent', default: '0s' }),
 * });
 * export type CollectorConfig = ConfigValues<typeof collectorConfig>;
 *
 * // services/collector/src/main.ts
 * const schema = mergeSchemas(loggingConfig, adminConfig(':14269'), collectorConfig);
 * const { values } = loadConfigOrExit(schema, { program: 'spanstream-collector' });
 * values['collector.queue-size']; // number
 * values['kafka.producer.batch-linger']; // Duration: milliseconds, usable with setTimeout
 */
export type { OptionType, Option, Parsed, ValueOf } from './option.ts';
export { opt } from './option.ts';
export type { Schema, ConfigValues } from './schema.ts';
export { defaultValues } from './schema.ts';
export { defineSchema, mergeSchemas, envName, RESERVED_KEYS } from './schema.ts';
export type { Source, ConfigIssue } from './issues.ts';
export { ConfigError } from './issues.ts';
export type { LoadInput, LoadedConfig, ConfigOutcome } from './load.ts';
export { loadConfig, loadConfigOrExit, describeConfig } from './load.ts';
export { SECRET_KEY, redactUrlCredentials } from './redact.ts';
export type { Env } from './env-source.ts';
export type { ReadFile } from './file-source.ts';
export { renderHelp } from './help.ts';
export { portOffsetConfig } from './port-offset.ts';
export type { Duration } from './duration.ts';
export { parseDuration, formatDuration, durationMs } from './duration.ts';
export { parseByteSize, formatByteSize } from './byte-size.ts';
export type { HostPort } from './host-port.ts';
export { parseHostPort, formatHostPort, ANY_HOST } from './host-port.ts';
export type { SpanStorageType } from './common.ts';
export { loggingConfig, adminConfig, spanStorageConfig, SPAN_STORAGE_TYPES } from './common.ts';
export type { ServerTlsOptions, TlsVersionName } from './tls.ts';
export { tlsServerConfig, serverTlsFromConfig, TLS_VERSIONS } from './tls.ts';
export type { Prefixed } from './prefix.ts';
export { prefixSchema, scopedValues } from './prefix.ts';
export type { ClientTlsOptions, ClientTlsHelp, PasswordAuthOptions } from './client-auth.ts';
export {
  tlsClientConfig,
  clientTlsFromConfig,
  passwordAuthConfig,
  passwordAuthFromConfig,
} from './client-auth.ts';
