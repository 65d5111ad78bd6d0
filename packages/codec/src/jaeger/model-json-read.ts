import type { KeyValue, Log, Micros, Process, RefType, Span, SpanRef } from '@spanstream/model';
import { spanIdFromBytes, traceIdFromBytes } from '@spanstream/model';
import { base64ToBytes } from '../bytes.ts';
import { parseDurationMicros, parseRfc3339Micros } from '../time.ts';
import type { Json } from '../json.ts';
import { isObject } from '../json.ts';
import { array, fail } from './json-fields.ts';

// Reads Jaeger api_v2 proto-JSON (gogo jsonpb): camelCase or original field names, IDs in
// base64, enums as names or numbers, int64 as strings or numbers, Timestamp as RFC 3339,
// Duration as "0.000100s" (or Go's "100000ns", which Jaeger's fixtures use).
// Each reader throws a JsonFieldError; the caller turns it into a rejection of the span.

function field(object: Json, camel: string, snake?: string): unknown {
  const value = object[camel];
  return value === undefined && snake !== undefined ? object[snake] : value;
}

function string(value: unknown, name: string): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : fail(`${name} must be a string`);
}

function bytes(value: unknown, name: string): Uint8Array {
  const decoded = typeof value === 'string' ? base64ToBytes(value) : undefined;
  return decoded ?? fail(`${name} must be base64`);
}

function time(value: unknown, name: string): Micros {
  const micros = typeof value === 'string' ? parseRfc3339Micros(value) : undefined;
  return (micros ?? fail(`${name} must be an RFC 3339 timestamp`)) as Micros;
}

const VALUE_TYPES = ['STRING', 'BOOL', 'INT64', 'FLOAT64', 'BINARY'] as const;

function readKeyValue(value: unknown, name: string): KeyValue {
  if (!isObject(value)) fail(`${name} must be an object`);
  const key = string(value['key'], `${name}.key`);
  const vType = field(value, 'vType', 'v_type') ?? 'STRING';
  const type = typeof vType === 'number' ? VALUE_TYPES[vType] : vType;
  switch (type) {
    case 'STRING':
      return { key, type: 'string', value: string(field(value, 'vStr', 'v_str'), `${name}.vStr`) };
    case 'BOOL': {
      const v = field(value, 'vBool', 'v_bool') ?? false;
      return typeof v === 'boolean'
        ? { key, type: 'bool', value: v }
        : fail(`${name}.vBool must be a boolean`);
    }
    case 'INT64':
      return { key, type: 'int64', value: int64(field(value, 'vInt64', 'v_int64'), `${name}.vInt64`) };
    case 'FLOAT64':
      return {
        key,
        type: 'float64',
        value: float64(field(value, 'vFloat64', 'v_float64'), `${name}.vFloat64`),
      };
    case 'BINARY': {
      const v = field(value, 'vBinary', 'v_binary') ?? '';
      return { key, type: 'binary', value: bytes(v, `${name}.vBinary`) };
    }
    default:
      return fail(`${name}.vType ${JSON.stringify(vType)} is not a Jaeger value type`);
  }
}

const INT = /^-?\d+$/;

function int64(value: unknown, name: string): bigint {
  if (value === undefined || value === null) return 0n;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && INT.test(value)) {
    const big = BigInt(value);
    if (big === BigInt.asIntN(64, big)) return big;
  }
  return fail(`${name} must be a 64-bit integer`);
}

function float64(value: unknown, name: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return value;
  if (value === 'NaN') return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return fail(`${name} must be a number`);
}

function keyValues(value: unknown, name: string): KeyValue[] {
  return array(value, name).map((kv, i) => readKeyValue(kv, `${name}[${i}]`));
}

export function readProcess(value: unknown, name: string): Process {
  if (!isObject(value)) fail(`${name} must be an object`);
  return {
    serviceName: string(field(value, 'serviceName', 'service_name'), `${name}.serviceName`),
    tags: keyValues(value['tags'], `${name}.tags`),
  };
}

function readRef(value: unknown, name: string): SpanRef {
  if (!isObject(value)) fail(`${name} must be an object`);
  const traceId = traceIdFromBytes(bytes(field(value, 'traceId', 'trace_id'), `${name}.traceId`));
  const spanId = spanIdFromBytes(bytes(field(value, 'spanId', 'span_id'), `${name}.spanId`));
  if (traceId === undefined || spanId === undefined) fail(`${name} has an invalid trace or span ID`);
  const raw = field(value, 'refType', 'ref_type') ?? 'CHILD_OF';
  const refType: RefType | undefined =
    raw === 'CHILD_OF' || raw === 0
      ? 'CHILD_OF'
      : raw === 'FOLLOWS_FROM' || raw === 1
        ? 'FOLLOWS_FROM'
        : undefined;
  if (refType === undefined) fail(`${name}.refType ${JSON.stringify(raw)} is not CHILD_OF or FOLLOWS_FROM`);
  return { refType, traceId, spanId };
}

function readLog(value: unknown, name: string): Log {
  if (!isObject(value)) fail(`${name} must be an object`);
  return {
    timestamp: time(value['timestamp'], `${name}.timestamp`),
    fields: keyValues(value['fields'], `${name}.fields`),
  };
}

/** One api_v2 Span in proto-JSON; `fallbackProcess` is the Batch's process. */
export function readSpan(value: unknown, fallbackProcess?: Process): Span {
  if (!isObject(value)) fail('span must be an object');
  const traceId = traceIdFromBytes(bytes(field(value, 'traceId', 'trace_id'), 'traceId'));
  if (traceId === undefined) fail('invalid trace ID: want 16 bytes, not all zero');
  const spanId = spanIdFromBytes(bytes(field(value, 'spanId', 'span_id'), 'spanId'));
  if (spanId === undefined) fail('invalid span ID: want 8 bytes, not all zero');
  const rawProcess = value['process'];
  const process = rawProcess == null ? fallbackProcess : readProcess(rawProcess, 'process');
  if (process === undefined) fail('span has no process');
  const flags = value['flags'] ?? 0;
  if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 0xffffffff) {
    fail('flags must be a uint32');
  }
  const duration = value['duration'] ?? '0s';
  const micros = typeof duration === 'string' ? parseDurationMicros(duration) : undefined;
  return {
    traceId,
    spanId,
    operationName: string(field(value, 'operationName', 'operation_name'), 'operationName'),
    references: array(value['references'], 'references').map((ref, i) => readRef(ref, `references[${i}]`)),
    flags,
    startTime: time(field(value, 'startTime', 'start_time'), 'startTime'),
    duration: (micros ?? fail('duration must be a duration like "0.000100s"')) as Micros,
    tags: keyValues(value['tags'], 'tags'),
    logs: array(value['logs'], 'logs').map((log, i) => readLog(log, `logs[${i}]`)),
    process,
    warnings: array(value['warnings'], 'warnings').map((w, i) => string(w, `warnings[${i}]`)),
  };
}
