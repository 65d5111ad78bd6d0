import type { Logger } from '@spanstream/runtime';
import type { CollectorMetrics } from '../metrics.ts';
import type { CollectorOptions } from '../options.ts';
import type { SpanProcessor } from '../processor/span-processor.ts';
import type { ReceiverDecoders } from './decoders.ts';
import { createHttpServer, type HttpServerHandle } from './http/server.ts';
import { OTLP_HTTP_CONTENT_TYPES, registerOtlpHttp } from './otlp-http.ts';

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
}

function httpReceiver(name: ReceiverName, server: HttpServerHandle): Receiver {
  return { name, start: () => server.listen(), stop: () => server.close() };
}

/** Raw (still compressed) bodies may be as large as the decompressed limit. */
function rawLimit(options: CollectorOptions): number {
  return options.maxRequestBytes;
}

/** The enabled receivers, in start order. */
export async function buildReceivers(deps: ReceiverDeps): Promise<Receiver[]> {
  const { options, processor, logger } = deps;
  const decoders = deps.decoders ?? (await import('./codec-decoders.ts')).codecDecoders;
  const receivers: Receiver[] = [];
  if (options.otlpEnabled && options.otlpHttpHostPort !== '') {
    const server = createHttpServer(
      'otlp-http',
      options.otlpHttpHostPort,
      OTLP_HTTP_CONTENT_TYPES,
      rawLimit(options),
      logger,
    );
    registerOtlpHttp(server.app, {
      processor,
      decoders: { proto: decoders.otlpProto, json: decoders.otlpJson },
      maxRequestBytes: options.maxRequestBytes,
      retryAfterSeconds: options.retryAfterSeconds,
    });
    receivers.push(httpReceiver('otlpHttp', server));
  }
  return receivers;
}
