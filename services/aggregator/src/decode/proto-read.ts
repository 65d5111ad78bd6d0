import protobuf from 'protobufjs/minimal.js';

/** Shared pieces of the field-by-field protobuf readers (otlp-facts.ts, jaeger-facts.ts). */
export type Reader = protobuf.Reader;
export const { Reader } = protobuf;

/**
 * A reader over `bytes` whose `buf` is a Buffer (so that `hexBytes` can read hex straight out of it).
 * protobufjs keeps a Buffer as is.
 */
export function bufferReader(bytes: Uint8Array): Reader {
  return Reader.create(
    Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
  );
}

/**
 * A bytes field (length-delimited) as lowercase hex, from the reader's buffer: no Buffer object per
 * ID, as `hex(reader.bytes())` made two (the hot path reads three IDs per span).
 */
export function hexBytes(reader: Reader): string {
  const length = reader.uint32();
  const start = reader.pos;
  reader.skip(length);
  return (reader.buf as Buffer).toString('hex', start, start + length);
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
