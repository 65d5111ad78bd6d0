import { isUtf8 } from 'node:buffer';

/** Thrown (one shared instance, no stack) when bytes cannot be proven clean: the caller decodes instead. */
export class Unproven extends Error {}
export const UNPROVEN = new Unproven('not proven forwardable');

export const VARINT = 0;
export const I64 = 1;
export const LEN = 2;
export const I32 = 5;

/**
 * A cursor over protobuf bytes for the forwardable scan: every read checks its bounds and throws
 * `UNPROVEN` at anything malformed, so a caller never reads past a message it was given.
 * `maxValue` is the longest string value the sanitizer keeps unchanged.
 */
export class WireReader {
  readonly buf: Uint8Array;
  readonly maxValue: number;
  pos = 0;
  /** Where the content of the last `string` starts. */
  start = 0;
  /** The 32-bit halves of the last `fixed64`. */
  lo = 0;
  hi = 0;

  constructor(buf: Uint8Array, maxValue: number) {
    this.buf = buf;
    this.maxValue = maxValue;
  }

  /** A varint; exact up to 2^53, which is all that lengths and tags need (values are only skipped). */
  varint(): number {
    let result = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.buf.length) throw UNPROVEN;
      const byte = this.buf[this.pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
    }
    throw UNPROVEN;
  }

  /** The end of a length-delimited field whose length comes next; leaves `pos` at its content. */
  sub(end: number): number {
    const length = this.varint();
    const subEnd = this.pos + length;
    if (subEnd > end) throw UNPROVEN;
    return subEnd;
  }

  skip(wire: number, end: number): void {
    if (wire === VARINT) this.varint();
    else if (wire === I64) this.pos += 8;
    else if (wire === I32) this.pos += 4;
    else if (wire === LEN) this.pos = this.sub(end);
    else throw UNPROVEN;
    if (this.pos > end) throw UNPROVEN;
  }

  /** A UTF-8 string field of at most `max` bytes; returns its end (and leaves `pos` there). */
  string(end: number, max: number): number {
    const stop = this.sub(end);
    this.start = this.pos;
    if (stop - this.pos > max) throw UNPROVEN;
    for (let i = this.pos; i < stop; i++) {
      if (this.buf[i]! >= 0x80) {
        if (!isUtf8(this.buf.subarray(this.pos, stop))) throw UNPROVEN;
        break;
      }
    }
    this.pos = stop;
    return stop;
  }

  /** A fixed64 into `lo` and `hi`. */
  fixed64(): void {
    const b = this.buf;
    const p = this.pos;
    if (p + 8 > b.length) throw UNPROVEN;
    this.pos += 8;
    this.lo = (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
    this.hi = (b[p + 4]! | (b[p + 5]! << 8) | (b[p + 6]! << 16) | (b[p + 7]! << 24)) >>> 0;
  }
}

/**
 * `seen` with `field` marked; throws when it already was. A singular field sent twice is read as
 * the last one by protobufjs, and the conversion might read another: not worth proving.
 */
export function once(seen: number, field: number): number {
  const bit = 1 << field;
  if ((seen & bit) !== 0) throw UNPROVEN;
  return seen | bit;
}
