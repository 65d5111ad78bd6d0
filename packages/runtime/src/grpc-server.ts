import { Server } from '@grpc/grpc-js';
import { formatHostPort, type HostPort } from '@spanstream/config';
import { grpcServerCredentials } from './grpc-credentials.ts';
import type { ServerTls } from './server-tls.ts';

export interface GrpcServerOptions {
  /** grpc.max_receive_message_length: raises grpc's 4 MiB default (Jaeger's `max-message-size`). */
  readonly maxReceiveBytes: number;
  /** grpc.max_send_message_length; grpc's default (unlimited) when absent. */
  readonly maxSendBytes?: number;
  /** HTTPS-like TLS following certificate renewals; closed with the server. Plain when undefined. */
  readonly tls?: ServerTls | undefined;
  /** In-flight calls may finish for this long on close; then the server is shut down by force. */
  readonly closeTimeoutMs: number;
}

export interface GrpcServer {
  /** Add services here before `listen`. */
  readonly server: Server;
  /** Binds and starts serving; resolves with the bound port (port 0 picks a free one). */
  listen(hostPort: HostPort): Promise<number>;
  /** Graceful (in-flight calls finish), forced after `closeTimeoutMs`. Idempotent. */
  close(): Promise<void>;
}

/** The one way Spanstream opens a gRPC port (collector receivers, query): grpc-js with limits, TLS and a bounded close. */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const server = new Server({
    'grpc.max_receive_message_length': options.maxReceiveBytes,
    ...(options.maxSendBytes === undefined ? {} : { 'grpc.max_send_message_length': options.maxSendBytes }),
  });
  let closing: Promise<void> | undefined;
  return {
    server,
    listen: (hostPort) =>
      new Promise((resolve, reject) => {
        server.bindAsync(formatHostPort(hostPort), grpcServerCredentials(options.tls), (error, bound) => {
          if (error === null) resolve(bound);
          // grpc-js says only "No address added out of total 1 resolved"; say which port, as net does.
          else if (/No address added/.test(error.message) && hostPort.port !== 0)
            reject(
              Object.assign(new Error(`${error.message}: ${formatHostPort(hostPort)} (address in use?)`), {
                code: 'EADDRINUSE',
                port: hostPort.port,
              }),
            );
          else reject(error);
        });
      }),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, options.closeTimeoutMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }).finally(() => options.tls?.close());
      return closing;
    },
  };
}
