import type { KeyValue, Micros, Process, Span, SpanRef } from '@spanstream/model';
import { parseSpanId, parseTraceId } from '@spanstream/model';
import { base64ToBytes } from '../bytes.ts';
import type { DecodeResult } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import type { Json } from '../json.ts';
import { isObject, parseJsonBody } from '../json.ts';
import { array, collectSpan, fail } from './json-fields.ts';

// Reads the UI JSON back (the UI's "upload JSON" and `jaeger-query` exports): the inverse of
// toJaegerUiTrace, also accepting the whole `{data: [...]}` response or a list of traces,
// and the deprecated `parentSpanID` (turned into a CHILD_OF reference, as Jaeger does).

function num(value: unknown, name: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(`${name} must be a number`);
}

function uiKeyValue(value: unknown, name: string): KeyValue {
  if (!isObject(value) || typeof value['key'] !== 'string') fail(`${name} must be {key, type, value}`);
  const key = value['key'];
  const v = value['value'];
  switch (value['type'] ?? 'string') {
    case 'string':
      return typeof v === 'string'
        ? { key, type: 'string', value: v }
        : fail(`${name}.value must be a string`);
    case 'bool':
      return typeof v === 'boolean'
        ? { key, type: 'bool', value: v }
        : fail(`${name}.value must be a boolean`);
    case 'int64':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return { key, type: 'int64', value: BigInt(v) };
      if (typeof v === 'string' && /^-?\d+$/.test(v))
        return { key, type: 'int64', value: BigInt.asIntN(64, BigInt(v)) };
      return fail(`${name}.value must be an integer`);
    case 'float64':
      if (typeof v === 'number') return { key, type: 'float64', value: v };
      if (v === 'NaN' || v === 'Infinity' || v === '-Infinity')
        return { key, type: 'float64', value: Number(v) };
      return fail(`${name}.value must be a number`);
    case 'binary': {
      const bytes = typeof v === 'string' ? base64ToBytes(v) : undefined;
      return bytes === undefined
        ? fail(`${name}.value must be base64`)
        : { key, type: 'binary', value: bytes };
    }
    default:
      return fail(`${name}.type ${JSON.stringify(value['type'])} is not a Jaeger value type`);
  }
}

const keyValues = (value: unknown, name: string): KeyValue[] =>
  array(value, name).map((kv, i) => uiKeyValue(kv, `${name}[${i}]`));

function uiProcess(value: unknown, name: string): Process {
  if (!isObject(value)) fail(`${name} must be an object`);
  const serviceName = value['serviceName'] ?? '';
  if (typeof serviceName !== 'string') fail(`${name}.serviceName must be a string`);
  return { serviceName, tags: keyValues(value['tags'], `${name}.tags`) };
}

function uiSpan(value: unknown, processes: ReadonlyMap<string, Process>): Span {
  if (!isObject(value)) fail('span must be an object');
  const traceId = typeof value['traceID'] === 'string' ? parseTraceId(value['traceID']) : undefined;
  if (traceId === undefined) fail('invalid traceID');
  const spanId = typeof value['spanID'] === 'string' ? parseSpanId(value['spanID']) : undefined;
  if (spanId === undefined) fail('invalid spanID');
  const references = array(value['references'], 'references').map((ref, i): SpanRef => {
    if (!isObject(ref)) fail(`references[${i}] must be an object`);
    const refTrace = typeof ref['traceID'] === 'string' ? parseTraceId(ref['traceID']) : undefined;
    const refSpan = typeof ref['spanID'] === 'string' ? parseSpanId(ref['spanID']) : undefined;
    if (refTrace === undefined || refSpan === undefined) fail(`references[${i}] has an invalid ID`);
    const refType = ref['refType'] ?? 'CHILD_OF';
    if (refType !== 'CHILD_OF' && refType !== 'FOLLOWS_FROM') fail(`references[${i}].refType is invalid`);
    return { refType, traceId: refTrace, spanId: refSpan };
  });
  const parent = typeof value['parentSpanID'] === 'string' ? parseSpanId(value['parentSpanID']) : undefined;
  if (parent !== undefined && !references.some((ref) => ref.spanId === parent && ref.traceId === traceId)) {
    references.unshift({ refType: 'CHILD_OF', traceId, spanId: parent });
  }
  const processID = value['processID'];
  const process =
    value['process'] != null
      ? uiProcess(value['process'], 'process')
      : typeof processID === 'string'
        ? processes.get(processID)
        : undefined;
  if (process === undefined) fail(`unknown processID ${JSON.stringify(processID)}`);
  return {
    traceId,
    spanId,
    operationName: typeof value['operationName'] === 'string' ? value['operationName'] : '',
    references,
    flags: value['flags'] == null ? 0 : num(value['flags'], 'flags'),
    startTime: num(value['startTime'], 'startTime') as Micros,
    duration: num(value['duration'] ?? 0, 'duration') as Micros,
    tags: keyValues(value['tags'], 'tags'),
    logs: array(value['logs'], 'logs').map((log, i) => {
      if (!isObject(log)) fail(`logs[${i}] must be an object`);
      return {
        timestamp: num(log['timestamp'], `logs[${i}].timestamp`) as Micros,
        fields: keyValues(log['fields'], `logs[${i}].fields`),
      };
    }),
    process,
    warnings: array(value['warnings'], 'warnings').filter((w): w is string => typeof w === 'string'),
  };
}

function readTrace(trace: Json, out: DecodeResult, path: string): void {
  const processes = new Map<string, Process>();
  const rawProcesses = trace['processes'] ?? {};
  if (!isObject(rawProcesses)) throw new CodecError(`${path}.processes must be an object`);
  for (const [id, process] of Object.entries(rawProcesses)) {
    try {
      processes.set(id, uiProcess(process, `processes.${id}`));
    } catch (error) {
      throw new CodecError(`${path}: ${describeError(error)}`, { cause: error });
    }
  }
  const spans = trace['spans'] ?? [];
  if (!Array.isArray(spans)) throw new CodecError(`${path}.spans must be an array`);
  for (const span of spans) {
    const index = out.spans.length + out.rejected.length;
    collectSpan(out, index, () => uiSpan(span, processes));
  }
}

/**
 * Jaeger UI trace JSON to model spans: one trace `{traceID, spans, processes}`, a list of
 * them, or a whole API response `{data: [...]}`. Span indexes count across all traces.
 */
export function fromJaegerUiTrace(body: unknown): DecodeResult {
  const root = parseJsonBody(body);
  const traces = Array.isArray(root)
    ? root
    : isObject(root) && Array.isArray(root['data'])
      ? root['data']
      : [root];
  const out: DecodeResult = { spans: [], rejected: [] };
  traces.forEach((trace, i) => {
    if (!isObject(trace)) throw new CodecError(`trace ${i} must be an object`);
    readTrace(trace, out, `trace ${i}`);
  });
  return out;
}
