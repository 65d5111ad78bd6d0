import type { KeyValue, Process, Span } from '@spanstream/model';
import { parentSpanId, traceIdToHighLow } from '@spanstream/model';
import thrift, { type TProtocol } from 'thrift';
import { T, binaryWriter, wireType, writeI64 } from './thrift-io.ts';

const TAG_TYPE = { string: 0, float64: 1, bool: 2, int64: 3, binary: 4 } as const;

function writeTag(p: TProtocol, tag: KeyValue): void {
  p.writeStructBegin('Tag');
  p.writeFieldBegin('key', wireType(T.STRING), 1);
  p.writeString(tag.key);
  p.writeFieldBegin('vType', wireType(T.I32), 2);
  p.writeI32(TAG_TYPE[tag.type]);
  switch (tag.type) {
    case 'string':
      p.writeFieldBegin('vStr', wireType(T.STRING), 3);
      p.writeString(tag.value);
      break;
    case 'float64':
      p.writeFieldBegin('vDouble', wireType(T.DOUBLE), 4);
      p.writeDouble(tag.value);
      break;
    case 'bool':
      p.writeFieldBegin('vBool', wireType(T.BOOL), 5);
      p.writeBool(tag.value);
      break;
    case 'int64':
      p.writeFieldBegin('vLong', wireType(T.I64), 6);
      writeI64(p, tag.value);
      break;
    case 'binary':
      p.writeFieldBegin('vBinary', wireType(T.STRING), 7);
      p.writeBinary(Buffer.from(tag.value));
      break;
  }
  p.writeFieldStop();
  p.writeStructEnd();
}

function writeTags(p: TProtocol, name: string, id: number, tags: readonly KeyValue[]): void {
  p.writeFieldBegin(name, wireType(T.LIST), id);
  p.writeListBegin(wireType(T.STRUCT), tags.length);
  for (const tag of tags) writeTag(p, tag);
}

function writeSpan(p: TProtocol, span: Span): void {
  const { high, low } = traceIdToHighLow(span.traceId);
  const parent = parentSpanId(span);
  p.writeStructBegin('Span');
  const i64 = (name: string, id: number, value: bigint) => {
    p.writeFieldBegin(name, wireType(T.I64), id);
    writeI64(p, value);
  };
  i64('traceIdLow', 1, low);
  i64('traceIdHigh', 2, high);
  i64('spanId', 3, BigInt(`0x${span.spanId}`));
  i64('parentSpanId', 4, parent === undefined ? 0n : BigInt(`0x${parent}`));
  p.writeFieldBegin('operationName', wireType(T.STRING), 5);
  p.writeString(span.operationName);
  p.writeFieldBegin('references', wireType(T.LIST), 6);
  p.writeListBegin(wireType(T.STRUCT), span.references.length);
  for (const ref of span.references) {
    const ids = traceIdToHighLow(ref.traceId);
    p.writeStructBegin('SpanRef');
    p.writeFieldBegin('refType', wireType(T.I32), 1);
    p.writeI32(ref.refType === 'FOLLOWS_FROM' ? 1 : 0);
    i64('traceIdLow', 2, ids.low);
    i64('traceIdHigh', 3, ids.high);
    i64('spanId', 4, BigInt(`0x${ref.spanId}`));
    p.writeFieldStop();
    p.writeStructEnd();
  }
  p.writeFieldBegin('flags', wireType(T.I32), 7);
  p.writeI32(span.flags);
  i64('startTime', 8, BigInt(span.startTime));
  i64('duration', 9, BigInt(span.duration));
  writeTags(p, 'tags', 10, span.tags);
  p.writeFieldBegin('logs', wireType(T.LIST), 11);
  p.writeListBegin(wireType(T.STRUCT), span.logs.length);
  for (const log of span.logs) {
    p.writeStructBegin('Log');
    i64('timestamp', 1, BigInt(log.timestamp));
    writeTags(p, 'fields', 2, log.fields);
    p.writeFieldStop();
    p.writeStructEnd();
  }
  p.writeFieldStop();
  p.writeStructEnd();
}

/**
 * Encodes spans as one `jaeger.thrift` Batch (binary protocol) with the given
 * process, as a jaeger-client would send them. Span processes are not written
 * (Thrift batches carry one process).
 */
export function encodeJaegerThriftBatch(process: Process, spans: readonly Span[]): Buffer {
  const { protocol: p, finish } = binaryWriter();
  writeBatch(p, process, spans);
  return finish();
}

/**
 * The UDP datagram a jaeger-client sends its agent: an `Agent.emitBatch(batch)` one-way call in the
 * compact (port 6831) or binary (port 6832) protocol.
 */
export function encodeJaegerThriftEmitBatch(
  process: Process,
  spans: readonly Span[],
  protocol: 'compact' | 'binary',
): Buffer {
  const { protocol: p, finish } = binaryWriter(protocol === 'compact');
  p.writeMessageBegin('emitBatch', thrift.Thrift.MessageType.ONEWAY, 1);
  p.writeStructBegin('emitBatch_args');
  p.writeFieldBegin('batch', wireType(T.STRUCT), 1);
  writeBatch(p, process, spans);
  p.writeFieldStop();
  p.writeStructEnd();
  p.writeMessageEnd();
  return finish();
}

function writeBatch(p: TProtocol, process: Process, spans: readonly Span[]): void {
  p.writeStructBegin('Batch');
  p.writeFieldBegin('process', wireType(T.STRUCT), 1);
  p.writeStructBegin('Process');
  p.writeFieldBegin('serviceName', wireType(T.STRING), 1);
  p.writeString(process.serviceName);
  writeTags(p, 'tags', 2, process.tags);
  p.writeFieldStop();
  p.writeStructEnd();
  p.writeFieldBegin('spans', wireType(T.LIST), 2);
  p.writeListBegin(wireType(T.STRUCT), spans.length);
  for (const span of spans) writeSpan(p, span);
  p.writeFieldStop();
  p.writeStructEnd();
}
