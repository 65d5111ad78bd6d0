import * as grpc from '@grpc/grpc-js';
import { encodeRpcStatus } from '@spanstream/codec';

/** A unary method whose request arrives as raw bytes (decoded once by the handler) and whose response is pre-encoded. */
export type RawUnaryHandler = (request: Buffer, metadata: grpc.Metadata) => Promise<Uint8Array> | Uint8Array;

export class GrpcStatusError extends Error {
  readonly code: grpc.status;
  /** Sent as google.rpc.RetryInfo: OTLP clients retry RESOURCE_EXHAUSTED only when it is present. */
  readonly retryAfterSeconds: number | undefined;
  constructor(code: grpc.status, message: string, retryAfterSeconds?: number) {
    super(message);
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** `grpc-status-details-bin`: google.rpc.Status{code, message, details: [Any{RetryInfo{retry_delay}}]}. */
function retryInfoTrailer(code: number, message: string, seconds: number): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(encodeRpcStatus(code, message, seconds)));
  return metadata;
}

/** Called with a handler's unexpected error (a bug, not bad input) before the client gets INTERNAL. */
export type InternalErrorHook = (error: unknown, method: string) => void;

function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  // A JavaScript error's text describes our code, not the client's request: it stays in our log.
  if (!(error instanceof GrpcStatusError))
    return { code: grpc.status.INTERNAL, details: 'internal error in the collector (logged)' };
  const details = error.message;
  if (error.retryAfterSeconds === undefined) return { code: error.code, details };
  return {
    code: error.code,
    details,
    metadata: retryInfoTrailer(error.code, details, error.retryAfterSeconds),
  };
}

const identity = (value: Buffer): Buffer => value;
const toBuffer = (value: Uint8Array): Buffer => Buffer.from(value.buffer, value.byteOffset, value.byteLength);

/**
 * A service definition for grpc-js with pass-through (de)serializers: grpc-js does
 * no protobuf work, the handler decodes the bytes exactly once with the codec.
 */
export function rawService(
  service: string,
  handlers: Readonly<Record<string, RawUnaryHandler>>,
  onInternalError?: InternalErrorHook,
) {
  const definition: Record<string, grpc.MethodDefinition<Buffer, Uint8Array>> = {};
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [method, handler] of Object.entries(handlers)) {
    definition[method] = {
      path: `/${service}/${method}`,
      requestStream: false,
      responseStream: false,
      requestSerialize: identity,
      requestDeserialize: identity,
      responseSerialize: toBuffer,
      responseDeserialize: identity,
    };
    implementation[method] = (
      call: grpc.ServerUnaryCall<Buffer, Uint8Array>,
      callback: grpc.sendUnaryData<Uint8Array>,
    ) => {
      Promise.resolve()
        .then(() => handler(call.request, call.metadata))
        .then(
          (response) => {
            callback(null, response);
          },
          (error: unknown) => {
            if (!(error instanceof GrpcStatusError)) onInternalError?.(error, `${service}/${method}`);
            callback(toServiceError(error));
          },
        );
    };
  }
  return { definition: definition as grpc.ServiceDefinition, implementation };
}
