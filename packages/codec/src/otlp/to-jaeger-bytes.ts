import type { KeyValue, TraceId } from '@spanstream/model';
import { opentelemetry } from '@spanstream/proto';
import { encodeJaegerProcess } from '../jaeger/proto.ts';
import * as K from './keys.ts';
import { resourceToProcess, scopeToTags, type ScopeTags } from './to-model.ts';

/** One api_v2 `Span` record of a transcoded request. */
export interface JaegerSpanBytes {
  readonly traceId: TraceId;
  readonly span: Buffer;
}

const { Resource } = opentelemetry.proto.resource.v1;
const { InstrumentationScope } = opentelemetry.proto.common.v1;

/**
 * OTLP `ExportTraceServiceRequest` bytes straight to the api_v2 `Span` records of Jaeger's Kafka
 * `protobuf` encoding, byte for byte what `encodeJaegerSpan` writes for the decoded spans (a property
 * test holds it to that), without building an object per span, attribute or value. Only for a
 * request `scanForwardableOtlp` proved clean (nothing to reject or repair): resources and scopes,
 * one per group of spans, still go through the model. Undefined for what it does not transcode
 * (links, array and key-value-list attributes): the caller decodes those requests instead.
 */
export function transcodeOtlpToJaegerSpans(request: Uint8Array): JaegerSpanBytes[] | undefined {
  const t = new Transcoder(request, scratchOut());
  try {
    t.request();
  } catch (error) {
    if (error === NOT_HANDLED) return undefined;
    throw error;
  } finally {
    releaseScratch(t.out);
  }
  // The records are copied out of the reused scratch buffer into one exact-size Buffer they share.
  const out = Buffer.allocUnsafe(t.out.pos);
  t.out.buf.copy(out, 0, 0, t.out.pos);
  const spans: JaegerSpanBytes[] = [];
  for (let i = 0; i < t.ends.length; i++) {
    const start = i === 0 ? 0 : t.ends[i - 1]!;
    spans.push({ traceId: t.traceIds[i]!, span: out.subarray(start, t.ends[i]) });
  }
  return spans;
}

const NOT_HANDLED = new Error('not handled by the transcoder');
const NO_LOGS: readonly { micros: number; fields: (KeyValue | Attribute)[] }[] = [];

const varintSize = (value: number): number =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
const delimited = (length: number): number => 1 + varintSize(length) + length;

/** A growable output buffer. */
class Out {
  buf = Buffer.allocUnsafe(64 * 1024);
  pos = 0;

  ensure(more: number): void {
    if (this.pos + more <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + more));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  byte(value: number): void {
    this.buf[this.pos++] = value;
  }

  varint(value: number): void {
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
    this.varint(lo >>> 0);
  }

  copy(src: Uint8Array, start: number, stop: number): void {
    // Most copies are IDs, keys and short values: a loop beats allocating a subarray view for them.
    if (stop - start > 64) this.buf.set(src.subarray(start, stop), this.pos);
    else for (let i = start, to = this.pos; i < stop; i++, to++) this.buf[to] = src[i]!;
    this.pos += stop - start;
  }
}

/** Size of a varint64 given as two 32-bit halves. */
function varint64Size(lo: number, hi: number): number {
  if (hi === 0) return varintSize(lo >>> 0);
  let size = 5;
  for (let rest = hi >>> 3; rest !== 0; rest >>>= 7) size++;
  return size;
}

const timeSeconds = (micros: number, duration: boolean): number =>
  duration ? Math.trunc(micros / 1_000_000) : Math.floor(micros / 1_000_000);

/** A Timestamp/Duration message's content size (seconds and nanos always written, as span-encoder does). */
function timeSize(micros: number, duration: boolean): number {
  const seconds = timeSeconds(micros, duration);
  const nanos = (micros - seconds * 1_000_000) * 1000;
  const nanosSize = nanos < 0 ? 10 : varintSize(nanos);
  return 1 + varint64Size(seconds >>> 0, Math.floor(seconds / 4294967296) >>> 0) + 1 + nanosSize;
}

function writeTime(out: Out, tag: number, micros: number, duration: boolean): void {
  const seconds = timeSeconds(micros, duration);
  const nanos = (micros - seconds * 1_000_000) * 1000;
  out.byte(tag);
  out.varint(timeSize(micros, duration));
  out.byte(8);
  out.varint64(seconds >>> 0, Math.floor(seconds / 4294967296) >>> 0);
  out.byte(16);
  if (nanos < 0) out.varint64(nanos >>> 0, 0xffffffff);
  else out.varint(nanos);
}

const utf8Length = (value: string): number => Buffer.byteLength(value, 'utf8');

/** A model tag's KeyValue content size (as span-encoder's keyValue: vType and v_str always written). */
function modelTagSize(kv: KeyValue): number {
  let size = delimited(utf8Length(kv.key)) + 2;
  switch (kv.type) {
    case 'string':
      return size + delimited(utf8Length(kv.value));
    case 'bool':
      return size + 2;
    case 'int64': {
      const lo = Number(BigInt.asUintN(32, kv.value));
      const hi = Number(BigInt.asUintN(32, kv.value >> 32n));
      return size + 1 + varint64Size(lo, hi);
    }
    case 'float64':
      return size + 9;
    case 'binary':
      size += delimited(kv.value.length);
      return size;
  }
}

function writeModelTag(out: Out, tag: number, kv: KeyValue): void {
  const size = modelTagSize(kv);
  out.ensure(size + 6);
  out.byte(tag);
  out.varint(size);
  out.byte(10);
  out.varint(utf8Length(kv.key));
  out.pos += out.buf.write(kv.key, out.pos, 'utf8');
  out.byte(16);
  switch (kv.type) {
    case 'string':
      out.byte(0);
      out.byte(26);
      out.varint(utf8Length(kv.value));
      out.pos += out.buf.write(kv.value, out.pos, 'utf8');
      return;
    case 'bool':
      out.byte(1);
      out.byte(32);
      out.byte(kv.value ? 1 : 0);
      return;
    case 'int64':
      out.byte(2);
      out.byte(40);
      out.varint64(Number(BigInt.asUintN(32, kv.value)), Number(BigInt.asUintN(32, kv.value >> 32n)));
      return;
    case 'float64':
      out.byte(3);
      out.byte(49);
      out.pos = out.buf.writeDoubleLE(kv.value, out.pos);
      return;
    case 'binary':
      out.byte(4);
      out.byte(58);
      out.varint(kv.value.length);
      out.buf.set(kv.value, out.pos);
      out.pos += kv.value.length;
      return;
  }
}

const str = (key: string, value: string): KeyValue => ({ key, type: 'string', value });
const int64 = (key: string, value: number): KeyValue => ({ key, type: 'int64', value: BigInt(value) });
const KIND_TAGS = K.KIND_TO_TAG.map((kind) => (kind === undefined ? undefined : str(K.SPAN_KIND, kind)));
const STATUS_ERROR_TAGS: readonly KeyValue[] = [
  str(K.STATUS_CODE, 'ERROR'),
  { key: K.ERROR, type: 'bool', value: true },
];
const STATUS_OK_TAGS: readonly KeyValue[] = [str(K.STATUS_CODE, 'OK')];

/** Where a field's content lies in the request. */
interface Range {
  start: number;
  stop: number;
}

/**
 * The output buffer of the last transcode, reused by the next (transcoding is synchronous): a request
 * then allocates its exact output once instead of a 64 KiB buffer and each doubling of it.
 */
let scratch: Out | undefined;
/** A scratch buffer grown past this by a large request is not kept. */
const SCRATCH_KEPT_BYTES = 4 * 1024 * 1024;

function scratchOut(): Out {
  const out = scratch ?? new Out();
  scratch = undefined;
  out.pos = 0;
  return out;
}

function releaseScratch(out: Out): void {
  if (out.buf.length <= SCRATCH_KEPT_BYTES) scratch = out;
}

/**
 * The last few resources (or scopes) met and what they became: a client sends the same resource with
 * every request, so its Process is encoded (and its scope tags built) once, not per request.
 */
class RecentlySeen<T> {
  readonly #entries: { bytes: Buffer | undefined; schemaUrl: string; value: T }[] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  get(
    buf: Uint8Array,
    range: Range | undefined,
    schemaUrl: string,
    make: (bytes: Uint8Array | undefined) => T,
  ): T {
    const bytes = range && buf.subarray(range.start, range.stop);
    if (bytes !== undefined && bytes.length > MAX_BYTES_CACHED) return make(bytes);
    for (const entry of this.#entries) {
      if (entry.schemaUrl !== schemaUrl) continue;
      if (bytes === undefined ? entry.bytes === undefined : entry.bytes?.equals(bytes)) return entry.value;
    }
    const value = make(bytes);
    if (this.#entries.length >= this.#size) this.#entries.pop();
    this.#entries.unshift({ bytes: bytes && Buffer.from(bytes), schemaUrl, value });
    return value;
  }
}

const MAX_BYTES_CACHED = 4096;
const processes = new RecentlySeen<Uint8Array>(16);
const scopes = new RecentlySeen<ScopeTags>(16);

class Transcoder {
  readonly buf: Uint8Array;
  readonly view: DataView;
  readonly out: Out;
  readonly ends: number[] = [];
  readonly traceIds: TraceId[] = [];
  /** The fields of the span being transcoded, and Attribute objects, reused from span to span. */
  readonly fields = new SpanFields();
  readonly tagList: (KeyValue | Attribute)[] = [];
  readonly attributePool: Attribute[] = [];
  attributesUsed = 0;
  /** Where the previous span's trace ID is in `buf`, to share its hex string with the spans of the same trace. */
  lastTraceAt = -1;
  pos = 0;

  constructor(buf: Uint8Array, out: Out) {
    this.buf = buf;
    this.out = out;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** The hex trace ID at `at`: the previous span's string when the bytes are the same. */
  traceIdAt(at: number): TraceId {
    const buf = this.buf;
    const last = this.lastTraceAt;
    if (last >= 0) {
      let same = true;
      for (let i = 0; i < 16; i++) {
        if (buf[at + i] !== buf[last + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.traceIds[this.traceIds.length - 1]!;
    }
    this.lastTraceAt = at;
    return Buffer.from(buf.buffer, buf.byteOffset + at, 16).toString('hex') as TraceId;
  }

  varint(): number {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.buf[this.pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
    }
  }

  /** A varint as 32-bit halves (int64 two's complement), into `a.lo`/`a.hi`. */
  varint64Into(a: Attribute): void {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.buf[this.pos++]!;
      if (shift < 28) lo |= (byte & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (byte & 0x0f) << 28;
        hi |= (byte & 0x7f) >>> 4;
      } else hi |= (byte & 0x7f) << (shift - 32);
      if (byte < 0x80) {
        a.lo = lo >>> 0;
        a.hi = hi >>> 0;
        return;
      }
    }
  }

  /** End of the field `subStart` last entered. */
  subStop = 0;

  /** Enters a length-delimited field without allocating: returns its start, sets `subStop`, skips it. */
  subStart(): number {
    const length = this.varint();
    const start = this.pos;
    this.subStop = start + length;
    this.pos = this.subStop;
    return start;
  }

  sub(): Range {
    const length = this.varint();
    const range = { start: this.pos, stop: this.pos + length };
    this.pos += length;
    return range;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else this.sub();
  }

  fixed64Micros(at: number): number {
    const lo = this.view.getUint32(at, true);
    const hi = this.view.getUint32(at + 4, true);
    return hi * 4294967 + Math.floor((hi * 296 + lo) / 1000);
  }

  request(): void {
    while (this.pos < this.buf.length) {
      const tag = this.varint();
      if (tag === 10) {
        const range = this.sub();
        this.resourceSpans(range);
        this.pos = range.stop;
      } else this.skip(tag & 7);
    }
  }

  resourceSpans(range: Range): void {
    let resource: Range | undefined;
    let schemaUrl = '';
    const scopes: Range[] = [];
    this.pos = range.start;
    while (this.pos < range.stop) {
      const tag = this.varint();
      if (tag === 10) resource = this.sub();
      else if (tag === 18) scopes.push(this.sub());
      else if (tag === 26) schemaUrl = this.string(this.sub());
      else this.skip(tag & 7);
    }
    const process = processes.get(this.buf, resource, schemaUrl, (bytes) =>
      encodeJaegerProcess(resourceToProcess(bytes && Resource.decode(bytes), schemaUrl)),
    );
    for (const scope of scopes) this.scopeSpans(scope, process);
  }

  string(range: Range): string {
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + range.start, range.stop - range.start).toString(
      'utf8',
    );
  }

  scopeSpans(range: Range, process: Uint8Array): void {
    let scope: Range | undefined;
    let schemaUrl = '';
    const spans: Range[] = [];
    this.pos = range.start;
    while (this.pos < range.stop) {
      const tag = this.varint();
      if (tag === 10) scope = this.sub();
      else if (tag === 18) spans.push(this.sub());
      else if (tag === 26) schemaUrl = this.string(this.sub());
      else this.skip(tag & 7);
    }
    const tags = scopes.get(this.buf, scope, schemaUrl, (bytes) =>
      scopeToTags(bytes && InstrumentationScope.decode(bytes), schemaUrl),
    );
    for (const span of spans) this.span(span, tags, process);
  }

  span(range: Range, scope: ScopeTags, process: Uint8Array): void {
    const f = this.fields.reset();
    this.attributesUsed = 0;
    this.pos = range.start;
    while (this.pos < range.stop) {
      const tag = this.varint();
      switch (tag >>> 3) {
        case 1:
          f.traceId = this.subStart();
          break;
        case 2:
          f.spanId = this.subStart();
          break;
        case 3:
          f.traceState = this.sub();
          break;
        case 4:
          f.parent = this.sub();
          break;
        case 5:
          f.name = this.sub();
          break;
        case 6:
          f.kind = this.varint();
          break;
        case 7:
          f.start = this.pos;
          this.pos += 8;
          break;
        case 8:
          f.end = this.pos;
          this.pos += 8;
          break;
        case 9:
          f.attributes.push(this.attribute(this.subStart(), this.subStop));
          break;
        case 10:
          f.droppedAttributes = this.varint();
          break;
        case 11:
          f.events.push(this.sub());
          break;
        case 12:
          f.droppedEvents = this.varint();
          break;
        case 13:
          throw NOT_HANDLED;
        case 14:
          f.droppedLinks = this.varint();
          break;
        case 15:
          this.status(this.sub(), f);
          break;
        case 16:
          f.flags = this.view.getUint32(this.pos, true);
          this.pos += 4;
          break;
        default:
          this.skip(tag & 7);
      }
    }
    this.writeSpan(f, scope, process);
  }

  status(range: Range, f: SpanFields): void {
    this.pos = range.start;
    while (this.pos < range.stop) {
      const tag = this.varint();
      if (tag === 18) f.statusMessage = this.sub();
      else if (tag === 24) f.statusCode = this.varint();
      else this.skip(tag & 7);
    }
    this.pos = range.stop;
  }

  /** A KeyValue attribute: where its key and value are, and the value's kind. */
  attribute(start: number, stop: number): Attribute {
    // From the pool: a span's attributes (and its events') live until the span is written.
    let a = this.attributePool[this.attributesUsed];
    if (a === undefined) this.attributePool.push((a = new Attribute()));
    else a.reset();
    this.attributesUsed++;
    const after = this.pos;
    this.pos = start;
    while (this.pos < stop) {
      const tag = this.varint();
      if (tag === 10) {
        a.keyStart = this.subStart();
        a.keyStop = this.subStop;
      } else if (tag === 18) {
        const valueStart = this.subStart();
        this.anyValue(valueStart, this.subStop, a);
      } else this.skip(tag & 7);
    }
    this.pos = after;
    return a;
  }

  anyValue(start: number, stop: number, a: Attribute): void {
    const after = this.pos;
    this.pos = start;
    while (this.pos < stop) {
      const tag = this.varint();
      a.wire = tag;
      switch (tag) {
        case 10:
        case 58:
          a.valueStart = this.subStart();
          a.valueStop = this.subStop;
          break;
        case 16:
          a.bool = this.varint() !== 0;
          break;
        case 24:
          this.varint64Into(a);
          break;
        case 33:
          a.double = this.view.getFloat64(this.pos, true);
          this.pos += 8;
          break;
        default:
          throw NOT_HANDLED;
      }
    }
    this.pos = after;
  }

  /** Content size of an attribute's KeyValue. */
  attributeSize(a: Attribute): number {
    const key = delimited(a.keyStop - a.keyStart) + 2;
    switch (a.wire) {
      case 10:
      case 58:
        return key + delimited(a.valueStop - a.valueStart);
      case 16:
        return key + 2;
      case 24:
        return key + 1 + varint64Size(a.lo, a.hi);
      case 33:
        return key + 9;
      default:
        return key + 2; // no value: an empty string
    }
  }

  writeAttribute(tag: number, a: Attribute): void {
    const out = this.out;
    const size = this.attributeSize(a);
    out.ensure(size + 6);
    out.byte(tag);
    out.varint(size);
    out.byte(10);
    out.varint(a.keyStop - a.keyStart);
    out.copy(this.buf, a.keyStart, a.keyStop);
    out.byte(16);
    switch (a.wire) {
      case 10:
      case 58:
        out.byte(a.wire === 10 ? 0 : 4);
        out.byte(a.wire === 10 ? 26 : 58);
        out.varint(a.valueStop - a.valueStart);
        out.copy(this.buf, a.valueStart, a.valueStop);
        return;
      case 16:
        out.byte(1);
        out.byte(32);
        out.byte(a.bool ? 1 : 0);
        return;
      case 24:
        out.byte(2);
        out.byte(40);
        out.varint64(a.lo, a.hi);
        return;
      case 33:
        out.byte(3);
        out.byte(49);
        out.pos = out.buf.writeDoubleLE(a.double, out.pos);
        return;
      default:
        out.byte(0);
        out.byte(26);
        out.byte(0);
    }
  }

  /** The span's tags in spanTags' order: model tags and attributes. */
  tags(f: SpanFields, scope: ScopeTags): (KeyValue | Attribute)[] {
    // Reused from span to span: written out before the next span is read.
    const tags = this.tagList;
    tags.length = 0;
    for (const tag of scope.leading) tags.push(tag);
    for (const attribute of f.attributes) tags.push(attribute);
    const kind = KIND_TAGS[f.kind];
    if (kind !== undefined) tags.push(kind);
    if (f.statusCode === K.STATUS_ERROR) tags.push(...STATUS_ERROR_TAGS);
    else if (f.statusCode === K.STATUS_OK) tags.push(...STATUS_OK_TAGS);
    if (f.statusMessage && f.statusMessage.stop > f.statusMessage.start)
      tags.push(str(K.STATUS_DESCRIPTION, this.string(f.statusMessage)));
    if (f.traceState && f.traceState.stop > f.traceState.start)
      tags.push(str(K.TRACE_STATE, this.string(f.traceState)));
    if (f.droppedAttributes) tags.push(int64(K.DROPPED_ATTRIBUTES, f.droppedAttributes));
    if (f.droppedEvents) tags.push(int64(K.DROPPED_EVENTS, f.droppedEvents));
    if (f.droppedLinks) tags.push(int64(K.DROPPED_LINKS, f.droppedLinks));
    for (const tag of scope.trailing) tags.push(tag);
    if ((f.flags & ~K.KEPT_FLAG_BITS) !== 0) tags.push(int64(K.SPAN_FLAGS, f.flags >>> 0));
    return tags;
  }

  tagSize(tag: KeyValue | Attribute): number {
    return tag instanceof Attribute ? this.attributeSize(tag) : modelTagSize(tag);
  }

  writeTag(field: number, tag: KeyValue | Attribute): void {
    if (tag instanceof Attribute) this.writeAttribute(field, tag);
    else writeModelTag(this.out, field, tag);
  }

  /** An event as a Log: its timestamp, then its fields. */
  logFields(event: Range): { micros: number; fields: (KeyValue | Attribute)[] } {
    let micros = 0;
    let name: Range | undefined;
    let dropped = 0;
    const attributes: Attribute[] = [];
    this.pos = event.start;
    while (this.pos < event.stop) {
      const tag = this.varint();
      if (tag === 9) {
        micros = this.fixed64Micros(this.pos);
        this.pos += 8;
      } else if (tag === 18) name = this.sub();
      else if (tag === 26) attributes.push(this.attribute(this.subStart(), this.subStop));
      else if (tag === 32) dropped = this.varint();
      else this.skip(tag & 7);
    }
    const fields: (KeyValue | Attribute)[] = [];
    const named = attributes.some((a) => this.isKey(a.keyStart, a.keyStop, K.EVENT));
    if (name && name.stop > name.start && !named) fields.push(str(K.EVENT, this.string(name)));
    fields.push(...attributes);
    if (dropped) fields.push(int64(K.DROPPED_ATTRIBUTES, dropped));
    return { micros, fields };
  }

  isKey(start: number, stop: number, key: string): boolean {
    if (stop - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.buf[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  writeSpan(f: SpanFields, scope: ScopeTags, process: Uint8Array): void {
    const out = this.out;
    const buf = this.buf;
    if (f.start < 0 || f.end < 0) throw NOT_HANDLED;
    const startMicros = this.fixed64Micros(f.start);
    const diff =
      (this.view.getUint32(f.end + 4, true) - this.view.getUint32(f.start + 4, true)) * 4294967296 +
      (this.view.getUint32(f.end, true) - this.view.getUint32(f.start, true));
    const duration = Math.trunc(diff / 1000) + 0;
    let parent = false;
    if (f.parent && f.parent.stop - f.parent.start === 8) {
      for (let i = f.parent.start; i < f.parent.stop; i++) if (buf[i] !== 0) parent = true;
    }
    const tags = this.tags(f, scope);
    const logs = f.events.length === 0 ? NO_LOGS : f.events.map((event) => this.logFields(event));
    const name = f.name ?? { start: 0, stop: 0 };
    out.ensure(256 + (name.stop - name.start) + process.length);
    out.byte(10);
    out.byte(16);
    out.copy(buf, f.traceId, f.traceId + 16);
    out.byte(18);
    out.byte(8);
    out.copy(buf, f.spanId, f.spanId + 8);
    out.byte(26);
    out.varint(name.stop - name.start);
    out.copy(buf, name.start, name.stop);
    if (parent) {
      out.byte(34);
      out.byte(30);
      out.byte(10);
      out.byte(16);
      out.copy(buf, f.traceId, f.traceId + 16);
      out.byte(18);
      out.byte(8);
      out.copy(buf, f.parent!.start, f.parent!.stop);
      out.byte(24);
      out.byte(0);
    }
    out.byte(40);
    out.varint(f.flags & K.KEPT_FLAG_BITS);
    writeTime(out, 50, startMicros, false);
    writeTime(out, 58, duration, true);
    for (const tag of tags) this.writeTag(66, tag);
    for (const log of logs) {
      let size = delimited(timeSize(log.micros, false));
      for (const field of log.fields) size += delimited(this.tagSize(field));
      out.ensure(size + 6);
      out.byte(74);
      out.varint(size);
      writeTime(out, 10, log.micros, false);
      for (const field of log.fields) this.writeTag(18, field);
    }
    out.ensure(process.length + 6);
    out.byte(82);
    out.varint(process.length);
    out.buf.set(process, out.pos);
    out.pos += process.length;
    this.ends.push(out.pos);
    this.traceIds.push(this.traceIdAt(f.traceId));
  }
}

class SpanFields {
  reset(): this {
    this.traceId = 0;
    this.spanId = 0;
    this.traceState = undefined;
    this.parent = undefined;
    this.name = undefined;
    this.kind = 0;
    this.start = -1;
    this.end = -1;
    this.attributes.length = 0;
    this.droppedAttributes = 0;
    this.events.length = 0;
    this.droppedEvents = 0;
    this.droppedLinks = 0;
    this.statusMessage = undefined;
    this.statusCode = 0;
    this.flags = 0;
    return this;
  }

  traceId = 0;
  spanId = 0;
  traceState: Range | undefined;
  parent: Range | undefined;
  name: Range | undefined;
  kind = 0;
  start = -1;
  end = -1;
  attributes: Attribute[] = [];
  droppedAttributes = 0;
  events: Range[] = [];
  droppedEvents = 0;
  droppedLinks = 0;
  statusMessage: Range | undefined;
  statusCode = 0;
  flags = 0;
}

class Attribute {
  reset(): void {
    this.keyStart = 0;
    this.keyStop = 0;
    this.wire = 0;
    this.valueStart = 0;
    this.valueStop = 0;
    this.bool = false;
    this.lo = 0;
    this.hi = 0;
    this.double = 0;
  }

  keyStart = 0;
  keyStop = 0;
  /** The AnyValue field's wire tag (0: no value). */
  wire = 0;
  valueStart = 0;
  valueStop = 0;
  bool = false;
  lo = 0;
  hi = 0;
  double = 0;
}
