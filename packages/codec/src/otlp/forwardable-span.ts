import type { SanitizerOptions } from '@spanstream/model';
import { startTimeOutsideWindow } from '@spanstream/model';
import { readKeyValue } from './forwardable-values.ts';
import { I32, I64, LEN, once, UNPROVEN, VARINT, type WireReader } from './wire-reader.ts';

/** Upper bound on how many tags the OTLP → Jaeger conversion adds to a span besides its attributes. */
const ADDED_TAGS = 16;

/** What a span is checked against besides its own bytes. */
export interface SpanContext {
  readonly options: SanitizerOptions;
  /** The sanitizer's clock, read once per request. */
  readonly now: number;
  /** Tags its scope adds to every span. */
  readonly scopeAttributes: number;
  /** Bytes of its resource and scope (the process and scope tags it will carry). */
  readonly contextBytes: number;
}

/**
 * A Span that decoding and sanitizing keep exactly as sent; returns the offset of its 16 trace ID
 * bytes. One long switch over the span's fields: it runs once per span, and splitting it would only
 * move the field dispatch elsewhere.
 */
export function readSpan(r: WireReader, end: number, context: SpanContext): number {
  const start = r.pos;
  let seen = 0;
  let traceIdAt = -1;
  let spanId = false;
  let startLo = 0;
  let startHi = 0;
  let endLo = 0;
  let endHi = 0;
  let attributes = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field <= 16 && field !== 9 && field !== 11 && field !== 13) seen = once(seen, field);
    switch (field) {
      case 1:
        if (wire !== LEN) throw UNPROVEN;
        traceIdAt = readId(r, end, 16, false, false) - 16;
        break;
      case 2:
        if (wire !== LEN) throw UNPROVEN;
        readId(r, end, 8, false, false);
        spanId = true;
        break;
      case 3:
      case 5:
        if (wire !== LEN) throw UNPROVEN;
        r.string(end, field === 5 ? Infinity : r.maxValue);
        break;
      case 4:
        if (wire !== LEN) throw UNPROVEN;
        readId(r, end, 8, true, true);
        break;
      case 6:
      case 10:
      case 12:
      case 14:
        if (wire !== VARINT) throw UNPROVEN;
        r.varint();
        break;
      case 7:
      case 8:
        if (wire !== I64) throw UNPROVEN;
        r.fixed64();
        if (field === 7) {
          startLo = r.lo;
          startHi = r.hi;
        } else {
          endLo = r.lo;
          endHi = r.hi;
        }
        break;
      case 9:
        if (wire !== LEN) throw UNPROVEN;
        readKeyValue(r, r.sub(end));
        attributes++;
        break;
      case 11:
        if (wire !== LEN) throw UNPROVEN;
        readEvent(r, r.sub(end));
        break;
      case 13:
        if (wire !== LEN) throw UNPROVEN;
        readLink(r, r.sub(end));
        break;
      case 15:
        if (wire !== LEN) throw UNPROVEN;
        readStatus(r, r.sub(end));
        break;
      case 16:
        if (wire !== I32) throw UNPROVEN;
        r.pos += 4;
        break;
      default:
        r.skip(wire, end);
    }
  }
  if (r.pos !== end || traceIdAt < 0 || !spanId) throw UNPROVEN;
  const { options } = context;
  const maxTags = options.maxTagsPerSpan;
  if (maxTags > 0 && attributes + context.scopeAttributes + ADDED_TAGS > maxTags) throw UNPROVEN;
  const maxSize = options.maxSpanSize;
  if (maxSize > 0 && 400 + 14 * (end - start + context.contextBytes) > maxSize) throw UNPROVEN;
  checkTiming(startLo, startHi, endLo, endHi, context);
  return traceIdAt;
}

/** An ID field of exactly `size` bytes (or 0 when `emptyOk`), not all zero unless `zeroOk`; returns its end. */
function readId(r: WireReader, end: number, size: number, emptyOk: boolean, zeroOk: boolean): number {
  const stop = r.sub(end);
  const length = stop - r.pos;
  if (length === 0 && emptyOk) return stop;
  if (length !== size) throw UNPROVEN;
  if (!zeroOk) {
    let zero = true;
    for (let i = r.pos; i < stop; i++) if (r.buf[i] !== 0) zero = false;
    if (zero) throw UNPROVEN;
  }
  r.pos = stop;
  return stop;
}

/** Start time inside the window, no clock skew, a duration that needs no repair nor warning. */
function checkTiming(
  startLo: number,
  startHi: number,
  endLo: number,
  endHi: number,
  context: SpanContext,
): void {
  // As nanosToMicros and durationMicros (exact: 2^32 = 4294967 * 1000 + 296).
  const startMicros = startHi * 4294967 + Math.floor((startHi * 296 + startLo) / 1000);
  const diff = (endHi - startHi) * 4294967296 + (endLo - startLo);
  if (!Number.isSafeInteger(diff) || diff < 0) throw UNPROVEN;
  const duration = Math.trunc(diff / 1000);
  const { options, now } = context;
  if (startTimeOutsideWindow(startMicros, options.startTimeWindow, now) !== undefined) throw UNPROVEN;
  if (options.maxDurationMicros > 0 && duration > options.maxDurationMicros) throw UNPROVEN;
  if (options.maxClockSkewMicros > 0 && startMicros > now + options.maxClockSkewMicros) throw UNPROVEN;
}

function readEvent(r: WireReader, end: number): void {
  let seen = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    if (field !== 3 && field <= 4) seen = once(seen, field);
    if (tag === ((1 << 3) | I64)) r.pos += 8;
    else if (tag === ((2 << 3) | LEN)) r.string(end, r.maxValue);
    else if (tag === ((3 << 3) | LEN)) readKeyValue(r, r.sub(end));
    else if (tag === ((4 << 3) | VARINT)) r.varint();
    else if (field <= 4) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (r.pos !== end) throw UNPROVEN;
}

function readLink(r: WireReader, end: number): void {
  let seen = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    if (field !== 4 && field <= 6) seen = once(seen, field);
    if (tag === ((1 << 3) | LEN)) readId(r, end, 16, true, true);
    else if (tag === ((2 << 3) | LEN)) readId(r, end, 8, true, true);
    else if (tag === ((3 << 3) | LEN)) r.string(end, Infinity);
    else if (tag === ((4 << 3) | LEN)) readKeyValue(r, r.sub(end));
    else if (tag === ((5 << 3) | VARINT)) r.varint();
    else if (tag === ((6 << 3) | I32)) r.pos += 4;
    else if (field <= 6) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (r.pos !== end) throw UNPROVEN;
}

function readStatus(r: WireReader, end: number): void {
  let seen = 0;
  while (r.pos < end) {
    const tag = r.varint();
    const field = tag >>> 3;
    if (field <= 3) seen = once(seen, field);
    if (tag === ((2 << 3) | LEN)) r.string(end, r.maxValue);
    else if (tag === ((3 << 3) | VARINT)) r.varint();
    else if (field <= 3) throw UNPROVEN;
    else r.skip(tag & 7, end);
  }
  if (r.pos !== end) throw UNPROVEN;
}
