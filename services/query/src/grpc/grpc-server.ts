import type { ServerTls } from '@spanstream/runtime';
import { createGrpcServer, type GrpcServer } from '@spanstream/runtime/grpc';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { QueryCore } from '../query-core.ts';
import { apiV2Definition, apiV2Implementation } from './api-v2.ts';
import { apiV3Definition, apiV3Implementation } from './api-v3.ts';
import type { HandlerContext } from './handler.ts';

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
): GrpcServer {
  const grpc = createGrpcServer({
    maxReceiveBytes: options.maxReceiveMessageLength,
    maxSendBytes: options.maxSendMessageLength,
    tls: options.tls,
    closeTimeoutMs: 10_000,
  });
  grpc.server.addService(apiV2Definition, apiV2Implementation(core, ctx));
  grpc.server.addService(apiV3Definition, apiV3Implementation(core, ctx));
  grpc.server.addService(healthDefinition, healthImplementation);
  return grpc;
}
