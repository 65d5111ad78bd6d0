import { Metadata, status } from '@grpc/grpc-js';
import type {
  sendUnaryData,
  ServerUnaryCall,
  ServerWritableStream,
  ServiceError,
  UntypedHandleCall,
} from '@grpc/grpc-js';
import type { Logger } from '@spanstream/runtime';
import type { QueryMetrics } from '../metrics.ts';
import { runWithRequestContext } from '@spanstream/storage-api';
import { bearerTokenFromHeaders } from '../request-context.ts';

/** A gRPC error with a status code; anything else thrown by a handler becomes INTERNAL. */
export class GrpcStatusError extends Error {
  readonly code: status;
  constructor(code: status, message: string) {
    super(message);
    this.code = code;
  }
}

export interface HandlerContext {
  readonly logger: Logger;
  readonly metrics: QueryMetrics;
  readonly bearerTokenPropagation: boolean;
}

type Unary<Req> = (request: Req) => Promise<Uint8Array>;
type Streaming<Req> = (request: Req, send: (message: Uint8Array) => Promise<void>) => Promise<void>;

/** Wraps a unary handler: request context, metrics, and Jaeger-style `prefix: cause` INTERNAL errors. */
export function unary<Req>(
  ctx: HandlerContext,
  name: string,
  internalPrefix: string,
  fn: Unary<Req>,
): UntypedHandleCall {
  return (call: ServerUnaryCall<Req, Uint8Array>, callback: sendUnaryData<Uint8Array>) => {
    const started = performance.now();
    void inContext(ctx, call.metadata, () => fn(call.request)).then(
      (response) => {
        observe(ctx, name, status.OK, started);
        callback(null, response);
      },
      (error: unknown) => {
        const serviceError = toServiceError(ctx, name, internalPrefix, error);
        observe(ctx, name, serviceError.code, started);
        callback(serviceError);
      },
    );
  };
}

/** Wraps a server-streaming handler; `send` waits for the stream to drain (large traces). */
export function streaming<Req>(
  ctx: HandlerContext,
  name: string,
  internalPrefix: string,
  fn: Streaming<Req>,
): UntypedHandleCall {
  return (call: ServerWritableStream<Req, Uint8Array>) => {
    const started = performance.now();
    const send = (message: Uint8Array): Promise<void> =>
      call.write(message)
        ? Promise.resolve()
        : new Promise((resolve) => {
            call.once('drain', () => {
              resolve();
            });
          });
    void inContext(ctx, call.metadata, () => fn(call.request, send)).then(
      () => {
        observe(ctx, name, status.OK, started);
        call.end();
      },
      (error: unknown) => {
        const serviceError = toServiceError(ctx, name, internalPrefix, error);
        observe(ctx, name, serviceError.code, started);
        // grpc-js turns an 'error' event on a server stream into the call's final status.
        call.emit('error', serviceError);
      },
    );
  };
}

function inContext<T>(ctx: HandlerContext, metadata: Metadata, fn: () => Promise<T>): Promise<T> {
  const token = ctx.bearerTokenPropagation
    ? bearerTokenFromHeaders(
        firstString(metadata, 'authorization'),
        firstString(metadata, 'x-forwarded-access-token'),
      )
    : undefined;
  return runWithRequestContext(token === undefined ? {} : { bearerToken: token }, fn);
}

function firstString(metadata: Metadata, key: string): string | undefined {
  const value = metadata.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}

function toServiceError(ctx: HandlerContext, name: string, prefix: string, error: unknown): ServiceError {
  if (error instanceof GrpcStatusError) return serviceError(error.code, error.message);
  ctx.logger.error({ err: error, method: name }, 'gRPC handler, internal error');
  const message = error instanceof Error ? error.message : String(error);
  return serviceError(status.INTERNAL, `${prefix}: ${message}`);
}

function serviceError(code: status, details: string): ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new Metadata() });
}

function observe(ctx: HandlerContext, name: string, code: status, started: number): void {
  ctx.metrics.observeRequest('grpc', name, status[code], (performance.now() - started) / 1000);
}
