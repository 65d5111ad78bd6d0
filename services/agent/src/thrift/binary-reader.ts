import { ThriftError, ThriftReader } from './thrift-reader.ts';

const VERSION_MASK = 0xffff0000;
const VERSION_1 = 0x80010000;

/** TBinaryProtocol (port 6832): big-endian fixed-width integers, i32 length prefixes. */
export class BinaryReader extends ThriftReader {
  messageBegin(): string {
    const first = this.i32();
    if (first < 0) {
      if ((first & VERSION_MASK) >>> 0 !== VERSION_1) throw new ThriftError('bad binary protocol version');
      const name = this.name(this.i32());
      this.i32(); // seqid
      return name;
    }
    // Old non-strict header: name, type byte, seqid.
    const name = this.name(first);
    this.byte();
    this.i32();
    return name;
  }

  private name(length: number): string {
    this.need(length);
    const start = this.pos;
    this.pos += length;
    return String.fromCharCode(...this.buf.subarray(start, this.pos));
  }

  structBegin(): void {
    // Nothing on the wire.
  }

  structEnd(): void {
    // Nothing on the wire.
  }

  fieldBegin(): number {
    const type = this.byte();
    if (type === 0) return 0;
    this.fieldId = this.i16();
    return type;
  }

  bool(): boolean {
    return this.byte() !== 0;
  }

  byte(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }

  i16(): number {
    this.need(2);
    const value = this.view.getInt16(this.pos);
    this.pos += 2;
    return value;
  }

  i32(): number {
    this.need(4);
    const value = this.view.getInt32(this.pos);
    this.pos += 4;
    return value;
  }

  i64(): void {
    this.need(8);
    this.hi = this.view.getUint32(this.pos);
    this.lo = this.view.getUint32(this.pos + 4);
    this.pos += 8;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos);
    this.pos += 8;
    return value;
  }

  binary(): number {
    const length = this.i32();
    this.need(length);
    this.start = this.pos;
    this.pos += length;
    return length;
  }

  listBegin(): number {
    this.elemType = this.byte();
    return this.checkSize(this.i32());
  }

  mapBegin(): number {
    this.keyType = this.byte();
    this.elemType = this.byte();
    return this.checkSize(this.i32());
  }
}
