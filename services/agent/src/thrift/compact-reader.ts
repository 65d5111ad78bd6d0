import { T, ThriftError, ThriftReader } from './thrift-reader.ts';

const PROTOCOL_ID = 0x82;
const VERSION = 1;

/** Compact type IDs → the binary protocol's (index = compact ID; 1 and 2 are bool true/false). */
const TYPES: readonly number[] = [
  T.STOP,
  T.BOOL,
  T.BOOL,
  T.BYTE,
  T.I16,
  T.I32,
  T.I64,
  T.DOUBLE,
  T.STRING,
  T.LIST,
  T.SET,
  T.MAP,
  T.STRUCT,
];

/**
 * TCompactProtocol (ports 6831 and 5775): zigzag varints, field-ID deltas, bools folded into the
 * field header, little-endian doubles.
 */
export class CompactReader extends ThriftReader {
  #lastFieldId = 0;
  #fieldIds: number[] = [];
  /** A bool field's value travels in its header. */
  #pendingBool: boolean | undefined;

  messageBegin(): string {
    if (this.byte() !== PROTOCOL_ID) throw new ThriftError('not a compact protocol message');
    const versionAndType = this.byte();
    if ((versionAndType & 0x1f) !== VERSION) throw new ThriftError('bad compact protocol version');
    this.varint32(); // seqid
    const length = this.varint32();
    this.need(length);
    const start = this.pos;
    this.pos += length;
    return String.fromCharCode(...this.buf.subarray(start, this.pos));
  }

  structBegin(): void {
    this.#fieldIds.push(this.#lastFieldId);
    this.#lastFieldId = 0;
  }

  structEnd(): void {
    this.#lastFieldId = this.#fieldIds.pop() ?? 0;
  }

  fieldBegin(): number {
    const header = this.byte();
    const compactType = header & 0x0f;
    if (compactType === 0) return T.STOP;
    const delta = header >> 4;
    this.fieldId = delta === 0 ? this.zigzag32(this.varint32()) : this.#lastFieldId + delta;
    this.#lastFieldId = this.fieldId;
    const type = TYPES[compactType];
    if (type === undefined) throw new ThriftError(`unknown compact type ${compactType}`);
    if (type === T.BOOL) this.#pendingBool = compactType === 1;
    return type;
  }

  bool(): boolean {
    const pending = this.#pendingBool;
    if (pending !== undefined) {
      this.#pendingBool = undefined;
      return pending;
    }
    return this.byte() === 1; // a bool inside a container
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw new ThriftError('truncated message');
    return this.buf[this.pos++]!;
  }

  i16(): number {
    return this.zigzag32(this.varint32());
  }

  i32(): number {
    return this.zigzag32(this.varint32());
  }

  i64(): void {
    // A 64-bit varint into two 32-bit halves, then zigzag-decoded across both.
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      if (shift > 63) throw new ThriftError('varint too long');
      const b = this.byte();
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if ((b & 0x80) === 0) break;
    }
    const sign = -(lo & 1);
    this.lo = (((lo >>> 1) | (hi << 31)) ^ sign) >>> 0;
    this.hi = ((hi >>> 1) ^ sign) >>> 0;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  binary(): number {
    const length = this.varint32();
    this.need(length);
    this.start = this.pos;
    this.pos += length;
    return length;
  }

  listBegin(): number {
    const header = this.byte();
    const type = TYPES[header & 0x0f];
    if (type === undefined) throw new ThriftError(`unknown compact type ${header & 0x0f}`);
    this.elemType = type;
    const small = header >> 4;
    return this.checkSize(small === 15 ? this.varint32() : small);
  }

  mapBegin(): number {
    const size = this.checkSize(this.varint32());
    if (size === 0) return 0;
    const types = this.byte();
    const key = TYPES[types >> 4];
    const value = TYPES[types & 0x0f];
    if (key === undefined || value === undefined) throw new ThriftError('unknown compact map type');
    this.keyType = key;
    this.elemType = value;
    return size;
  }

  private varint32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result >>> 0;
    }
    throw new ThriftError('varint too long');
  }

  private zigzag32(n: number): number {
    return (n >>> 1) ^ -(n & 1);
  }
}
