import { isUtf8 } from 'node:buffer';
import type { SanitizerOptions, TraceId } from '@spanstream/model';
import { startTimeOutsideWindow } from '@spanstream/model';
import * as K from './keys.ts';

/** What the collector needs to know of an OTLP request it forwards without decoding it. */
export interface ForwardableOtlp {
  readonly spans: number;
  /** Spans per service name, in first-seen order. */
  readonly services: Map<string, number>;
  /** The first span's trace ID (the Kafka record key). */
  readonly firstTraceId: TraceId;
  /** Every span belongs to the first span's trace (a record keyed by it keeps the trace on one partition). */
  readonly oneTrace: boolean;
}

/**
 * Reads an OTLP `ExportTraceServiceRequest` at the wire level, building no objects, and answers
 * whether `decodeOtlpTraces` followed by `sanitizeSpans(…, options)` would keep every span exactly
 * as sent (no rejection, no repair, no warning): then the request's bytes can be forwarded as they
 * are, and this is all the collector needs to count them. Undefined means "not proven": anything
 * unusual (a wire type or a repeated singular field protobufjs would read differently, invalid
 * UTF-8, an ID of the wrong size, a start time outside the window, a negative or overlong
 * duration, a value near a size limit, collector tags to add) sends the request down the full
 * decode path, which repairs or rejects it as before. A property test holds the two paths to the
 * same verdict.
 */
export function scanForwardableOtlp(
  bytes: Uint8Array,
  options: SanitizerOptions,
): ForwardableOtlp | undefined {
  if (options.collectorTags.length > 0) return undefined;
  const scan = new Scan(bytes, options);
  try {
    if (!scan.request()) return undefined;
  } catch (error) {
    if (error instanceof Unproven) return undefined;
    throw error;
  }
  if (scan.spans === 0 || scan.firstTraceId === undefined) return undefined;
  return {
    spans: scan.spans,
    services: scan.services,
    firstTraceId: scan.firstTraceId,
    oneTrace: scan.oneTrace,
  };
}

function sameBytes(buf: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}

class Unproven extends Error {}
const UNPROVEN = new Unproven();

const LEN = 2;
const VARINT = 0;
const I64 = 1;
const I32 = 5;

/** Upper bound on how many tags the OTLP → Jaeger conversion adds to a span besides its attributes. */
const ADDED_TAGS = 16;

class Scan {
  readonly buf: Uint8Array;
  readonly options: SanitizerOptions;
  readonly now: number;
  readonly maxValue: number;
  pos = 0;
  spans = 0;
  services = new Map<string, number>();
  firstTraceId: TraceId | undefined;
  /** Offset of the first span's 16 trace ID bytes. */
  firstTraceAt = -1;
  oneTrace = true;
  /** Attributes counted by the last `attributes`-bearing read. */
  attributeCount = 0;

  constructor(buf: Uint8Array, options: SanitizerOptions) {
    this.buf = buf;
    this.options = options;
    this.now = options.now();
    this.maxValue = options.maxTagValueLength > 0 ? options.maxTagValueLength : Infinity;
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

  /** The end of a length-delimited field whose length comes next. */
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

  /** A UTF-8 string field of at most `max` bytes; returns its end. */
  string(end: number, max: number): number {
    const stop = this.sub(end);
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

  fixed64(): { lo: number; hi: number } {
    const b = this.buf;
    const p = this.pos;
    if (p + 8 > b.length) throw UNPROVEN;
    this.pos += 8;
    return {
      lo: (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0,
      hi: (b[p + 4]! | (b[p + 5]! << 8) | (b[p + 6]! << 16) | (b[p + 7]! << 24)) >>> 0,
    };
  }

  request(): boolean {
    const end = this.buf.length;
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) this.resourceSpans(this.sub(end));
      else this.skip(tag & 7, end);
    }
    return this.pos === end;
  }

  resourceSpans(end: number): void {
    let resource: { service: string; start: number; stop: number } | undefined;
    const scopes: { start: number; stop: number }[] = [];
    let schema = false;
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) {
        if (resource !== undefined) throw UNPROVEN;
        const stop = this.sub(end);
        const start = this.pos;
        resource = { service: this.resource(stop), start, stop };
      } else if (tag === ((2 << 3) | LEN)) {
        const stop = this.sub(end);
        scopes.push({ start: this.pos, stop });
        this.pos = stop;
      } else if (tag === ((3 << 3) | LEN)) {
        if (schema) throw UNPROVEN;
        schema = true;
        this.string(end, this.maxValue);
      } else if (tag >>> 3 <= 3) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    const service = resource?.service ?? K.NO_SERVICE_NAME;
    const resourceBytes = resource === undefined ? 0 : resource.stop - resource.start;
    const after = this.pos;
    for (const scope of scopes) {
      this.pos = scope.start;
      this.scopeSpans(scope.stop, service, resourceBytes);
    }
    this.pos = after;
  }

  /** A Resource: returns the service name the conversion would give it. */
  resource(end: number): string {
    let service = K.NO_SERVICE_NAME;
    let attributes = 0;
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) {
        const stop = this.sub(end);
        const name = this.keyValue(stop, true);
        if (name !== undefined) service = name;
        attributes++;
      } else if (tag === ((2 << 3) | VARINT)) this.varint();
      else if (tag >>> 3 <= 2) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    if (this.pos !== end) throw UNPROVEN;
    if (attributes > 0 && service === K.NO_SERVICE_NAME) service = '';
    if (service.trim() === '') throw UNPROVEN;
    return service;
  }

  /**
   * A KeyValue (UTF-8 key, value within the tag value limit). With `serviceKey`, returns the value
   * of a `service.name` attribute ('' when it is not a string), else undefined.
   */
  keyValue(end: number, serviceKey = false): string | undefined {
    let key: { start: number; stop: number } | undefined;
    let value: string | undefined;
    let seenValue = false;
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) {
        if (key !== undefined) throw UNPROVEN;
        const start = this.pos;
        key = { start, stop: this.string(end, Infinity) };
      } else if (tag === ((2 << 3) | LEN)) {
        if (seenValue) throw UNPROVEN;
        seenValue = true;
        value = this.anyValue(this.sub(end), serviceKey);
      } else if (tag >>> 3 <= 2) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    if (!serviceKey || key === undefined || !this.isServiceKey(key.start, key.stop)) return undefined;
    return value ?? '';
  }

  isServiceKey(start: number, stop: number): boolean {
    // The key field: tag, length, bytes. `start` is at the length varint.
    let p = start;
    while (this.buf[p]! >= 0x80) p++;
    p++;
    if (stop - p !== K.SERVICE_NAME.length) return false;
    for (let i = 0; i < K.SERVICE_NAME.length; i++)
      if (this.buf[p + i] !== K.SERVICE_NAME.charCodeAt(i)) return false;
    return true;
  }

  /** An AnyValue; returns its string when `wantString` and it is one. */
  anyValue(end: number, wantString: boolean): string | undefined {
    let result: string | undefined;
    let fields = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      const wire = tag & 7;
      fields++;
      if (field === 1 && wire === LEN) {
        const start = this.pos;
        const stop = this.string(end, this.maxValue);
        if (wantString) {
          let p = start;
          while (this.buf[p]! >= 0x80) p++;
          p++;
          result = Buffer.from(this.buf.buffer, this.buf.byteOffset + p, stop - p).toString('utf8');
        }
      } else if ((field === 2 || field === 3) && wire === VARINT) this.varint();
      else if (field === 4 && wire === I64) this.pos += 8;
      else if ((field === 5 || field === 6) && wire === LEN) {
        // An array or key-value list becomes a JSON string tag: bounded by its length, text valid.
        const stop = this.sub(end);
        if ((stop - this.pos) * 6 + 16 > this.maxValue) throw UNPROVEN;
        this.nested(stop, field === 6);
      } else if (field === 7 && wire === LEN) {
        const stop = this.sub(end);
        if (stop - this.pos > this.maxValue) throw UNPROVEN;
        this.pos = stop;
      } else if (field <= 7) throw UNPROVEN;
      else this.skip(wire, end);
    }
    // A oneof set twice: protobufjs keeps the last, the conversion may read another. Not worth proving.
    if (fields > 1) throw UNPROVEN;
    if (this.pos !== end) throw UNPROVEN;
    return result;
  }

  /** ArrayValue (values: AnyValue) or KeyValueList (values: KeyValue): every string valid. */
  nested(end: number, keyValues: boolean): void {
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) {
        const stop = this.sub(end);
        if (keyValues) this.keyValue(stop);
        else this.anyValue(stop, false);
        this.pos = stop;
      } else if (tag >>> 3 <= 1) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
  }

  /** Attributes of a scope: their count (they become span tags). */
  scope(end: number): number {
    let attributes = 0;
    let seen = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      if ((field === 1 || field === 2) && (tag & 7) === LEN) {
        if ((seen & (1 << field)) !== 0) throw UNPROVEN;
        seen |= 1 << field;
        this.string(end, this.maxValue);
      } else if (tag === ((3 << 3) | LEN)) {
        this.keyValue(this.sub(end));
        attributes++;
      } else if (tag === ((4 << 3) | VARINT)) this.varint();
      else if (field <= 4) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    return attributes;
  }

  scopeSpans(end: number, service: string, resourceBytes: number): void {
    let scopeAttributes = 0;
    let scopeBytes = 0;
    let scopeSeen = false;
    let schema = false;
    const spans: { start: number; stop: number }[] = [];
    while (this.pos < end) {
      const tag = this.varint();
      if (tag === ((1 << 3) | LEN)) {
        if (scopeSeen) throw UNPROVEN;
        scopeSeen = true;
        const stop = this.sub(end);
        scopeBytes = stop - this.pos;
        scopeAttributes = this.scope(stop);
        this.pos = stop;
      } else if (tag === ((2 << 3) | LEN)) {
        const stop = this.sub(end);
        spans.push({ start: this.pos, stop });
        this.pos = stop;
      } else if (tag === ((3 << 3) | LEN)) {
        if (schema) throw UNPROVEN;
        schema = true;
        this.string(end, this.maxValue);
      } else if (tag >>> 3 <= 3) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    // The scope's attribute keys become one JSON string tag.
    if (scopeBytes * 2 + 16 > this.maxValue) throw UNPROVEN;
    const after = this.pos;
    for (const span of spans) {
      this.pos = span.start;
      this.span(span.stop, scopeAttributes, resourceBytes + scopeBytes);
      this.services.set(service, (this.services.get(service) ?? 0) + 1);
      this.spans++;
    }
    this.pos = after;
  }

  /** An ID field of exactly `size` bytes (or 0 when `emptyOk`), not all zero unless `zeroOk`. */
  id(end: number, size: number, emptyOk: boolean, zeroOk: boolean): number {
    const stop = this.sub(end);
    const length = stop - this.pos;
    if (length === 0 && emptyOk) return stop;
    if (length !== size) throw UNPROVEN;
    if (!zeroOk) {
      let zero = true;
      for (let i = this.pos; i < stop; i++) if (this.buf[i] !== 0) zero = false;
      if (zero) throw UNPROVEN;
    }
    this.pos = stop;
    return stop;
  }

  span(end: number, scopeAttributes: number, contextBytes: number): void {
    const start = this.pos;
    let seen = 0;
    let traceIdAt = -1;
    let spanId = false;
    let startNanos: { lo: number; hi: number } = { lo: 0, hi: 0 };
    let endNanos: { lo: number; hi: number } = { lo: 0, hi: 0 };
    let attributes = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field <= 16 && field !== 9 && field !== 11 && field !== 13) {
        if ((seen & (1 << field)) !== 0) throw UNPROVEN;
        seen |= 1 << field;
      }
      switch (field) {
        case 1:
          if (wire !== LEN) throw UNPROVEN;
          traceIdAt = this.pos;
          this.id(end, 16, false, false);
          break;
        case 2:
          if (wire !== LEN) throw UNPROVEN;
          this.id(end, 8, false, false);
          spanId = true;
          break;
        case 3:
        case 5:
          if (wire !== LEN) throw UNPROVEN;
          this.string(end, field === 5 ? Infinity : this.maxValue);
          break;
        case 4:
          if (wire !== LEN) throw UNPROVEN;
          this.id(end, 8, true, true);
          break;
        case 6:
        case 10:
        case 12:
        case 14:
          if (wire !== VARINT) throw UNPROVEN;
          this.varint();
          break;
        case 7:
        case 8:
          if (wire !== I64) throw UNPROVEN;
          if (field === 7) startNanos = this.fixed64();
          else endNanos = this.fixed64();
          break;
        case 9:
          if (wire !== LEN) throw UNPROVEN;
          this.keyValue(this.sub(end));
          attributes++;
          break;
        case 11:
          if (wire !== LEN) throw UNPROVEN;
          this.event(this.sub(end));
          break;
        case 13:
          if (wire !== LEN) throw UNPROVEN;
          this.link(this.sub(end));
          break;
        case 15:
          if (wire !== LEN) throw UNPROVEN;
          this.status(this.sub(end));
          break;
        case 16:
          if (wire !== I32) throw UNPROVEN;
          this.pos += 4;
          break;
        default:
          this.skip(wire, end);
      }
    }
    if (this.pos !== end || traceIdAt < 0 || !spanId) throw UNPROVEN;
    const maxTags = this.options.maxTagsPerSpan;
    if (maxTags > 0 && attributes + scopeAttributes + ADDED_TAGS > maxTags) throw UNPROVEN;
    const maxSize = this.options.maxSpanSize;
    if (maxSize > 0 && 400 + 14 * (end - start + contextBytes) > maxSize) throw UNPROVEN;
    this.timing(startNanos, endNanos);
    const at = traceIdAt + 1;
    if (this.firstTraceId === undefined) {
      const hex = Buffer.from(this.buf.buffer, this.buf.byteOffset + at, 16).toString('hex');
      this.firstTraceId = hex as TraceId;
      this.firstTraceAt = at;
    } else if (this.oneTrace) {
      this.oneTrace = sameBytes(this.buf, at, this.firstTraceAt, 16);
    }
  }

  /** Start time inside the window, no clock skew, a duration that needs no repair nor warning. */
  timing(start: { lo: number; hi: number }, end: { lo: number; hi: number }): void {
    // As nanosToMicros and durationMicros (exact: 2^32 = 4294967 * 1000 + 296).
    const startMicros = start.hi * 4294967 + Math.floor((start.hi * 296 + start.lo) / 1000);
    const diff = (end.hi - start.hi) * 4294967296 + (end.lo - start.lo);
    if (!Number.isSafeInteger(diff) || diff < 0) throw UNPROVEN;
    const duration = Math.trunc(diff / 1000);
    const options = this.options;
    if (startTimeOutsideWindow(startMicros, options.startTimeWindow, this.now) !== undefined) throw UNPROVEN;
    if (options.maxDurationMicros > 0 && duration > options.maxDurationMicros) throw UNPROVEN;
    if (options.maxClockSkewMicros > 0 && startMicros > this.now + options.maxClockSkewMicros) throw UNPROVEN;
  }

  event(end: number): void {
    let seen = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      if (field !== 3 && field <= 4) {
        if ((seen & (1 << field)) !== 0) throw UNPROVEN;
        seen |= 1 << field;
      }
      if (tag === ((1 << 3) | I64)) this.pos += 8;
      else if (tag === ((2 << 3) | LEN)) this.string(end, this.maxValue);
      else if (tag === ((3 << 3) | LEN)) this.keyValue(this.sub(end));
      else if (tag === ((4 << 3) | VARINT)) this.varint();
      else if (field <= 4) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    if (this.pos !== end) throw UNPROVEN;
  }

  link(end: number): void {
    let seen = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      if (field !== 4 && field <= 6) {
        if ((seen & (1 << field)) !== 0) throw UNPROVEN;
        seen |= 1 << field;
      }
      if (tag === ((1 << 3) | LEN)) this.id(end, 16, true, true);
      else if (tag === ((2 << 3) | LEN)) this.id(end, 8, true, true);
      else if (tag === ((3 << 3) | LEN)) this.string(end, Infinity);
      else if (tag === ((4 << 3) | LEN)) this.keyValue(this.sub(end));
      else if (tag === ((5 << 3) | VARINT)) this.varint();
      else if (tag === ((6 << 3) | I32)) this.pos += 4;
      else if (field <= 6) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    if (this.pos !== end) throw UNPROVEN;
  }

  status(end: number): void {
    let seen = 0;
    while (this.pos < end) {
      const tag = this.varint();
      const field = tag >>> 3;
      if (field <= 3) {
        if ((seen & (1 << field)) !== 0) throw UNPROVEN;
        seen |= 1 << field;
      }
      if (tag === ((2 << 3) | LEN)) this.string(end, this.maxValue);
      else if (tag === ((3 << 3) | VARINT)) this.varint();
      else if (field <= 3) throw UNPROVEN;
      else this.skip(tag & 7, end);
    }
    if (this.pos !== end) throw UNPROVEN;
  }
}
