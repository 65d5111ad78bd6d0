import type { HostPort } from '@spanstream/config';
import { createServerTls, type Logger, type ServerTls } from '@spanstream/runtime';
import type { GrpcServer } from '@spanstream/runtime/grpc';
import type { CollectorMetrics } from '../metrics.ts';
import type { CollectorOptions } from '../options.ts';
import type { SpanProcessor } from '../processor/span-processor.ts';
import { createStrategyStore, type StrategyStore } from '../sampling/strategy-store.ts';
import { loadCodecDecoders, type DecoderFamily } from './codec-decoders.ts';
import type { ReceiverDecoders } from './decoders.ts';
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

/** The codecs the enabled receivers decode with. */
function decoderFamilies(o: CollectorOptions): DecoderFamily[] {
  const families: DecoderFamily[] = [];
  if (o.otlpEnabled && (o.otlpHttpHostPort !== undefined || o.otlpGrpcHostPort !== undefined))
    families.push('otlp');
  if (o.grpcHostPort !== undefined) families.push('jaegerProto');
  if (o.httpHostPort !== undefined) families.push('jaegerThrift');
  if (o.zipkinHostPort !== undefined) families.push('zipkin');
  return families;
}

/**
 * The enabled receivers, in start order, and the sampling strategies they share. What a disabled
 * receiver needs is not loaded: gRPC (@grpc/grpc-js and its services) and each codec family are
 * imported only when a receiver uses them (RSS, ADR 0110).
 */
export async function buildReceivers(deps: ReceiverDeps): Promise<Receivers> {
  const { options: o, processor, metrics, logger } = deps;
  const decoders = deps.decoders ?? (await loadCodecDecoders(decoderFamilies(o)));
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
  const grpc = async (receiver: ReceiverName): Promise<GrpcServer> => {
    const { createGrpcServer } = await import('@spanstream/runtime/grpc');
    return createGrpcServer({
      maxReceiveBytes: o.grpcMaxMessageSize,
      tls: tls(receiver),
      closeTimeoutMs: 5000,
    });
  };
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
    const server = await grpc('otlpGrpc');
    const { otlpTraceService } = await import('./grpc/otlp-grpc.ts');
    const service = otlpTraceService(processor, decoders.otlpProto, o.retryAfterSeconds, grpcFailed);
    server.server.addService(service.definition, service.implementation);
    receivers.push(fromGrpc('otlpGrpc', server, o.otlpGrpcHostPort));
  }
  if (o.grpcHostPort !== undefined) {
    const server = await grpc('jaegerGrpc');
    const { jaegerCollectorService, samplingManagerService } = await import('./grpc/jaeger-grpc.ts');
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
