import type { MethodDefinition } from '@grpc/grpc-js';

interface Codec<T> {
  decode(bytes: Uint8Array): T;
}

/** A grpc-js method definition whose request is decoded by protobufjs and whose response is bytes we encode. */
export function methodDefinition<Req>(
  service: string,
  name: string,
  request: Codec<Req>,
  responseStream: boolean,
): MethodDefinition<Req, Uint8Array> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: () => {
      throw new Error('server-side definition: requests are never serialized here');
    },
    requestDeserialize: (bytes: Buffer) => request.decode(bytes),
    responseSerialize: (value: Uint8Array) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
    responseDeserialize: (bytes: Buffer) => bytes,
    originalName: name[0]!.toLowerCase() + name.slice(1),
  };
}
