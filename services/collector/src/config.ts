import {
  defaultValues,
  defineSchema,
  durationMs,
  opt,
  serverTlsFromConfig,
  tlsServerConfig,
  type ConfigValues,
} from '@spanstream/config';
import { DEFAULT_SANITIZER_OPTIONS, parseCollectorTags } from '@spanstream/model';
import type { CollectorOptions, ReceiverTls } from './options.ts';
import { DEFAULT_RETRY } from './processor/retry.ts';
import { adaptiveOptionsFromConfig, adaptiveSamplingConfig } from './sampling/adaptive/config.ts';

/** An address, or '' to turn the receiver off (Jaeger's convention for `--collector.zipkin.host-port`). */
const receiverAddress = (help: string, value: string) => opt.hostPortOrOff({ help, default: value });

/**
 * Jaeger's collector flags, plus Spanstream's limits (marked as such in their help). Receivers listen on
 * 127.0.0.1 unless a host is given (`:4318` or `0.0.0.0:4318` = every interface): docs/security.md.
 */
export const collectorOptionsConfig = defineSchema({
  'collector.otlp.enabled': opt.bool({ help: 'enable the OTLP receivers (gRPC and HTTP)', default: true }),
  'collector.otlp.http.host-port': receiverAddress('OTLP/HTTP receiver', '127.0.0.1:4318'),
  'collector.otlp.grpc.host-port': receiverAddress('OTLP/gRPC receiver', '127.0.0.1:4317'),
  'collector.grpc-server.host-port': receiverAddress(
    'Jaeger gRPC receiver (PostSpans, SamplingManager)',
    '127.0.0.1:14250',
  ),
  'collector.grpc-server.max-message-size': opt.byteSize({
    help: 'largest gRPC message accepted (Jaeger gRPC and OTLP/gRPC)',
    default: '4MiB',
  }),
  'collector.http-server.host-port': receiverAddress(
    'Jaeger Thrift HTTP receiver and /api/sampling',
    '127.0.0.1:14268',
  ),
  'collector.zipkin.host-port': receiverAddress('Zipkin receiver', '127.0.0.1:9411'),
  'collector.sampling.http.host-port': receiverAddress(
    'Spanstream: agent-style sampling endpoint /sampling',
    '127.0.0.1:5778',
  ),
  'collector.http.max-request-size': opt.byteSize({
    help: 'Spanstream: largest HTTP request body, measured after decompression',
    default: '16MiB',
  }),
  'collector.queue-size': opt.int({ help: 'queue capacity in spans', default: 2000, min: 1 }),
  'collector.queue-size-memory': opt.int({
    help: 'queue capacity in MiB (0 = spans only)',
    default: 0,
    min: 0,
  }),
  'collector.num-workers': opt.int({ help: 'queue consumers writing spans', default: 50, min: 1 }),
  'collector.tags': opt.string({
    help: 'tags added to every process: key1=value1,key2=${ENV_VAR:default}',
    default: '',
  }),
  'collector.max-tag-value-length': opt.int({
    help: 'Spanstream: longer tag values are truncated (0 = no limit)',
    default: DEFAULT_SANITIZER_OPTIONS.maxTagValueLength,
    min: 0,
  }),
  'collector.max-tags-per-span': opt.int({
    help: 'Spanstream: tags beyond this count are dropped (0 = no limit)',
    default: DEFAULT_SANITIZER_OPTIONS.maxTagsPerSpan,
    min: 0,
  }),
  'collector.max-span-size': opt.byteSize({
    help: 'Spanstream: larger spans are rejected (0 = no limit)',
    default: DEFAULT_SANITIZER_OPTIONS.maxSpanSize,
  }),
  'collector.span-start-time.max-age': opt.duration({
    help: 'Spanstream: spans starting longer ago are refused (0 = anything since 2000-01-01)',
    default: durationMs(DEFAULT_SANITIZER_OPTIONS.startTimeWindow.maxAgeMicros / 1000),
  }),
  'collector.span-start-time.max-future': opt.duration({
    help: "Spanstream: spans starting further ahead of the collector's clock are refused (0 = no limit)",
    default: durationMs(DEFAULT_SANITIZER_OPTIONS.startTimeWindow.maxFutureMicros / 1000),
  }),
  ...tlsServerConfig('collector.otlp.http', 'OTLP/HTTP receiver'),
  ...tlsServerConfig('collector.otlp.grpc', 'OTLP/gRPC receiver'),
  ...tlsServerConfig('collector.grpc', 'Jaeger gRPC receiver'),
  ...tlsServerConfig('collector.http', 'Jaeger Thrift HTTP receiver'),
  ...tlsServerConfig('collector.zipkin', 'Zipkin receiver'),
  ...tlsServerConfig('collector.sampling.http', 'Spanstream: sampling endpoint'),
  'sampling.strategies-file': opt.string({ help: 'sampling strategies JSON file', default: '' }),
  'sampling.strategies-reload-interval': opt.duration({
    help: 're-read the strategies file at this interval (0 = reload when the file changes)',
    default: '0s',
  }),
  ...adaptiveSamplingConfig,
});

/** Seconds in Retry-After when the queue is full (not a flag). */
const RETRY_AFTER_SECONDS = 1;

export type CollectorOptionValues = ConfigValues<typeof collectorOptionsConfig>;

/** Collector options from loaded configuration; throws an Error naming the key of a bad value. */
export function collectorOptionsFromConfig(
  values: CollectorOptionValues,
  env: Readonly<Record<string, string | undefined>>,
): CollectorOptions {
  const tags = parseCollectorTags(values['collector.tags'], env);
  if ('error' in tags) throw new Error(`--${tags.error}`);
  return {
    otlpEnabled: values['collector.otlp.enabled'],
    otlpHttpHostPort: values['collector.otlp.http.host-port'],
    otlpGrpcHostPort: values['collector.otlp.grpc.host-port'],
    grpcHostPort: values['collector.grpc-server.host-port'],
    httpHostPort: values['collector.http-server.host-port'],
    zipkinHostPort: values['collector.zipkin.host-port'],
    samplingHostPort: values['collector.sampling.http.host-port'],
    tls: receiverTls(values),
    samplingStrategiesFile: values['sampling.strategies-file'],
    samplingReloadIntervalMs: values['sampling.strategies-reload-interval'],
    samplingStrategiesType: values['sampling.strategies-type'],
    adaptive: adaptiveOptionsFromConfig(values),
    samplingRedis: { url: values['sampling.redis.url'], keyPrefix: values['sampling.redis.key-prefix'] },
    queueSize: values['collector.queue-size'],
    queueSizeMemoryMiB: values['collector.queue-size-memory'],
    numWorkers: values['collector.num-workers'],
    maxRequestBytes: values['collector.http.max-request-size'],
    grpcMaxMessageSize: values['collector.grpc-server.max-message-size'],
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    retry: DEFAULT_RETRY,
    sanitizer: {
      ...DEFAULT_SANITIZER_OPTIONS,
      collectorTags: tags.tags,
      maxTagValueLength: values['collector.max-tag-value-length'],
      maxTagsPerSpan: values['collector.max-tags-per-span'],
      maxSpanSize: values['collector.max-span-size'],
      startTimeWindow: {
        maxAgeMicros: values['collector.span-start-time.max-age'] * 1000,
        maxFutureMicros: values['collector.span-start-time.max-future'] * 1000,
      },
    },
  };
}

/** The collector's options when no flag, env var or file sets anything (the flags' defaults). */
export const DEFAULT_COLLECTOR_OPTIONS: CollectorOptions = collectorOptionsFromConfig(
  defaultValues(collectorOptionsConfig),
  {},
);

/** `--collector.<receiver>.tls.*` of each receiver with TLS on; throws naming the flag of a bad value. */
function receiverTls(values: CollectorOptionValues): ReceiverTls {
  const tls = (prefix: string) => serverTlsFromConfig(values, prefix);
  const entries = Object.entries({
    otlpHttp: tls('collector.otlp.http'),
    otlpGrpc: tls('collector.otlp.grpc'),
    jaegerGrpc: tls('collector.grpc'),
    jaegerHttp: tls('collector.http'),
    zipkin: tls('collector.zipkin'),
    sampling: tls('collector.sampling.http'),
  }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries);
}
