import type { KeyValue, Log, Micros, Process, Span, SpanId, SpanRef } from '@spanstream/model';
import { traceIdFromHighLow } from '@spanstream/model';
import type { TProtocol } from 'thrift';
import { CodecError, type DecodeResult, type Rejection, describeError } from '../result.ts';
import { T, binaryReader, readI64, readList, readStruct } from './thrift-io.ts';

/** Jaeger Thrift TagType. */
const TAG_STRING = 0;
const TAG_DOUBLE = 1;
const TAG_BOOL = 2;
const TAG_LONG = 3;
const TAG_BINARY = 4;

function spanIdHex(value: bigint): string {
  return BigInt.asUintN(64, value).toString(16).padStart(16, '0');
}

function readTag(p: TProtocol): KeyValue {
  let key = '';
  let vType = TAG_STRING;
  let vStr = '';
  let vDouble = 0;
  let vBool = false;
  let vLong = 0n;
  let vBinary: Uint8Array = new Uint8Array(0);
  readStruct(p, (id, type) => {
    if (id === 1 && type === T.STRING) key = p.readString();
    else if (id === 2 && type === T.I32) vType = p.readI32();
    else if (id === 3 && type === T.STRING) vStr = p.readString();
    else if (id === 4 && type === T.DOUBLE) vDouble = p.readDouble();
    else if (id === 5 && type === T.BOOL) vBool = p.readBool();
    else if (id === 6 && type === T.I64) vLong = readI64(p);
    else if (id === 7 && type === T.STRING) vBinary = new Uint8Array(p.readBinary());
    else return false;
    return true;
  });
  switch (vType) {
    case TAG_DOUBLE:
      return { key, type: 'float64', value: vDouble };
    case TAG_BOOL:
      return { key, type: 'bool', value: vBool };
    case TAG_LONG:
      return { key, type: 'int64', value: vLong };
    case TAG_BINARY:
      return { key, type: 'binary', value: vBinary };
    default:
      return { key, type: 'string', value: vStr };
  }
}

const readTags = (p: TProtocol): KeyValue[] => readList(p, T.STRUCT, () => readTag(p));

function readLog(p: TProtocol): Log {
  let timestamp = 0n;
  let fields: KeyValue[] = [];
  readStruct(p, (id, type) => {
    if (id === 1 && type === T.I64) timestamp = readI64(p);
    else if (id === 2 && type === T.LIST) fields = readTags(p);
    else return false;
    return true;
  });
  return { timestamp: Number(timestamp) as Micros, fields };
}

interface RawRef {
  refType: number;
  low: bigint;
  high: bigint;
  spanId: bigint;
}

function readRef(p: TProtocol): RawRef {
  const ref: RawRef = { refType: 0, low: 0n, high: 0n, spanId: 0n };
  readStruct(p, (id, type) => {
    if (id === 1 && type === T.I32) ref.refType = p.readI32();
    else if (id === 2 && type === T.I64) ref.low = readI64(p);
    else if (id === 3 && type === T.I64) ref.high = readI64(p);
    else if (id === 4 && type === T.I64) ref.spanId = readI64(p);
    else return false;
    return true;
  });
  return ref;
}

interface RawSpan {
  low: bigint;
  high: bigint;
  spanId: bigint;
  parentSpanId: bigint;
  operationName: string;
  references: RawRef[];
  flags: number;
  startTime: bigint;
  duration: bigint;
  tags: KeyValue[];
  logs: Log[];
}

function readSpan(p: TProtocol): RawSpan {
  const s: RawSpan = {
    ...{ low: 0n, high: 0n, spanId: 0n, parentSpanId: 0n, operationName: '', references: [] },
    ...{ flags: 0, startTime: 0n, duration: 0n, tags: [], logs: [] },
  };
  readStruct(p, (id, type) => {
    if (type === T.I64 && id >= 1 && id <= 4) {
      const value = readI64(p);
      if (id === 1) s.low = value;
      else if (id === 2) s.high = value;
      else if (id === 3) s.spanId = value;
      else s.parentSpanId = value;
    } else if (id === 5 && type === T.STRING) s.operationName = p.readString();
    else if (id === 6 && type === T.LIST) s.references = readList(p, T.STRUCT, () => readRef(p));
    else if (id === 7 && type === T.I32) s.flags = p.readI32();
    else if (id === 8 && type === T.I64) s.startTime = readI64(p);
    else if (id === 9 && type === T.I64) s.duration = readI64(p);
    else if (id === 10 && type === T.LIST) s.tags = readTags(p);
    else if (id === 11 && type === T.LIST) s.logs = readList(p, T.STRUCT, () => readLog(p));
    else return false;
    return true;
  });
  return s;
}

function readProcess(p: TProtocol): Process {
  let serviceName = '';
  let tags: KeyValue[] = [];
  readStruct(p, (id, type) => {
    if (id === 1 && type === T.STRING) serviceName = p.readString();
    else if (id === 2 && type === T.LIST) tags = readTags(p);
    else return false;
    return true;
  });
  return { serviceName, tags };
}

/** Jaeger's thrift→domain conversion of one span (parentSpanId becomes a CHILD_OF reference unless already present). */
function toSpan(raw: RawSpan, process: Process): Span | string {
  const traceId = traceIdFromHighLow(raw.high, raw.low);
  if (traceId === undefined) return 'invalid trace ID: zero';
  if (raw.spanId === 0n) return 'invalid span ID: zero';
  const references: SpanRef[] = [];
  for (const ref of raw.references) {
    const refTrace = traceIdFromHighLow(ref.high, ref.low);
    if (refTrace === undefined || ref.spanId === 0n) continue;
    references.push({
      refType: ref.refType === 1 ? 'FOLLOWS_FROM' : 'CHILD_OF',
      traceId: refTrace,
      spanId: spanIdHex(ref.spanId) as SpanId,
    });
  }
  if (raw.parentSpanId !== 0n) {
    const parent = spanIdHex(raw.parentSpanId) as SpanId;
    if (!references.some((r) => r.spanId === parent && r.traceId === traceId)) {
      references.unshift({ refType: 'CHILD_OF', traceId, spanId: parent });
    }
  }
  return {
    traceId,
    spanId: spanIdHex(raw.spanId) as SpanId,
    operationName: raw.operationName,
    references,
    flags: raw.flags,
    startTime: Number(raw.startTime) as Micros,
    duration: Number(raw.duration) as Micros,
    tags: raw.tags,
    logs: raw.logs,
    process,
    warnings: [],
  };
}

/**
 * Decodes a `jaeger.thrift` Batch (binary protocol, as jaeger-client libraries POST
 * to `/api/traces`) into model spans sharing the batch's process. A malformed or
 * truncated message throws (the whole request is bad); a span with zero IDs is
 * rejected with a reason and its neighbours kept.
 */
export function decodeJaegerThriftBatch(bytes: Uint8Array): DecodeResult {
  const p = binaryReader(bytes);
  let process: Process = { serviceName: '', tags: [] };
  let raws: RawSpan[] = [];
  try {
    readStruct(p, (id, type) => {
      if (id === 1 && type === T.STRUCT) process = readProcess(p);
      else if (id === 2 && type === T.LIST) raws = readList(p, T.STRUCT, () => readSpan(p));
      else return false;
      return true;
    });
  } catch (error) {
    const what =
      (error as Error | undefined)?.name === 'InputBufferUnderrunError'
        ? 'truncated message'
        : describeError(error);
    throw new CodecError(`malformed Jaeger Thrift batch: ${what}`, { cause: error });
  }
  const spans: Span[] = [];
  const rejected: Rejection[] = [];
  raws.forEach((raw, index) => {
    const span = toSpan(raw, process);
    if (typeof span === 'string') rejected.push({ index, reason: span });
    else spans.push(span);
  });
  return { spans, rejected };
}
