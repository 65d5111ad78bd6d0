import protobuf from 'protobufjs/minimal.js';

/** Shared pieces of the field-by-field protobuf readers (otlp-facts.ts, jaeger-facts.ts). */
export type Reader = protobuf.Reader;
export const { Reader } = protobuf;

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
}

/** fixed64 nanoseconds as a double (ms precision is all we need). */
export function fixed64(reader: Reader): number {
  const lo = reader.fixed32();
  const hi = reader.fixed32();
  return hi * 4294967296 + lo;
}

/** Reads a length prefix: the end position of the embedded message. */
export function sub(reader: Reader): number {
  return reader.uint32() + reader.pos;
}
