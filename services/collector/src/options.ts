import type { HostPort, ServerTlsOptions } from '@spanstream/config';
import type { SanitizerOptions } from '@spanstream/model';
import type { RetryOptions } from './processor/retry.ts';
import type { AdaptiveOptions } from './sampling/adaptive/options.ts';

/** TLS per receiver (`--collector.otlp.http.tls.*` → otlpHttp, …); a missing entry = plain. */
export type ReceiverTls = {
  readonly [
    K in 'otlpHttp' | 'otlpGrpc' | 'jaegerGrpc' | 'jaegerHttp' | 'zipkin' | 'sampling'
  ]?: ServerTlsOptions;
};

/**
 * Collector options; names follow Jaeger's flags (in comments). Their defaults are the flags' defaults:
 * DEFAULT_COLLECTOR_OPTIONS in config.ts. An undefined host-port turns a receiver off. */
export interface CollectorOptions {
  /** --collector.otlp.enabled */
  readonly otlpEnabled: boolean;
  /** --collector.otlp.http.host-port (:4318) */
  readonly otlpHttpHostPort: HostPort | undefined;
  /** --collector.otlp.grpc.host-port (:4317) */
  readonly otlpGrpcHostPort: HostPort | undefined;
  /** --collector.grpc-server.host-port (:14250): Jaeger gRPC PostSpans and SamplingManager */
  readonly grpcHostPort: HostPort | undefined;
  /** --collector.http-server.host-port (:14268): Jaeger Thrift over HTTP and /api/sampling */
  readonly httpHostPort: HostPort | undefined;
  /** --collector.zipkin.host-port (:9411; Jaeger v1 defaults to off, v2's all-in-one to on) */
  readonly zipkinHostPort: HostPort | undefined;
  /** Spanstream: the agent-style sampling endpoint (:5778, `GET /sampling?service=` and `/api/sampling`) */
  readonly samplingHostPort: HostPort | undefined;
  /** --collector.{otlp.http,otlp.grpc,grpc,http,zipkin,sampling.http}.tls.* */
  readonly tls: ReceiverTls;
  /** --sampling.strategies-file ('' = default probabilistic 0.001) */
  readonly samplingStrategiesFile: string;
  /** --sampling.strategies-reload-interval in ms (0 = watch the file for changes instead) */
  readonly samplingReloadIntervalMs: number;
  /** --sampling.strategies-type: the file's strategies, or adaptive sampling */
  readonly samplingStrategiesType: 'file' | 'adaptive';
  /** --sampling.* of adaptive sampling */
  readonly adaptive: AdaptiveOptions;
  /** --sampling.redis.url, --sampling.redis.key-prefix: adaptive sampling's shared store (main.ts) */
  readonly samplingRedis: { readonly url: string; readonly keyPrefix: string };
  /** --collector.queue-size (spans) */
  readonly queueSize: number;
  /** --collector.queue-size-memory (MiB; 0 = no byte bound) */
  readonly queueSizeMemoryMiB: number;
  /** --collector.num-workers */
  readonly numWorkers: number;
  /** Spanstream: limit on a decompressed HTTP request body (bytes) */
  readonly maxRequestBytes: number;
  /** --collector.grpc-server.max-message-size (bytes, also used for OTLP gRPC) */
  readonly grpcMaxMessageSize: number;
  /** Seconds in Retry-After when the queue is full */
  readonly retryAfterSeconds: number;
  readonly sanitizer: SanitizerOptions;
  readonly retry: RetryOptions;
}
