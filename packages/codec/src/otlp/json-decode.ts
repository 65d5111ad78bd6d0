import { opentelemetry } from '@spanstream/proto';
import { hexToBytes } from '../bytes.ts';
import type { Json } from '../json.ts';
import { isObject, parseJsonBody } from '../json.ts';
import type { DecodeResult } from '../result.ts';
import { CodecError, describeError } from '../result.ts';
import type { ResourceSpansInput, ScopeSpansInput } from './decode.ts';
import { resourceSpansToModel } from './decode.ts';

const { Resource } = opentelemetry.proto.resource.v1;
const { InstrumentationScope } = opentelemetry.proto.common.v1;
const { Span } = opentelemetry.proto.trace.v1;

/**
 * OTLP/JSON `ExportTraceServiceRequest` (an object or its text) to the model: IDs in hex,
 * int64 as strings or numbers, enums as numbers or names. A span with a bad field is
 * rejected alone; a body that is not such a request throws CodecError.
 */
export function fromOtlpJson(body: unknown): DecodeResult {
  const root = parseJsonBody(body);
  if (!isObject(root)) throw new CodecError('OTLP/JSON body must be a JSON object');
  const list = root['resourceSpans'] ?? root['resource_spans'] ?? [];
  if (!Array.isArray(list)) throw new CodecError('OTLP/JSON resourceSpans must be an array');
  return resourceSpansToModel(list.map((rs, i) => readResourceSpans(rs, `resourceSpans[${i}]`)));
}

function readResourceSpans(value: unknown, path: string): ResourceSpansInput {
  const level = readLevel(value, path, ['scopeSpans', 'scope_spans'], 'resource', (o) =>
    Resource.fromObject(o),
  );
  return {
    resource: level.own,
    schemaUrl: level.schemaUrl,
    scopeSpans: level.items.map((ss, i) => readScopeSpans(ss, `${path}.scopeSpans[${i}]`)),
  };
}

function readScopeSpans(value: unknown, path: string): ScopeSpansInput {
  const level = readLevel(value, path, ['spans', 'spans'], 'scope', (o) =>
    InstrumentationScope.fromObject(o),
  );
  return { scope: level.own, schemaUrl: level.schemaUrl, spans: level.items.map(readSpan) };
}

/** A ResourceSpans or ScopeSpans object: its own resource or scope, its schema URL and its child list. */
function readLevel<T>(
  value: unknown,
  path: string,
  [camel, snake]: readonly [string, string],
  own: string,
  fromObject: (object: Json) => T,
): { readonly own: T; readonly schemaUrl: string; readonly items: unknown[] } {
  if (!isObject(value)) throw new CodecError(`${path} must be an object`);
  const items = value[camel] ?? value[snake] ?? [];
  if (!Array.isArray(items)) throw new CodecError(`${path}.${camel} must be an array`);
  return {
    own: convert(() => fromObject(checked(value[own], `${path}.${own}`)), `${path}.${own}`),
    schemaUrl: readString(value['schemaUrl'] ?? value['schema_url'], `${path}.schemaUrl`),
    items,
  };
}

/** A resource or scope object whose integer attribute values are integers (else the payload is bad). */
function checked(value: unknown, path: string): Json {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new CodecError(`${path} must be an object`);
  const bad = badIntegerIn(value['attributes'], 'attributes');
  if (bad !== undefined)
    throw new CodecError(`${path}.${bad} must be an integer (a number or a decimal string)`);
  return value;
}

function convert<T>(build: () => T, path: string): T {
  try {
    return build();
  } catch (error) {
    throw new CodecError(`${path}: ${describeError(error)}`, { cause: error });
  }
}

function readString(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new CodecError(`${path} must be a string`);
  return value;
}

/** One span: hex IDs to bytes, then protobufjs' own JSON-object conversion; a failure rejects the span. */
function readSpan(value: unknown): opentelemetry.proto.trace.v1.ISpan | string {
  if (!isObject(value)) return 'span must be an object';
  const span: Json = { ...value };
  for (const key of ['traceId', 'spanId', 'parentSpanId'] as const) {
    const bytes = hexField(span, key);
    if (typeof bytes === 'string') return bytes;
  }
  const links = span['links'];
  if (Array.isArray(links)) {
    const copies: unknown[] = [];
    for (const [i, link] of links.entries()) {
      if (!isObject(link)) return `links[${i}] must be an object`;
      const copy: Json = { ...link };
      for (const key of ['traceId', 'spanId'] as const) {
        const bytes = hexField(copy, key);
        if (typeof bytes === 'string') return `links[${i}].${bytes}`;
      }
      copies.push(copy);
    }
    span['links'] = copies;
  }
  const badNumber = findBadInteger(span);
  if (badNumber !== undefined) return `${badNumber} must be an integer (a number or a decimal string)`;
  try {
    return Span.fromObject(span);
  } catch (error) {
    return describeError(error).replace(/^\.opentelemetry\.proto\.trace\.v1\./, '');
  }
}

// OTLP/JSON writes IDs as hex, unlike proto3 JSON's base64: convert before fromObject.
function hexField(object: Json, key: string): string | undefined {
  const text = object[key];
  if (text === undefined || text === null) return undefined;
  if (typeof text !== 'string') return `${key} must be a hex string`;
  const bytes = hexToBytes(text);
  if (bytes === undefined) return `${key} is not hex: ${JSON.stringify(text.slice(0, 40))}`;
  object[key] = bytes;
  return undefined;
}

const DECIMAL = /^-?\d+$/;
const isInteger = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && DECIMAL.test(value));

// protobufjs reads a 64-bit field from any string ("abc" silently becomes 0): check the
// span's times and integer attribute values first, so such a span is rejected, not zeroed.
function findBadInteger(span: Json): string | undefined {
  for (const key of ['startTimeUnixNano', 'endTimeUnixNano']) if (!isInteger(span[key])) return key;
  const lists: [string, unknown][] = [['attributes', span['attributes']]];
  const events = Array.isArray(span['events']) ? (span['events'] as unknown[]) : [];
  for (const [i, event] of events.entries()) {
    if (!isObject(event)) continue;
    if (!isInteger(event['timeUnixNano'])) return `events[${i}].timeUnixNano`;
    lists.push([`events[${i}].attributes`, event['attributes']]);
  }
  const links = Array.isArray(span['links']) ? (span['links'] as unknown[]) : [];
  for (const [i, link] of links.entries())
    if (isObject(link)) lists.push([`links[${i}].attributes`, link['attributes']]);
  for (const [path, list] of lists) {
    const bad = badIntegerIn(list, path);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function badIntegerIn(list: unknown, path: string): string | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const [i, attribute] of list.entries()) {
    const value: unknown = isObject(attribute) ? attribute['value'] : undefined;
    const bad = badIntegerInValue(value, `${path}[${i}].value`);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/** Looks into arrays and key-value lists too: their integers are kept as values (see KeyValue.structured). */
function badIntegerInValue(value: unknown, path: string): string | undefined {
  if (!isObject(value)) return undefined;
  if (!isInteger(value['intValue'])) return `${path}.intValue`;
  const array = value['arrayValue'] ?? value['array_value'];
  if (isObject(array) && Array.isArray(array['values'])) {
    for (const [i, item] of array['values'].entries()) {
      const bad = badIntegerInValue(item, `${path}.arrayValue.values[${i}]`);
      if (bad !== undefined) return bad;
    }
  }
  const kvlist = value['kvlistValue'] ?? value['kvlist_value'];
  if (isObject(kvlist)) return badIntegerIn(kvlist['values'], `${path}.kvlistValue.values`);
  return undefined;
}
