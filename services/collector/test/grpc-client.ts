import * as grpc from '@grpc/grpc-js';

/** A plain grpc-js client calling one unary method with pre-encoded bytes. */
export function grpcCall(
  port: number,
  path: string,
  request: Uint8Array,
  options: grpc.ChannelOptions = {},
): Promise<
  { ok: true; response: Buffer } | { ok: false; code: grpc.status; details: string; metadata: grpc.Metadata }
> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), options);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      path,
      (value: Uint8Array) => Buffer.from(value),
      (value: Buffer) => value,
      request,
      (error, response) => {
        client.close();
        if (error) resolve({ ok: false, code: error.code, details: error.details, metadata: error.metadata });
        else resolve({ ok: true, response: response! });
      },
    );
  });
}
