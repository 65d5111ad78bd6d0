/**
 * An OpenTelemetry attribute value (OTLP's AnyValue, without the wire types). Only the values
 * Jaeger's model has no type for are kept in this form: see `KeyValue.structured`.
 */
export type AttributeValue =
  | { readonly type: 'empty' }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'int64'; readonly value: bigint }
  | { readonly type: 'float64'; readonly value: number }
  | { readonly type: 'binary'; readonly value: Uint8Array }
  | { readonly type: 'array'; readonly values: readonly AttributeValue[] }
  | { readonly type: 'map'; readonly entries: readonly AttributeEntry[] };

export interface AttributeEntry {
  readonly key: string;
  readonly value: AttributeValue;
}

/** An attribute value that a Jaeger tag can only hold as text: an array, a key-value list, no value. */
export type StructuredValue = Extract<AttributeValue, { type: 'array' | 'map' | 'empty' }>;

/**
 * A typed tag, log field or process tag. int64 values are bigint so that
 * values beyond 2^53 survive every conversion.
 *
 * A string tag made from an OpenTelemetry array, key-value list or empty value holds the text
 * Jaeger's translator writes for it (JSON; '' for no value) and, while the span stays in memory
 * or in OTLP, the value itself in `structured`: Jaeger-model outputs (v1 API, api_v2, Jaeger
 * encodings, ES/Cassandra documents) use the text, OTLP outputs the value as received.
 */
export type KeyValue =
  | {
      readonly key: string;
      readonly type: 'string';
      readonly value: string;
      readonly structured?: StructuredValue;
    }
  | { readonly key: string; readonly type: 'bool'; readonly value: boolean }
  | { readonly key: string; readonly type: 'int64'; readonly value: bigint }
  | { readonly key: string; readonly type: 'float64'; readonly value: number }
  | { readonly key: string; readonly type: 'binary'; readonly value: Uint8Array };

export type ValueType = KeyValue['type'];

export const stringTag = (key: string, value: string): KeyValue => ({ key, type: 'string', value });
export const boolTag = (key: string, value: boolean): KeyValue => ({ key, type: 'bool', value });
export const int64Tag = (key: string, value: bigint): KeyValue => ({ key, type: 'int64', value });
export const float64Tag = (key: string, value: number): KeyValue => ({ key, type: 'float64', value });
export const binaryTag = (key: string, value: Uint8Array): KeyValue => ({ key, type: 'binary', value });

/**
 * The value as Jaeger renders it in a string context (tag search, ES `tags.value`):
 * binary as hex, floats in Go's shortest form.
 */
export function tagValueAsString(tag: KeyValue): string {
  switch (tag.type) {
    case 'string':
      return tag.value;
    case 'bool':
      return tag.value ? 'true' : 'false';
    case 'int64':
      return tag.value.toString();
    case 'float64':
      return String(tag.value);
    case 'binary': {
      let out = '';
      for (const byte of tag.value) out += byte.toString(16).padStart(2, '0');
      return out;
    }
  }
}

export function findTag(tags: readonly KeyValue[], key: string): KeyValue | undefined {
  return tags.find((tag) => tag.key === key);
}
