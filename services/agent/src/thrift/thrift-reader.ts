/**
 * A minimal pull reader over one complete Thrift message in memory (a UDP datagram), for the agent's
 * transcoder. Types are normalised to the binary protocol's IDs whatever the wire protocol. Every read
 * is bounds-checked: a short or hostile datagram throws a ThriftError, never reads past the buffer.
 */
export const T = {
  STOP: 0,
  BOOL: 2,
  BYTE: 3,
  DOUBLE: 4,
  I16: 6,
  I32: 8,
  I64: 10,
  STRING: 11,
  STRUCT: 12,
  MAP: 13,
  SET: 14,
  LIST: 15,
} as const;

/** A datagram that is not the Thrift it claims to be. */
export class ThriftError extends Error {
  override readonly name = 'ThriftError';
}

/** Nested containers/structs deeper than this are refused (a stack-overflow guard for crafted input). */
const MAX_DEPTH = 32;

export abstract class ThriftReader {
  readonly buf: Uint8Array;
  readonly view: DataView;
  pos: number;
  /** The field ID of the last `fieldBegin()`. */
  fieldId = 0;
  /** The element type of the last `listBegin()` (normalised). */
  elemType = 0;
  /** The two 32-bit halves (unsigned) of the last `i64()`. */
  hi = 0;
  lo = 0;
  /** Where the bytes of the last `binary()` start (they end at `pos`). */
  start = 0;

  constructor(buf: Uint8Array, offset = 0) {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.pos = offset;
  }

  /** Reads the message header; returns the method name. */
  abstract messageBegin(): string;
  abstract structBegin(): void;
  abstract structEnd(): void;
  /** The next field's type (T.STOP at the end of the struct); its ID in `fieldId`. */
  abstract fieldBegin(): number;
  abstract bool(): boolean;
  abstract byte(): number;
  abstract i16(): number;
  abstract i32(): number;
  /** Reads an i64 into `hi`/`lo`. */
  abstract i64(): void;
  abstract double(): number;
  /** Skips over a string/binary, leaving its bytes at [`start`, `pos`); returns its length. */
  abstract binary(): number;
  /** A list or set header: returns the size, the element type in `elemType`. */
  abstract listBegin(): number;
  /** A map header: returns the size; key and value types in `keyType` and `elemType`. */
  abstract mapBegin(): number;
  keyType = 0;

  /** The i64 just read as a JS number (exact below 2^53: microsecond timestamps and durations). */
  i64Number(): number {
    return (this.hi | 0) * 4294967296 + this.lo;
  }

  protected need(bytes: number): void {
    if (bytes < 0 || this.pos + bytes > this.buf.length) throw new ThriftError('truncated message');
  }

  /** A container of `size` elements must fit in what is left, at one byte or more each. */
  protected checkSize(size: number): number {
    if (size < 0 || size > this.buf.length - this.pos)
      throw new ThriftError(`container size ${size} exceeds the message`);
    return size;
  }

  skip(type: number, depth = 0): void {
    if (depth > MAX_DEPTH) throw new ThriftError('nesting too deep');
    switch (type) {
      case T.BOOL:
        this.bool();
        return;
      case T.BYTE:
        this.byte();
        return;
      case T.I16:
        this.i16();
        return;
      case T.I32:
        this.i32();
        return;
      case T.I64:
        this.i64();
        return;
      case T.DOUBLE:
        this.double();
        return;
      case T.STRING:
        this.binary();
        return;
      case T.STRUCT:
        this.structBegin();
        for (let t = this.fieldBegin(); t !== T.STOP; t = this.fieldBegin()) this.skip(t, depth + 1);
        this.structEnd();
        return;
      case T.LIST:
      case T.SET: {
        const size = this.listBegin();
        const elem = this.elemType;
        for (let i = 0; i < size; i++) this.skip(elem, depth + 1);
        return;
      }
      case T.MAP: {
        const size = this.mapBegin();
        const [key, value] = [this.keyType, this.elemType];
        for (let i = 0; i < size; i++) {
          this.skip(key, depth + 1);
          this.skip(value, depth + 1);
        }
        return;
      }
      default:
        throw new ThriftError(`unknown field type ${type}`);
    }
  }
}
