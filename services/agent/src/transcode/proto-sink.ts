/**
 * A single-buffer protobuf writer for the transcoder's hot path. Nested messages reserve one byte
 * for their length and move their content when it turns out longer (rare for tags, once per span):
 * no per-field objects, and string bytes are copied straight from the datagram.
 */
export class ProtoSink {
  buf: Uint8Array;
  #view: DataView;
  pos = 0;

  constructor(initialSize = 64 * 1024) {
    this.buf = new Uint8Array(initialSize);
    this.#view = new DataView(this.buf.buffer);
  }

  reset(): void {
    this.pos = 0;
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  private ensure(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + bytes) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.#view = new DataView(next.buffer);
  }

  varint(value: number): void {
    this.ensure(10);
    let v = value;
    while (v > 0x7f) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v = v > 0xffffffff ? Math.floor(v / 128) : v >>> 7;
    }
    this.buf[this.pos++] = v;
  }

  /** A 64-bit varint from its unsigned 32-bit halves (negative int64s take ten bytes). */
  varint64(hi: number, lo: number): void {
    this.ensure(10);
    let h = hi >>> 0;
    let l = lo >>> 0;
    while (h !== 0 || l > 0x7f) {
      this.buf[this.pos++] = (l & 0x7f) | 0x80;
      l = ((l >>> 7) | (h << 25)) >>> 0;
      h >>>= 7;
    }
    this.buf[this.pos++] = l;
  }

  tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }

  /** A length-delimited field with these bytes of `src` (a string or bytes field). */
  bytes(field: number, src: Uint8Array, start: number, end: number): void {
    const length = end - start;
    this.tag(field, 2);
    this.varint(length);
    this.ensure(length);
    // Most strings are short: a loop beats making a subarray (a Buffer, for a datagram) to copy from.
    if (length < 64) {
      const b = this.buf;
      let p = this.pos;
      for (let i = start; i < end; i++) b[p++] = src[i]!;
    } else this.buf.set(src.subarray(start, end), this.pos);
    this.pos += length;
  }

  /** 8 big-endian bytes from two 32-bit halves (Jaeger's span ID, half a trace ID). */
  private id64(hi: number, lo: number): void {
    const b = this.buf;
    let p = this.pos;
    b[p++] = hi >>> 24;
    b[p++] = hi >>> 16;
    b[p++] = hi >>> 8;
    b[p++] = hi;
    b[p++] = lo >>> 24;
    b[p++] = lo >>> 16;
    b[p++] = lo >>> 8;
    b[p++] = lo;
    this.pos = p;
  }

  spanId(field: number, hi: number, lo: number): void {
    this.tag(field, 2);
    this.ensure(9);
    this.buf[this.pos++] = 8;
    this.id64(hi, lo);
  }

  traceId(field: number, highHi: number, highLo: number, lowHi: number, lowLo: number): void {
    this.tag(field, 2);
    this.ensure(17);
    this.buf[this.pos++] = 16;
    this.id64(highHi, highLo);
    this.id64(lowHi, lowLo);
  }

  double(field: number, value: number): void {
    this.tag(field, 1);
    this.ensure(8);
    this.#view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  /** Copies bytes already encoded (a pre-built field). */
  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** Opens a nested message field; pass the result to `end`. */
  begin(field: number): number {
    this.tag(field, 2);
    this.ensure(1);
    return this.pos++;
  }

  end(mark: number): void {
    const length = this.pos - mark - 1;
    if (length < 0x80) {
      this.buf[mark] = length;
      return;
    }
    let extra = 1;
    for (let v = length >>> 14; v > 0; v >>>= 7) extra++;
    this.ensure(extra);
    this.buf.copyWithin(mark + 1 + extra, mark + 1, this.pos);
    let p = mark;
    let v = length;
    while (v > 0x7f) {
      this.buf[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[p] = v;
    this.pos += extra;
  }

  /** google.protobuf.Timestamp / Duration from microseconds (≥ 0). */
  micros(field: number, micros: number): void {
    const mark = this.begin(field);
    const seconds = Math.floor(micros / 1e6);
    const nanos = (micros - seconds * 1e6) * 1000;
    if (seconds !== 0) {
      this.tag(1, 0);
      if (seconds < 0) this.varint64(Math.floor(seconds / 4294967296), seconds >>> 0);
      else this.varint(seconds);
    }
    if (nanos !== 0) {
      this.tag(2, 0);
      this.varint(nanos);
    }
    this.end(mark);
  }
}
