import type { KeyValue } from '@spanstream/model';
import type { opentelemetry } from '@spanstream/proto';
import { bytesToBase64 } from '../bytes.ts';
import { int64ForWriter, longToBigint } from '../int64.ts';

type IAnyValue = opentelemetry.proto.common.v1.IAnyValue;
type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;

/**
 * OTLP attribute to a Jaeger tag, as the OpenTelemetry Jaeger translator does: arrays and
 * key-value lists become their JSON text (type string), an empty value the empty string.
 */
export function attributeToTag(attribute: IKeyValue): KeyValue {
  const key = attribute.key ?? '';
  const value = attribute.value;
  if (value == null) return { key, type: 'string', value: '' };
  if (value.stringValue != null) return { key, type: 'string', value: value.stringValue };
  if (value.boolValue != null) return { key, type: 'bool', value: value.boolValue };
  if (value.intValue != null) return { key, type: 'int64', value: longToBigint(value.intValue) };
  if (value.doubleValue != null) return { key, type: 'float64', value: value.doubleValue };
  // A copy: a decoded Buffer view would keep the whole request payload alive.
  if (value.bytesValue != null) return { key, type: 'binary', value: new Uint8Array(value.bytesValue) };
  if (value.arrayValue != null || value.kvlistValue != null) {
    return { key, type: 'string', value: rawToJson(anyValueToRaw(value)) };
  }
  return { key, type: 'string', value: '' };
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
      return { stringValue: tag.value };
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

type Raw = string | boolean | bigint | number | null | Raw[] | { [key: string]: Raw };

// pdata's Value.AsRaw(): bytes as base64, nested lists and maps as JSON values.
function anyValueToRaw(value: IAnyValue | null | undefined): Raw {
  if (value == null) return null;
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return value.boolValue;
  if (value.intValue != null) return longToBigint(value.intValue);
  if (value.doubleValue != null) return value.doubleValue;
  if (value.bytesValue != null) return bytesToBase64(value.bytesValue);
  if (value.arrayValue != null) return (value.arrayValue.values ?? []).map(anyValueToRaw);
  if (value.kvlistValue != null) {
    const out: { [key: string]: Raw } = {};
    for (const kv of value.kvlistValue.values ?? []) out[kv.key ?? ''] = anyValueToRaw(kv.value);
    return out;
  }
  return null;
}

// Go's encoding/json: map keys sorted, int64 exact, NaN/Inf are not JSON (Go fails; we write null).
function rawToJson(raw: Raw): string {
  if (raw === null) return 'null';
  if (typeof raw === 'bigint') return raw.toString();
  if (typeof raw === 'number') return Number.isFinite(raw) ? JSON.stringify(raw) : 'null';
  if (typeof raw === 'string' || typeof raw === 'boolean') return JSON.stringify(raw);
  if (Array.isArray(raw)) return `[${raw.map(rawToJson).join(',')}]`;
  const keys = Object.keys(raw).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${rawToJson(raw[key] ?? null)}`).join(',')}}`;
}
