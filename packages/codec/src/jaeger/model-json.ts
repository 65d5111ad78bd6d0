import type { KeyValue, Process, Span } from '@spanstream/model';
import { idToBytes } from '@spanstream/model';
import { bytesToBase64 } from '../bytes.ts';
import type { DecodeResult } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import { formatDurationMicros, formatRfc3339Micros } from '../time.ts';
import type { Json } from '../json.ts';
import { isObject, parseJsonBody } from '../json.ts';
import { collectSpan } from './json-fields.ts';
import { readProcess, readSpan } from './model-json-read.ts';

/**
 * Jaeger api_v2 proto-JSON of `{spans: [...]}` or a `Batch` `{spans, process}` (a span's own
 * process wins over the batch's) to the model. A span with a bad field is rejected alone.
 */
export function fromJaegerModelJson(body: unknown): DecodeResult {
  const root = parseJsonBody(body);
  if (!isObject(root)) throw new CodecError('Jaeger JSON body must be an object with a spans array');
  const spans = root['spans'] ?? [];
  if (!Array.isArray(spans)) throw new CodecError('Jaeger JSON spans must be an array');
  let process: Process | undefined;
  if (root['process'] != null) {
    try {
      process = readProcess(root['process'], 'process');
    } catch (error) {
      throw new CodecError(`Jaeger JSON batch ${describeError(error)}`, { cause: error });
    }
  }
  const out: DecodeResult = { spans: [], rejected: [] };
  spans.forEach((span, index) => {
    collectSpan(out, index, () => readSpan(span, process));
  });
  return out;
}

/** One api_v2 Span in proto-JSON (Jaeger's Kafka `json` encoding): the inverse of toJaegerModelJson. */
export function fromJaegerModelJsonSpan(body: unknown): DecodeResult {
  const out: DecodeResult = { spans: [], rejected: [] };
  collectSpan(out, 0, () => readSpan(parseJsonBody(body), undefined));
  return out;
}

/**
 * The span as gogo jsonpb writes Jaeger's model.Span (what Jaeger's Kafka `json` encoding
 * sends): camelCase, enums as names, zero values omitted, int64 as strings, IDs in base64,
 * the process embedded. SpanRef.tags (Spanstream's extension) are not part of it.
 */
export function toJaegerModelJson(span: Span): Json {
  const out: Json = {
    traceId: bytesToBase64(idToBytes(span.traceId)),
    spanId: bytesToBase64(idToBytes(span.spanId)),
  };
  if (span.operationName !== '') out['operationName'] = span.operationName;
  if (span.references.length > 0) {
    out['references'] = span.references.map((ref) => {
      const json: Json = {
        traceId: bytesToBase64(idToBytes(ref.traceId)),
        spanId: bytesToBase64(idToBytes(ref.spanId)),
      };
      if (ref.refType !== 'CHILD_OF') json['refType'] = ref.refType;
      return json;
    });
  }
  if (span.flags !== 0) out['flags'] = span.flags;
  out['startTime'] = formatRfc3339Micros(span.startTime);
  out['duration'] = formatDurationMicros(span.duration);
  if (span.tags.length > 0) out['tags'] = span.tags.map(keyValueJson);
  if (span.logs.length > 0) {
    out['logs'] = span.logs.map((log) => {
      const json: Json = { timestamp: formatRfc3339Micros(log.timestamp) };
      if (log.fields.length > 0) json['fields'] = log.fields.map(keyValueJson);
      return json;
    });
  }
  out['process'] = processJson(span.process);
  if (span.warnings.length > 0) out['warnings'] = [...span.warnings];
  return out;
}

function processJson(process: Process): Json {
  const json: Json = {};
  if (process.serviceName !== '') json['serviceName'] = process.serviceName;
  if (process.tags.length > 0) json['tags'] = process.tags.map(keyValueJson);
  return json;
}

function keyValueJson(kv: KeyValue): Json {
  const json: Json = {};
  if (kv.key !== '') json['key'] = kv.key;
  switch (kv.type) {
    case 'string':
      if (kv.value !== '') json['vStr'] = kv.value;
      break;
    case 'bool':
      json['vType'] = 'BOOL';
      if (kv.value) json['vBool'] = true;
      break;
    case 'int64':
      json['vType'] = 'INT64';
      if (kv.value !== 0n) json['vInt64'] = kv.value.toString();
      break;
    case 'float64':
      json['vType'] = 'FLOAT64';
      if (kv.value !== 0) json['vFloat64'] = Number.isFinite(kv.value) ? kv.value : String(kv.value);
      break;
    case 'binary':
      json['vType'] = 'BINARY';
      if (kv.value.length > 0) json['vBinary'] = bytesToBase64(kv.value);
      break;
  }
  return json;
}
