import * as K from './keys.ts';
import { I64, LEN, once, UNPROVEN, VARINT, type WireReader } from './wire-reader.ts';

// The forwardable scan's readers of attributes and of what carries them besides spans (Resource,
// InstrumentationScope): every string valid UTF-8, every value within the sanitizer's limits.

/** A Resource: returns the service name the conversion would give it. */
export function readResource(r: WireReader, end: number): string {
  let service = K.NO_SERVICE_NAME;
  let attributes = 0;
  while (r.pos < end) {
    const tag = r.varint();
    if (tag === ((1 << 3) | LEN)) {
      const stop = r.sub(end);
      const name = readKeyValue(r, stop, true);
      if (name !== undefined) service = name;
      attributes++;
    } else if (tag === ((2 << 3) | VARINT)) r.varint();
    else if (tag >>> 3 <= 2) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (r.pos !== end) throw UNPROVEN;
  if (attributes > 0 && service === K.NO_SERVICE_NAME) service = '';
  if (service.trim() === '') throw UNPROVEN;
  return service;
}

/** An InstrumentationScope: returns its attribute count (they become span tags). */
export function readScope(r: WireReader, end: number): number {
  let attributes = 0;
  let seen = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    if ((field === 1 || field === 2) && (tag & 7) === LEN) {
      seen = once(seen, field);
      r.string(end, r.maxValue);
    } else if (tag === ((3 << 3) | LEN)) {
      readKeyValue(r, r.sub(end));
      attributes++;
    } else if (tag === ((4 << 3) | VARINT)) r.varint();
    else if (field <= 4) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (r.pos !== end) throw UNPROVEN;
  return attributes;
}

/**
 * A KeyValue (UTF-8 key, value within the tag value limit). With `serviceKey`, returns the value
 * of a `service.name` attribute ('' when it is not a string), else undefined.
 */
export function readKeyValue(r: WireReader, end: number, serviceKey = false): string | undefined {
  let keyStart = -1;
  let keyStop = -1;
  let value: string | undefined;
  let seen = 0;
  while (r.pos < end) {
    const tag = r.varint();
    if (tag === ((1 << 3) | LEN)) {
      seen = once(seen, 1);
      keyStop = r.string(end, Infinity);
      keyStart = r.start;
    } else if (tag === ((2 << 3) | LEN)) {
      seen = once(seen, 2);
      value = readAnyValue(r, r.sub(end), serviceKey);
    } else if (tag >>> 3 <= 2) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (!serviceKey || keyStart < 0 || !isServiceKey(r.buf, keyStart, keyStop)) return undefined;
  return value ?? '';
}

function isServiceKey(buf: Uint8Array, start: number, stop: number): boolean {
  if (stop - start !== K.SERVICE_NAME.length) return false;
  for (let i = 0; i < K.SERVICE_NAME.length; i++)
    if (buf[start + i] !== K.SERVICE_NAME.charCodeAt(i)) return false;
  return true;
}

/** An AnyValue; returns its string when `wantString` and it is one. */
function readAnyValue(r: WireReader, end: number, wantString: boolean): string | undefined {
  let result: string | undefined;
  let fields = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    fields++;
    if (field === 1 && wire === LEN) {
      const stop = r.string(end, r.maxValue);
      if (wantString)
        result = Buffer.from(r.buf.buffer, r.buf.byteOffset + r.start, stop - r.start).toString('utf8');
    } else if ((field === 2 || field === 3) && wire === VARINT) r.varint();
    else if (field === 4 && wire === I64) r.pos += 8;
    else if ((field === 5 || field === 6) && wire === LEN) {
      // An array or key-value list becomes a JSON string tag: bounded by its length, text valid.
      const stop = r.sub(end);
      if ((stop - r.pos) * 6 + 16 > r.maxValue) throw UNPROVEN;
      readNested(r, stop, field === 6);
    } else if (field === 7 && wire === LEN) {
      const stop = r.sub(end);
      if (stop - r.pos > r.maxValue) throw UNPROVEN;
      r.pos = stop;
    } else if (field <= 7) throw UNPROVEN;
    else r.skip(wire, end);
  }
  // A oneof set twice: protobufjs keeps the last, the conversion may read another. Not worth proving.
  if (fields > 1) throw UNPROVEN;
  if (r.pos !== end) throw UNPROVEN;
  return result;
}

/** ArrayValue (values: AnyValue) or KeyValueList (values: KeyValue): every string valid. */
function readNested(r: WireReader, end: number, keyValues: boolean): void {
  while (r.pos < end) {
    const tag = r.varint();
    if (tag === ((1 << 3) | LEN)) {
      const stop = r.sub(end);
      if (keyValues) readKeyValue(r, stop);
      else readAnyValue(r, stop, false);
      r.pos = stop;
    } else if (tag >>> 3 <= 1) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
}
