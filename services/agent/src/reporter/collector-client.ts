import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import type { ClientTlsOptions, HostPort } from '@spanstream/config';
import { formatHostPort } from '@spanstream/config';

const POST_SPANS = '/jaeger.api_v2.CollectorService/PostSpans';
const GET_STRATEGY = '/jaeger.api_v2.SamplingManager/GetSamplingStrategy';

/** A call that failed; `retriable` when the same call may succeed later (collector down, busy). */
class CollectorCallError extends Error {
  override readonly name = 'CollectorCallError';
  readonly code: grpc.status;
  readonly retriable: boolean;
  constructor(code: grpc.status, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.retriable = RETRIABLE.has(code);
  }
}

const RETRIABLE = new Set([
  grpc.status.UNAVAILABLE,
  grpc.status.DEADLINE_EXCEEDED,
  grpc.status.RESOURCE_EXHAUSTED,
  grpc.status.ABORTED,
  grpc.status.CANCELLED,
  grpc.status.INTERNAL,
  grpc.status.UNKNOWN,
]);

/** What the agent asks of its collectors; pre-encoded protobuf in and out. */
export interface CollectorClient {
  postSpans(request: Uint8Array): Promise<void>;
  getSamplingStrategy(request: Uint8Array): Promise<Uint8Array>;
  close(): void;
}

export interface CollectorClientOptions {
  readonly hostPorts: readonly HostPort[];
  readonly tls: ClientTlsOptions;
  readonly timeoutMs: number;
  /** The longest wait before reconnecting to a collector that was down (grpc-js's default is 120 s). */
  readonly maxReconnectBackoffMs: number;
}

function credentials(tls: ClientTlsOptions): grpc.ChannelCredentials {
  if (tls.enabled !== true) return grpc.credentials.createInsecure();
  const read = (path: string | undefined) => (path === undefined ? null : readFileSync(path));
  return grpc.credentials.createSsl(
    read(tls.ca),
    read(tls.key),
    read(tls.cert),
    tls.skipHostVerify === true ? { checkServerIdentity: () => undefined } : {},
  );
}

const identity = (value: Uint8Array): Buffer => Buffer.from(value.buffer, value.byteOffset, value.length);

/**
 * gRPC to `--reporter.grpc.host-port` (a list): calls go round-robin over one channel per collector,
 * so a collector that is down costs one failed call, then the next one is tried.
 */
export function createCollectorClient(options: CollectorClientOptions): CollectorClient {
  const channelOptions: grpc.ChannelOptions = {
    'grpc.initial_reconnect_backoff_ms': Math.min(1000, options.maxReconnectBackoffMs),
    'grpc.max_reconnect_backoff_ms': options.maxReconnectBackoffMs,
    ...(options.tls.serverName === undefined
      ? {}
      : { 'grpc.ssl_target_name_override': options.tls.serverName }),
  };
  const creds = credentials(options.tls);
  const clients = options.hostPorts.map(
    (hostPort) => new grpc.Client(formatHostPort(hostPort), creds, channelOptions),
  );
  if (clients.length === 0) throw new Error('--reporter.grpc.host-port: no collector given');
  let next = 0;
  const call = (path: string, request: Uint8Array): Promise<Buffer> => {
    const client = clients[next++ % clients.length]!;
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        path,
        identity,
        (bytes: Buffer) => bytes,
        request,
        new grpc.Metadata(),
        { deadline: Date.now() + options.timeoutMs },
        (error, response) => {
          if (error)
            reject(new CollectorCallError(error.code, error.details || error.message, { cause: error }));
          else resolve(response!);
        },
      );
    });
  };
  return {
    postSpans: async (request) => {
      await call(POST_SPANS, request);
    },
    getSamplingStrategy: (request) => call(GET_STRATEGY, request),
    close: () => {
      for (const client of clients) client.close();
    },
  };
}
