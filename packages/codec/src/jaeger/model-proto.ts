import type { KeyValue, Log, Process, Span, SpanRef } from '@spanstream/model';
import { idBytes, spanIdOf, traceIdOf } from '../bytes.ts';
import { google, jaeger } from '@spanstream/proto';
import { int64ForWriter, longToBigint, numberForWriter } from '../int64.ts';
import { durationToMicros, timestampToMicros } from '../proto-time.ts';

type IProtoSpan = jaeger.api_v2.ISpan;
type IProtoKeyValue = jaeger.api_v2.IKeyValue;
type IProtoProcess = jaeger.api_v2.IProcess;
type ITimestamp = google.protobuf.ITimestamp;
type IDuration = google.protobuf.IDuration;

const { ValueType, SpanRefType } = jaeger.api_v2;

/** A field that makes one api_v2 span unusable; the caller rejects that span. */
export class ProtoFieldError extends Error {}

function fail(message: string): never {
  throw new ProtoFieldError(message);
}

function microsToTimestamp(micros: number): ITimestamp {
  const seconds = Math.floor(micros / 1_000_000);
  return { seconds: numberForWriter(seconds), nanos: (micros - seconds * 1_000_000) * 1000 };
}

/** Go's time.Duration: seconds and nanos carry the same sign. */
function microsToDuration(micros: number): IDuration {
  const seconds = Math.trunc(micros / 1_000_000);
  return { seconds: numberForWriter(seconds), nanos: (micros - seconds * 1_000_000) * 1000 };
}

function keyValueFromProto(kv: IProtoKeyValue): KeyValue {
  const key = kv.key ?? '';
  switch (kv.vType ?? ValueType.STRING) {
    case ValueType.STRING:
      return { key, type: 'string', value: kv.vStr ?? '' };
    case ValueType.BOOL:
      return { key, type: 'bool', value: kv.vBool ?? false };
    case ValueType.INT64:
      return { key, type: 'int64', value: kv.vInt64 == null ? 0n : longToBigint(kv.vInt64) };
    case ValueType.FLOAT64:
      return { key, type: 'float64', value: kv.vFloat64 ?? 0 };
    case ValueType.BINARY:
      // A copy: a decoded Buffer view would keep the whole message alive.
      return { key, type: 'binary', value: new Uint8Array(kv.vBinary ?? new Uint8Array(0)) };
    default:
      return fail(`tag ${JSON.stringify(key)} has unknown value type ${String(kv.vType)}`);
  }
}

function keyValueToProto(kv: KeyValue): IProtoKeyValue {
  switch (kv.type) {
    case 'string':
      return { key: kv.key, vType: ValueType.STRING, vStr: kv.value };
    case 'bool':
      return { key: kv.key, vType: ValueType.BOOL, vBool: kv.value };
    case 'int64':
      return { key: kv.key, vType: ValueType.INT64, vInt64: int64ForWriter(kv.value) };
    case 'float64':
      return { key: kv.key, vType: ValueType.FLOAT64, vFloat64: kv.value };
    case 'binary':
      return { key: kv.key, vType: ValueType.BINARY, vBinary: kv.value };
  }
}

export function processFromProto(process: IProtoProcess): Process {
  return { serviceName: process.serviceName ?? '', tags: (process.tags ?? []).map(keyValueFromProto) };
}

export function processToProto(process: Process): IProtoProcess {
  return { serviceName: process.serviceName, tags: process.tags.map(keyValueToProto) };
}

/** A decoded api_v2 Span to the model; throws ProtoFieldError for a span that must be rejected. */
export function spanFromProto(span: IProtoSpan, fallback?: Process): Span {
  const traceId = span.traceId == null ? undefined : traceIdOf(span.traceId);
  if (traceId === undefined) fail('invalid trace ID: want 16 bytes, not all zero');
  const spanId = span.spanId == null ? undefined : spanIdOf(span.spanId);
  if (spanId === undefined) fail('invalid span ID: want 8 bytes, not all zero');
  const process = span.process == null ? fallback : processFromProto(span.process);
  if (process === undefined) fail('span has no process');
  return {
    traceId,
    spanId,
    operationName: span.operationName ?? '',
    references: (span.references ?? []).map((ref, i): SpanRef => {
      const refTrace = ref.traceId == null ? undefined : traceIdOf(ref.traceId);
      const refSpan = ref.spanId == null ? undefined : spanIdOf(ref.spanId);
      if (refTrace === undefined || refSpan === undefined) fail(`references[${i}] has an invalid ID`);
      const refType = ref.refType === SpanRefType.FOLLOWS_FROM ? 'FOLLOWS_FROM' : 'CHILD_OF';
      return { refType, traceId: refTrace, spanId: refSpan };
    }),
    flags: span.flags ?? 0,
    startTime: timestampToMicros(span.startTime),
    duration: durationToMicros(span.duration),
    tags: (span.tags ?? []).map(keyValueFromProto),
    logs: (span.logs ?? []).map((log): Log => ({
      timestamp: timestampToMicros(log.timestamp),
      fields: (log.fields ?? []).map(keyValueFromProto),
    })),
    process,
    warnings: span.warnings ?? [],
  };
}

/** The model span as an api_v2 Span (with its process embedded, as Jaeger's Kafka writer sends it). */
export function spanToProto(span: Span): IProtoSpan {
  return {
    ...spanToProtoWithoutProcess(span),
    process: processToProto(span.process),
    warnings: [...span.warnings],
  };
}

/** Fields 1-9 of the api_v2 Span: everything before `process` (10) and `warnings` (12). */
function spanToProtoWithoutProcess(span: Span): IProtoSpan {
  return {
    traceId: idBytes(span.traceId),
    spanId: idBytes(span.spanId),
    operationName: span.operationName,
    references: span.references.map((ref) => ({
      traceId: idBytes(ref.traceId),
      spanId: idBytes(ref.spanId),
      refType: ref.refType === 'FOLLOWS_FROM' ? SpanRefType.FOLLOWS_FROM : SpanRefType.CHILD_OF,
    })),
    flags: span.flags,
    startTime: microsToTimestamp(span.startTime),
    duration: microsToDuration(span.duration),
    tags: span.tags.map(keyValueToProto),
    logs: span.logs.map((log) => ({
      timestamp: microsToTimestamp(log.timestamp),
      fields: log.fields.map(keyValueToProto),
    })),
  };
}
