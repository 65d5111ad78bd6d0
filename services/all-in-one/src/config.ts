import {
  adminConfig,
  defineSchema,
  loggingConfig,
  mergeSchemas,
  opt,
  spanStorageConfig,
  type ConfigValues,
} from '@spanstream/config';
import { queryConfig } from '@spanstream/query';

/** `--memory.max-traces`: only all-in-one runs the memory store (separate processes cannot share it). */
export const memoryConfig = defineSchema({
  'memory.max-traces': opt.int({
    help: 'the maximum number of traces kept in memory; the oldest is evicted first (0 = unbounded)',
    default: 100_000,
    min: 0,
  }),
});

/**
 * Listen addresses of the collector receivers, in Jaeger's flag names. Stand-in until
 * `@spanstream/collector` exports its own schema; every port can be moved (`127.0.0.1:0` = any free
 * port) so tests and a second instance never collide with a running one.
 */
export const collectorPortsConfig = defineSchema({
  'collector.otlp.enabled': opt.bool({ help: 'enable the OTLP receivers', default: true }),
  'collector.otlp.http.host-port': opt.hostPortOrOff({
    help: 'OTLP/HTTP receiver (/v1/traces)',
    default: ':4318',
  }),
  'collector.otlp.grpc.host-port': opt.hostPortOrOff({ help: 'OTLP/gRPC receiver', default: ':4317' }),
  'collector.grpc-server.host-port': opt.hostPortOrOff({ help: 'Jaeger gRPC receiver', default: ':14250' }),
  'collector.http-server.host-port': opt.hostPortOrOff({
    help: 'Jaeger Thrift HTTP receiver',
    default: ':14268',
  }),
  'collector.zipkin.host-port': opt.hostPortOrOff({ help: 'Zipkin receiver', default: ':9411' }),
  'collector.sampling.http.host-port': opt.hostPortOrOff({
    help: 'agent-style sampling endpoint /sampling',
    default: ':5778',
  }),
  'collector.queue-size': opt.int({ help: 'span queue size', default: 2000, min: 1 }),
  'collector.num-workers': opt.int({ help: 'queue workers', default: 50, min: 1 }),
});

export const allInOneConfig = mergeSchemas(
  loggingConfig,
  adminConfig(':14269'),
  spanStorageConfig(['memory'], 'memory'),
  memoryConfig,
  collectorPortsConfig,
  queryConfig,
);

export type AllInOneConfig = ConfigValues<typeof allInOneConfig>;
