import type { ServerTlsOptions } from '@spanstream/config';
import { DEFAULT_SANITIZER_OPTIONS, type SanitizerOptions } from '@spanstream/model';
import { DEFAULT_RETRY, type RetryOptions } from './processor/retry.ts';

/** TLS per receiver (`--collector.otlp.http.tls.*` → otlpHttp, …); a missing entry = plain. */
export type ReceiverTls = {
  readonly [
    K in 'otlpHttp' | 'otlpGrpc' | 'jaegerGrpc' | 'jaegerHttp' | 'zipkin' | 'sampling'
  ]?: ServerTlsOptions;
};

/** Collector options; names follow Jaeger's flags (in comments). An empty host-port turns a receiver off. */
export interface CollectorOptions {
  /** --collector.otlp.enabled */
  readonly otlpEnabled: boolean;
  /** --collector.otlp.http.host-port (:4318) */
  readonly otlpHttpHostPort: string;
  /** --collector.otlp.grpc.host-port (:4317) */
  readonly otlpGrpcHostPort: string;
  /** --collector.grpc-server.host-port (:14250): Jaeger gRPC PostSpans and SamplingManager */
  readonly grpcHostPort: string;
  /** --collector.http-server.host-port (:14268): Jaeger Thrift over HTTP and /api/sampling */
  readonly httpHostPort: string;
  /** --collector.zipkin.host-port (:9411; Jaeger v1 defaults to off, v2's all-in-one to on) */
  readonly zipkinHostPort: string;
  /** Spanstream: the agent-style sampling endpoint (:5778, `GET /sampling?service=` and `/api/sampling`) */
  readonly samplingHostPort: string;
  /** --collector.{otlp.http,otlp.grpc,grpc,http,zipkin,sampling.http}.tls.* */
  readonly tls: ReceiverTls;
  /** --sampling.strategies-file ('' = default probabilistic 0.001) */
  readonly samplingStrategiesFile: string;
  /** --sampling.strategies-reload-interval in ms (0 = watch the file for changes instead) */
  readonly samplingReloadIntervalMs: number;
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

export const DEFAULT_COLLECTOR_OPTIONS: CollectorOptions = {
  otlpEnabled: true,
  otlpHttpHostPort: '127.0.0.1:4318',
  otlpGrpcHostPort: '127.0.0.1:4317',
  grpcHostPort: '127.0.0.1:14250',
  httpHostPort: '127.0.0.1:14268',
  zipkinHostPort: '127.0.0.1:9411',
  samplingHostPort: '127.0.0.1:5778',
  tls: {},
  samplingStrategiesFile: '',
  samplingReloadIntervalMs: 0,
  queueSize: 2000,
  queueSizeMemoryMiB: 0,
  numWorkers: 50,
  maxRequestBytes: 16 * 1024 * 1024,
  grpcMaxMessageSize: 4 * 1024 * 1024,
  retryAfterSeconds: 1,
  sanitizer: DEFAULT_SANITIZER_OPTIONS,
  retry: DEFAULT_RETRY,
};
