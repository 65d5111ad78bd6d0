import {
  encodePostSpansRequest,
  fromZipkinThrift,
  type ZipkinThriftAnnotation,
  type ZipkinThriftBinaryAnnotation,
  type ZipkinThriftEndpoint,
  type ZipkinThriftSpan,
} from '@spanstream/codec';
import type { KeyValue, Process, Span } from '@spanstream/model';
import { T, ThriftError, type ThriftReader } from '../thrift/thrift-reader.ts';

const utf8 = new TextDecoder();

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** The i64 just read as 16 hex digits. */
const id = (r: ThriftReader): string => {
  r.i64();
  return hex8(r.hi) + hex8(r.lo);
};

const text = (r: ThriftReader): string => {
  r.binary();
  return utf8.decode(r.buf.subarray(r.start, r.pos));
};

/** Reads a list of structs with `read`; a list of anything else is skipped. */
function list<E>(r: ThriftReader, read: (r: ThriftReader) => E): E[] {
  const size = r.listBegin();
  const out: E[] = [];
  if (r.elemType !== T.STRUCT) for (let i = 0; i < size; i++) r.skip(r.elemType);
  else for (let i = 0; i < size; i++) out.push(read(r));
  return out;
}

function endpoint(r: ThriftReader): ZipkinThriftEndpoint {
  let ipv4 = 0;
  let port = 0;
  let serviceName = '';
  let ipv6: Uint8Array | undefined;
  r.structBegin();
  for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
    const f = r.fieldId;
    if (f === 1 && t === T.I32) ipv4 = r.i32();
    else if (f === 2 && t === T.I16) port = r.i16();
    else if (f === 3 && t === T.STRING) serviceName = text(r);
    else if (f === 4 && t === T.STRING) {
      r.binary();
      ipv6 = r.buf.slice(r.start, r.pos);
    } else r.skip(t);
  }
  r.structEnd();
  return { ipv4, port, serviceName, ipv6 };
}

function annotation(r: ThriftReader): ZipkinThriftAnnotation {
  let timestamp = 0;
  let value = '';
  let host: ZipkinThriftEndpoint | undefined;
  r.structBegin();
  for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
    const f = r.fieldId;
    if (f === 1 && t === T.I64) {
      r.i64();
      timestamp = r.i64Number();
    } else if (f === 2 && t === T.STRING) value = text(r);
    else if (f === 3 && t === T.STRUCT) host = endpoint(r);
    else r.skip(t);
  }
  r.structEnd();
  return { timestamp, value, host };
}

function binaryAnnotation(r: ThriftReader): ZipkinThriftBinaryAnnotation {
  let key = '';
  let value = new Uint8Array(0);
  let annotationType = 0;
  let host: ZipkinThriftEndpoint | undefined;
  r.structBegin();
  for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
    const f = r.fieldId;
    if (f === 1 && t === T.STRING) key = text(r);
    else if (f === 2 && t === T.STRING) {
      r.binary();
      value = r.buf.slice(r.start, r.pos);
    } else if (f === 3 && t === T.I32) annotationType = r.i32();
    else if (f === 4 && t === T.STRUCT) host = endpoint(r);
    else r.skip(t);
  }
  r.structEnd();
  return { key, value, annotationType, host };
}

type MutableSpan = { -readonly [K in keyof ZipkinThriftSpan]: ZipkinThriftSpan[K] };

function span(r: ThriftReader): ZipkinThriftSpan {
  const s: MutableSpan = {
    traceId: '0000000000000000',
    name: '',
    id: '0000000000000000',
    annotations: [],
    binaryAnnotations: [],
    debug: false,
  };
  r.structBegin();
  for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
    const f = r.fieldId;
    if (t === T.I64 && (f === 1 || f === 4 || f === 5 || f === 12)) {
      const value = id(r);
      if (f === 1) s.traceId = value;
      else if (f === 4) s.id = value;
      else if (f === 5) s.parentId = value;
      else s.traceIdHigh = value;
    } else if (f === 3 && t === T.STRING) s.name = text(r);
    else if (f === 6 && t === T.LIST) s.annotations = list(r, annotation);
    else if (f === 8 && t === T.LIST) s.binaryAnnotations = list(r, binaryAnnotation);
    else if (f === 9 && t === T.BOOL) s.debug = r.bool();
    else if ((f === 10 || f === 11) && t === T.I64) {
      r.i64();
      if (f === 10) s.timestamp = r.i64Number();
      else s.duration = r.i64Number();
    } else r.skip(t);
  }
  r.structEnd();
  return s;
}

/** The arguments of `Agent.emitZipkinBatch(1: list<zipkincore.Span> spans)`, after the message header. */
function readZipkinBatch(r: ThriftReader): ZipkinThriftSpan[] {
  let spans: ZipkinThriftSpan[] = [];
  r.structBegin();
  for (let t = r.fieldBegin(); t !== T.STOP; t = r.fieldBegin()) {
    if (r.fieldId === 1 && t === T.LIST) spans = list(r, span);
    else r.skip(t);
  }
  r.structEnd();
  return spans;
}

/**
 * An `emitZipkinBatch` as the collector's `PostSpansRequest`: Jaeger's Zipkin Thrift conversion, each
 * span with its own process (Zipkin has no batch process) and `--agent.tags` appended to it, as
 * Jaeger's agent reporter does. Zipkin-era clients are rare and slow: this path builds model spans.
 */
export function transcodeZipkinBatch(
  r: ThriftReader,
  agentTags: readonly KeyValue[],
): { request: Uint8Array; spans: number } {
  const read = readZipkinBatch(r);
  let spans: Span[];
  try {
    spans = fromZipkinThrift(read);
  } catch (error) {
    // Values no span can hold (a timestamp past 2^53 µs...): refused as any malformed datagram is.
    throw new ThriftError(`cannot convert Zipkin spans: ${(error as Error).message}`);
  }
  if (agentTags.length > 0) {
    const processes = new Map<Process, Process>();
    spans = spans.map((s) => {
      let process = processes.get(s.process);
      if (process === undefined) {
        process = { ...s.process, tags: [...s.process.tags, ...agentTags] };
        processes.set(s.process, process);
      }
      return { ...s, process };
    });
  }
  try {
    return { request: encodePostSpansRequest(spans), spans: spans.length };
  } catch (error) {
    throw new ThriftError(`cannot encode Zipkin spans: ${(error as Error).message}`);
  }
}
