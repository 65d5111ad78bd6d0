import type { KeyValue, Span } from '@spanstream/model';
import protobuf from 'protobufjs/minimal.js';

/**
 * A sized, single-buffer writer for one message: the api_v2 `Span` that Jaeger's Kafka `protobuf`
 * encoding puts in every record, written once per span on the collector's hot path.
 *
 * protobufjs' Writer records an operation object per field and a state object per nested message
 * (~80 bytes of garbage per field, ~6 KB per span), which at 10k spans/s kept V8's young
 * generation busy enough to promote in-flight Kafka batches. This writer measures the message
 * first (string and sub-message lengths go to a scratch list, in the order the write pass needs
 * them), then writes into one buffer. Its output is byte for byte protobufjs' for
 * `toJaegerProtoSpan(span)` (a property test holds it to that); every other message still goes
 * through protobufjs.
 */

const utf8 = protobuf.util.utf8;

/** Lengths measured by the size pass, read back in the same order by the write pass. */
const lengths: number[] = [];
let next = 0;

function varint32Size(value: number): number {
  value >>>= 0;
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** protobufjs' `int32`: a negative value is sign-extended to 64 bits (10 bytes). */
const int32Size = (value: number): number => (value < 0 ? 10 : varint32Size(value));

function varint64Size(lo: number, hi: number): number {
  if (hi === 0) return varint32Size(lo);
  let size = 5; // the low 35 bits
  for (let rest = hi >>> 3; rest !== 0; rest >>>= 7) size++;
  return size;
}

/** The two's-complement halves of a safe integer (as protobufjs' LongBits.fromNumber). */
const low32 = (value: number): number => value >>> 0;
const high32 = (value: number): number => Math.floor(value / 4294967296) >>> 0;
const bigLow32 = (value: bigint): number => Number(BigInt.asUintN(32, value));
const bigHigh32 = (value: bigint): number => Number(BigInt.asUintN(32, value >> 32n));

function stringLength(value: string): number {
  const length = Buffer.byteLength(value, 'utf8');
  lengths.push(length);
  return length;
}

/** A length-delimited field whose content is `length` bytes (field numbers here are all < 16). */
const delimited = (length: number): number => 1 + varint32Size(length) + length;

/** Whole seconds of a `Timestamp` (floor) or a `Duration` (truncated: nanos carry the same sign). */
const timeSeconds = (micros: number, duration: boolean): number =>
  duration ? Math.trunc(micros / 1_000_000) : Math.floor(micros / 1_000_000);

function timeSize(micros: number, duration: boolean): number {
  const seconds = timeSeconds(micros, duration);
  const nanos = (micros - seconds * 1_000_000) * 1000;
  return 1 + varint64Size(low32(seconds), high32(seconds)) + 1 + int32Size(nanos);
}

/** A `SpanRef`: trace ID, span ID, ref type. */
const refSize = (ref: Span['references'][number]): number =>
  delimited(Buffer.byteLength(ref.traceId, 'hex')) + delimited(Buffer.byteLength(ref.spanId, 'hex')) + 2;

function keyValueSize(kv: KeyValue): number {
  const slot = lengths.push(0) - 1;
  let size = delimited(stringLength(kv.key)) + 2; // key, vType
  switch (kv.type) {
    case 'string':
      size += delimited(stringLength(kv.value));
      break;
    case 'bool':
      size += 2;
      break;
    case 'int64':
      size += 1 + varint64Size(bigLow32(kv.value), bigHigh32(kv.value));
      break;
    case 'float64':
      size += 9;
      break;
    case 'binary':
      size += delimited(kv.value.length);
      break;
  }
  lengths[slot] = size;
  return size;
}

function spanSize(span: Span, process: Uint8Array): number {
  let size = delimited(Buffer.byteLength(span.traceId, 'hex'));
  size += delimited(Buffer.byteLength(span.spanId, 'hex'));
  size += delimited(stringLength(span.operationName));
  for (const ref of span.references) size += delimited(refSize(ref));
  size += 1 + varint32Size(span.flags);
  size += delimited(timeSize(span.startTime, false));
  size += delimited(timeSize(span.duration, true));
  for (const tag of span.tags) size += delimited(keyValueSize(tag));
  for (const log of span.logs) {
    const slot = lengths.push(0) - 1;
    let logSize = delimited(timeSize(log.timestamp, false));
    for (const field of log.fields) logSize += delimited(keyValueSize(field));
    lengths[slot] = logSize;
    size += delimited(logSize);
  }
  size += delimited(process.length);
  for (const warning of span.warnings) size += delimited(stringLength(warning));
  return size;
}

class SizedWriter {
  readonly buf: Buffer;
  pos = 0;

  constructor(buf: Buffer) {
    this.buf = buf;
  }

  byte(value: number): void {
    this.buf[this.pos++] = value;
  }

  varint32(value: number): void {
    value >>>= 0;
    while (value > 127) {
      this.buf[this.pos++] = (value & 127) | 128;
      value >>>= 7;
    }
    this.buf[this.pos++] = value;
  }

  varint64(lo: number, hi: number): void {
    while (hi !== 0) {
      this.buf[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.varint32(lo);
  }

  int32(value: number): void {
    if (value < 0) this.varint64(low32(value), high32(value));
    else this.varint32(value);
  }

  /** A string whose UTF-8 length the size pass measured (written as protobufjs writes it). */
  string(tag: number, value: string): void {
    const length = lengths[next++]!;
    this.byte(tag);
    this.varint32(length);
    if (value.length < 40) utf8.write(value, this.buf, this.pos);
    else this.buf.write(value, this.pos, length, 'utf8');
    this.pos += length;
  }

  hex(tag: number, value: string): void {
    const length = Buffer.byteLength(value, 'hex');
    this.byte(tag);
    this.varint32(length);
    this.pos += this.buf.write(value, this.pos, length, 'hex');
  }

  bytes(tag: number, value: Uint8Array): void {
    this.byte(tag);
    this.varint32(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }

  time(tag: number, micros: number, duration: boolean): void {
    const seconds = timeSeconds(micros, duration);
    const nanos = (micros - seconds * 1_000_000) * 1000;
    this.byte(tag);
    this.varint32(timeSize(micros, duration));
    this.byte(8);
    this.varint64(low32(seconds), high32(seconds));
    this.byte(16);
    this.int32(nanos);
  }

  keyValue(tag: number, kv: KeyValue): void {
    this.byte(tag);
    this.varint32(lengths[next++]!);
    this.string(10, kv.key);
    switch (kv.type) {
      case 'string':
        this.byte(16);
        this.byte(0);
        this.string(26, kv.value);
        return;
      case 'bool':
        this.byte(16);
        this.byte(1);
        this.byte(32);
        this.byte(kv.value ? 1 : 0);
        return;
      case 'int64':
        this.byte(16);
        this.byte(2);
        this.byte(40);
        this.varint64(bigLow32(kv.value), bigHigh32(kv.value));
        return;
      case 'float64':
        this.byte(16);
        this.byte(3);
        this.byte(49);
        this.pos = this.buf.writeDoubleLE(kv.value, this.pos);
        return;
      case 'binary':
        this.byte(16);
        this.byte(4);
        this.bytes(58, kv.value);
        return;
    }
  }
}

/**
 * One api_v2 `Span` with `process` (its encoded bytes, shared by the spans of a request) and the
 * span's warnings: what Jaeger's Kafka writer puts in a record.
 */
export function writeJaegerSpan(span: Span, process: Uint8Array): Buffer {
  lengths.length = 0;
  next = 0;
  const buf = Buffer.allocUnsafe(spanSize(span, process));
  const w = new SizedWriter(buf);
  w.hex(10, span.traceId);
  w.hex(18, span.spanId);
  w.string(26, span.operationName);
  for (const ref of span.references) {
    w.byte(34);
    w.varint32(refSize(ref));
    w.hex(10, ref.traceId);
    w.hex(18, ref.spanId);
    w.byte(24);
    w.byte(ref.refType === 'FOLLOWS_FROM' ? 1 : 0);
  }
  w.byte(40);
  w.varint32(span.flags);
  w.time(50, span.startTime, false);
  w.time(58, span.duration, true);
  for (const tag of span.tags) w.keyValue(66, tag);
  for (const log of span.logs) {
    w.byte(74);
    w.varint32(lengths[next++]!);
    w.time(10, log.timestamp, false);
    for (const field of log.fields) w.keyValue(18, field);
  }
  w.bytes(82, process);
  for (const warning of span.warnings) w.string(98, warning);
  if (w.pos !== buf.length) throw new Error(`Jaeger span writer: wrote ${w.pos} of ${buf.length} bytes`);
  return buf;
}
