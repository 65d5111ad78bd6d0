import { Server } from '@grpc/grpc-js';
import type { ServerTls } from '@spanstream/runtime';
import { grpcServerCredentials } from '@spanstream/runtime/grpc';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { QueryCore } from '../query-core.ts';
import { apiV2Definition, apiV2Implementation } from './api-v2.ts';
import { apiV3Definition, apiV3Implementation } from './api-v3.ts';
import type { HandlerContext } from './handler.ts';

export interface QueryGrpcServer {
  /** Binds and starts serving; resolves with the bound port (useful with port 0). */
  listen(host: string, port: number): Promise<number>;
  /** Graceful: finishes in-flight calls; forced after `timeoutMs`. Idempotent. */
  close(timeoutMs?: number): Promise<void>;
}

export interface QueryGrpcOptions {
  /** grpc.max_receive_message_length; Jaeger's default is 4 MiB. */
  readonly maxReceiveMessageLength: number;
  readonly maxSendMessageLength: number;
  /** `--query.grpc.tls.*`; closed with the server. */
  readonly tls?: ServerTls | undefined;
}

// grpc.health.v1.Health/Check answering SERVING (field 1 = 1) for every service name; the
// messages are too small to be worth a generated codec.
const HEALTH_SERVING = Uint8Array.of(0x08, 0x01);
const healthDefinition: ServiceDefinition = {
  Check: {
    path: '/grpc.health.v1.Health/Check',
    requestStream: false,
    responseStream: false,
    requestSerialize: (value: Uint8Array) => Buffer.from(value),
    requestDeserialize: (bytes: Buffer) => bytes,
    responseSerialize: (value: Uint8Array) => Buffer.from(value),
    responseDeserialize: (bytes: Buffer) => bytes,
  },
};
const healthImplementation: UntypedServiceImplementation = {
  Check: (_call: unknown, callback: (error: null, value: Uint8Array) => void) => {
    callback(null, HEALTH_SERVING);
  },
};

/** The query gRPC server: jaeger.api_v2.QueryService, jaeger.api_v3.QueryService and grpc health. */
export function createQueryGrpcServer(
  core: QueryCore,
  ctx: HandlerContext,
  options: QueryGrpcOptions,
): QueryGrpcServer {
  const server = new Server({
    'grpc.max_receive_message_length': options.maxReceiveMessageLength,
    'grpc.max_send_message_length': options.maxSendMessageLength,
  });
  server.addService(apiV2Definition, apiV2Implementation(core, ctx));
  server.addService(apiV3Definition, apiV3Implementation(core, ctx));
  server.addService(healthDefinition, healthImplementation);
  let closing: Promise<void> | undefined;
  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
        server.bindAsync(address, grpcServerCredentials(options.tls), (error, boundPort) => {
          if (error === null) resolve(boundPort);
          else reject(error);
        });
      }),
    close: (timeoutMs = 10_000) => {
      closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, timeoutMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }).finally(() => options.tls?.close());
      return closing;
    },
  };
}
