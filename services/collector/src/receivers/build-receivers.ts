import type { HostPort } from '@spanstream/config';
import { createServerTls, type Logger, type ServerTls } from '@spanstream/runtime';
import { createGrpcServer, type GrpcServer } from '@spanstream/runtime/grpc';
import type { CollectorMetrics } from '../metrics.ts';
import type { CollectorOptions } from '../options.ts';
import type { SpanProcessor } from '../processor/span-processor.ts';
import { createStrategyStore, type StrategyStore } from '../sampling/strategy-store.ts';
import type { ReceiverDecoders } from './decoders.ts';
import { jaegerCollectorService, samplingManagerService } from './grpc/jaeger-grpc.ts';
import { otlpTraceService } from './grpc/otlp-grpc.ts';
import { createHttpServer, type HttpServerHandle } from './http/server.ts';
import { registerJaegerThriftHttp, THRIFT_CONTENT_TYPES } from './jaeger-thrift-http.ts';
import { OTLP_HTTP_CONTENT_TYPES, registerOtlpHttp } from './otlp-http.ts';
import { registerSamplingHttp } from './sampling-http.ts';
import { registerZipkinHttp, ZIPKIN_CONTENT_TYPES } from './zipkin-http.ts';

export type ReceiverName = 'otlpHttp' | 'otlpGrpc' | 'jaegerGrpc' | 'jaegerHttp' | 'zipkin' | 'sampling';

export interface Receiver {
  readonly name: ReceiverName;
  /** Starts listening; resolves to the bound port. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

export interface ReceiverDeps {
  readonly options: CollectorOptions;
  readonly processor: SpanProcessor;
  readonly metrics: CollectorMetrics;
  readonly logger: Logger;
  readonly decoders: ReceiverDecoders | undefined;
  /** Strategies other than the file's (adaptive sampling); the file's when absent. */
  readonly strategies?: StrategyStore | undefined;
}

export interface Receivers {
  readonly receivers: Receiver[];
  readonly strategies: StrategyStore;
}

const fromHttp = (name: ReceiverName, server: HttpServerHandle): Receiver => ({
  name,
  start: () => server.listen(),
  stop: () => server.close(),
});

const fromGrpc = (name: ReceiverName, server: GrpcServer, hostPort: HostPort): Receiver => ({
  name,
  start: () => server.listen(hostPort),
  stop: () => server.close(),
});

/** The enabled receivers, in start order, and the sampling strategies they share. */
export async function buildReceivers(deps: ReceiverDeps): Promise<Receivers> {
  const { options: o, processor, metrics, logger } = deps;
  const decoders = deps.decoders ?? (await import('./codec-decoders.ts')).codecDecoders;
  const grpcFailed = (error: unknown, method: string) => {
    logger.error({ err: error, method }, 'gRPC request failed');
  };
  const strategies =
    deps.strategies ?? createStrategyStore(o.samplingStrategiesFile, o.samplingReloadIntervalMs, logger);
  const submit = { processor, maxRequestBytes: o.maxRequestBytes, retryAfterSeconds: o.retryAfterSeconds };
  // Certificates are read here (a bad one fails startup) and followed for renewals.
  const tls = (name: ReceiverName): ServerTls | undefined => {
    const options = o.tls[name];
    return options === undefined ? undefined : createServerTls(options, logger);
  };
  // Raw (still compressed) bodies are capped at the decompressed limit too.
  const http = (name: string, hostPort: HostPort, types: readonly string[], receiver: ReceiverName) =>
    createHttpServer(name, hostPort, types, o.maxRequestBytes, logger, tls(receiver));
  // Let in-flight calls finish on stop (their spans are already queued or answered), then force.
  const grpc = (receiver: ReceiverName) =>
    createGrpcServer({ maxReceiveBytes: o.grpcMaxMessageSize, tls: tls(receiver), closeTimeoutMs: 5000 });
  const receivers: Receiver[] = [];
  if (o.otlpEnabled && o.otlpHttpHostPort !== undefined) {
    const server = http('otlp-http', o.otlpHttpHostPort, OTLP_HTTP_CONTENT_TYPES, 'otlpHttp');
    registerOtlpHttp(server.app, {
      ...submit,
      decoders: { proto: decoders.otlpProto, json: decoders.otlpJson },
    });
    receivers.push(fromHttp('otlpHttp', server));
  }
  if (o.otlpEnabled && o.otlpGrpcHostPort !== undefined) {
    const server = grpc('otlpGrpc');
    const service = otlpTraceService(processor, decoders.otlpProto, o.retryAfterSeconds, grpcFailed);
    server.server.addService(service.definition, service.implementation);
    receivers.push(fromGrpc('otlpGrpc', server, o.otlpGrpcHostPort));
  }
  if (o.grpcHostPort !== undefined) {
    const server = grpc('jaegerGrpc');
    const collector = jaegerCollectorService(
      processor,
      decoders.jaegerProto,
      o.retryAfterSeconds,
      grpcFailed,
    );
    const sampling = samplingManagerService(strategies);
    server.server.addService(collector.definition, collector.implementation);
    server.server.addService(sampling.definition, sampling.implementation);
    receivers.push(fromGrpc('jaegerGrpc', server, o.grpcHostPort));
  }
  if (o.httpHostPort !== undefined) {
    const server = http('jaeger-http', o.httpHostPort, THRIFT_CONTENT_TYPES, 'jaegerHttp');
    registerJaegerThriftHttp(server.app, submit, decoders.jaegerThrift);
    registerSamplingHttp(server.app, ['/api/sampling'], strategies, metrics);
    receivers.push(fromHttp('jaegerHttp', server));
  }
  if (o.zipkinHostPort !== undefined) {
    const server = http('zipkin', o.zipkinHostPort, ZIPKIN_CONTENT_TYPES, 'zipkin');
    registerZipkinHttp(server.app, submit, decoders);
    receivers.push(fromHttp('zipkin', server));
  }
  if (o.samplingHostPort !== undefined) {
    const server = http('sampling', o.samplingHostPort, [], 'sampling');
    registerSamplingHttp(server.app, ['/sampling', '/api/sampling'], strategies, metrics);
    receivers.push(fromHttp('sampling', server));
  }
  return { receivers, strategies };
}
