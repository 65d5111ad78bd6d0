import type { AttributeValue, KeyValue, StructuredValue } from '@spanstream/model';
import type { opentelemetry } from '@spanstream/proto';
import { bytesToBase64 } from '../bytes.ts';
import { int64ForWriter, longToBigint } from '../int64.ts';
import { attributeValueJson } from './attribute-json.ts';

type IAnyValue = opentelemetry.proto.common.v1.IAnyValue;
type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;

const EMPTY: StructuredValue = { type: 'empty' };

/**
 * OTLP attribute to a Jaeger tag, as the OpenTelemetry Jaeger translator does: arrays and
 * key-value lists become their JSON text (type string), an empty value the empty string. Those
 * string tags keep the value itself in `structured`, for OTLP outputs.
 */
export function attributeToTag(attribute: IKeyValue): KeyValue {
  const key = attribute.key ?? '';
  const value = attribute.value;
  if (value == null) return { key, type: 'string', value: '', structured: EMPTY };
  if (value.stringValue != null) return { key, type: 'string', value: value.stringValue };
  if (value.boolValue != null) return { key, type: 'bool', value: value.boolValue };
  if (value.intValue != null) return { key, type: 'int64', value: longToBigint(value.intValue) };
  if (value.doubleValue != null) return { key, type: 'float64', value: value.doubleValue };
  // A copy: a decoded Buffer view would keep the whole request payload alive.
  if (value.bytesValue != null) return { key, type: 'binary', value: new Uint8Array(value.bytesValue) };
  if (value.arrayValue != null || value.kvlistValue != null) {
    const structured = toAttributeValue(value) as StructuredValue;
    return { key, type: 'string', value: attributeValueJson(structured), structured };
  }
  return { key, type: 'string', value: '', structured: EMPTY };
}

export function appendTags(out: KeyValue[], attributes: readonly IKeyValue[] | null | undefined): void {
  if (attributes == null) return;
  for (const attribute of attributes) out.push(attributeToTag(attribute));
}

export function tagToAttribute(tag: KeyValue): IKeyValue {
  return { key: tag.key, value: tagToAnyValue(tag) };
}

function tagToAnyValue(tag: KeyValue): IAnyValue {
  switch (tag.type) {
    case 'string':
      return tag.structured === undefined ? { stringValue: tag.value } : toAnyValue(tag.structured);
    case 'bool':
      return { boolValue: tag.value };
    case 'int64':
      return { intValue: int64ForWriter(tag.value) };
    case 'float64':
      return { doubleValue: tag.value };
    case 'binary':
      return { bytesValue: tag.value };
  }
}

function toAttributeValue(value: IAnyValue | null | undefined): AttributeValue {
  if (value == null) return EMPTY;
  if (value.stringValue != null) return { type: 'string', value: value.stringValue };
  if (value.boolValue != null) return { type: 'bool', value: value.boolValue };
  if (value.intValue != null) return { type: 'int64', value: longToBigint(value.intValue) };
  if (value.doubleValue != null) return { type: 'float64', value: value.doubleValue };
  if (value.bytesValue != null) return { type: 'binary', value: new Uint8Array(value.bytesValue) };
  if (value.arrayValue != null) {
    return { type: 'array', values: (value.arrayValue.values ?? []).map(toAttributeValue) };
  }
  if (value.kvlistValue != null) {
    const entries = (value.kvlistValue.values ?? []).map((kv) => ({
      key: kv.key ?? '',
      value: toAttributeValue(kv.value),
    }));
    return { type: 'map', entries };
  }
  return EMPTY;
}

function toAnyValue(value: AttributeValue): IAnyValue {
  switch (value.type) {
    case 'empty':
      return {};
    case 'string':
      return { stringValue: value.value };
    case 'bool':
      return { boolValue: value.value };
    case 'int64':
      return { intValue: int64ForWriter(value.value) };
    case 'float64':
      return { doubleValue: value.value };
    case 'binary':
      return { bytesValue: value.value };
    case 'array':
      return { arrayValue: { values: value.values.map(toAnyValue) } };
    case 'map':
      return {
        kvlistValue: {
          values: value.entries.map((entry) => ({ key: entry.key, value: toAnyValue(entry.value) })),
        },
      };
  }
}

/** OTLP/JSON of an attribute value, as the OpenTelemetry Collector writes it (int64 as text, bytes in base64). */
export function anyValueJson(value: IAnyValue | null | undefined): Record<string, unknown> {
  const v = value ?? {};
  if (v.stringValue != null) return { stringValue: v.stringValue };
  if (v.boolValue != null) return { boolValue: v.boolValue };
  if (v.intValue != null) return { intValue: v.intValue.toString() };
  // proto3 JSON writes non-finite doubles as strings.
  if (v.doubleValue != null) {
    return { doubleValue: Number.isFinite(v.doubleValue) ? v.doubleValue : String(v.doubleValue) };
  }
  if (v.bytesValue != null) return { bytesValue: bytesToBase64(v.bytesValue) };
  // Empty lists leave `values` out, as pdata does.
  if (v.arrayValue != null) {
    const values = v.arrayValue.values ?? [];
    return { arrayValue: values.length === 0 ? {} : { values: values.map(anyValueJson) } };
  }
  if (v.kvlistValue != null) {
    const values = v.kvlistValue.values ?? [];
    return {
      kvlistValue:
        values.length === 0
          ? {}
          : { values: values.map((kv) => ({ key: kv.key ?? '', value: anyValueJson(kv.value) })) },
    };
  }
  return {};
}
