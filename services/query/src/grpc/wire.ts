import type { Micros } from '@spanstream/model';
import { micros } from '@spanstream/model';
import type { google } from '@spanstream/proto';

type LongLike = number | { toNumber(): number } | null | undefined;

function toNumber(value: LongLike): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** A protobuf Timestamp as µs since the epoch; undefined when unset or zero (Go's zero time). */
export function timestampToMicros(ts: google.protobuf.ITimestamp | null | undefined): Micros | undefined {
  if (ts === null || ts === undefined) return undefined;
  const seconds = toNumber(ts.seconds);
  const nanos = ts.nanos ?? 0;
  if (seconds === 0 && nanos === 0) return undefined;
  return micros(seconds * 1_000_000 + Math.trunc(nanos / 1000));
}

/** A protobuf Duration as (fractional) µs; 0 when unset. */
export function durationToMicros(d: google.protobuf.IDuration | null | undefined): number {
  if (d === null || d === undefined) return 0;
  return toNumber(d.seconds) * 1_000_000 + (d.nanos ?? 0) / 1000;
}

/**
 * A message made of one repeated length-delimited field (`repeated Span spans = 1`
 * of SpansResponseChunk) from already-encoded elements: the spans are encoded
 * once by the codec and only framed here.
 */
export function encodeRepeatedField(fieldNumber: number, elements: readonly Uint8Array[]): Buffer {
  const tag = (fieldNumber << 3) | 2;
  let size = 0;
  for (const element of elements) size += varintSize(tag) + varintSize(element.length) + element.length;
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const element of elements) {
    offset = writeVarint(out, offset, tag);
    offset = writeVarint(out, offset, element.length);
    out.set(element, offset);
    offset += element.length;
  }
  return out;
}

function varintSize(value: number): number {
  let size = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) size++;
  return size;
}

function writeVarint(out: Buffer, start: number, value: number): number {
  let offset = start;
  let v = value;
  while (v >= 0x80) {
    out[offset++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[offset++] = v;
  return offset;
}
