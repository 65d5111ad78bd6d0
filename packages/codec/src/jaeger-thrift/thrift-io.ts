import thrift from 'thrift';
import type { TProtocol } from 'thrift';

/**
 * Thrift wire type IDs as plain numbers (the protocol's fixed values, equal to
 * thrift's `Thrift.Type`), so decoders can compare them with what they read.
 */
export const T = { STOP: 0, BOOL: 2, DOUBLE: 4, I32: 8, I64: 10, STRING: 11, STRUCT: 12, LIST: 15 } as const;

/** For the thrift package's write calls, which type their argument as its enum. */
export const wireType = (type: number): thrift.Thrift.Type =>
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the values are the wire IDs
  type;

/** A binary-protocol reader over a complete in-memory message (the thrift package's transport and protocol). */
export function binaryReader(bytes: Uint8Array): TProtocol {
  let transport: thrift.TBufferedTransport | undefined;
  // receiver() copies the data into a transport and calls back synchronously.
  thrift.TBufferedTransport.receiver(
    (t) => (transport = t),
    0,
  )(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  return new thrift.TBinaryProtocol(transport!);
}

/** A binary-protocol (or compact-protocol) writer; `finish()` returns the bytes written. */
export function binaryWriter(compact = false): { protocol: TProtocol; finish: () => Buffer } {
  let out: Buffer = Buffer.alloc(0);
  const transport = new thrift.TBufferedTransport(undefined, (message) => {
    if (message) out = message;
  });
  return {
    protocol: compact ? new thrift.TCompactProtocol(transport) : new thrift.TBinaryProtocol(transport),
    finish: () => {
      transport.flush();
      return out;
    },
  };
}

/** Thrift i64 (node-int64, big-endian two's complement) to a signed bigint. */
export function readI64(protocol: TProtocol): bigint {
  const value = protocol.readI64();
  return value.buffer.readBigInt64BE(value.offset);
}

export function writeI64(protocol: TProtocol, value: bigint): void {
  const buffer = Buffer.alloc(8);
  buffer.writeBigInt64BE(BigInt.asIntN(64, value));
  protocol.writeI64(new thrift.Int64(buffer));
}

/**
 * Reads a struct field by field, handing each (id, type) to `field`; a field the
 * callback does not consume (returns false) is skipped, as generated code does
 * for unknown or mistyped fields.
 */
export function readStruct(protocol: TProtocol, field: (id: number, type: number) => boolean): void {
  protocol.readStructBegin();
  for (;;) {
    const header = protocol.readFieldBegin();
    const ftype: number = header.ftype;
    if (ftype === T.STOP) break;
    if (!field(header.fid, header.ftype)) protocol.skip(header.ftype);
    protocol.readFieldEnd();
  }
  protocol.readStructEnd();
}

/** Reads a list, checking the element type; a list of the wrong type is skipped whole. */
export function readList<E>(protocol: TProtocol, type: number, element: () => E): E[] {
  const header = protocol.readListBegin();
  const etype: number = header.etype;
  const out: E[] = [];
  if (etype !== type) {
    for (let i = 0; i < header.size; i++) protocol.skip(header.etype);
  } else {
    for (let i = 0; i < header.size; i++) out.push(element());
  }
  protocol.readListEnd();
  return out;
}
