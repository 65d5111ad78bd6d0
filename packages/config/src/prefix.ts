import type { ValueOf } from './option.ts';
import { defineSchema, type Schema } from './schema.ts';

/** `S`'s keys under `NS.`: `{ 'tls.ca': … }` → `{ 'es.tls.ca': … }`. */
export type Prefixed<NS extends string, S extends Schema> = {
  readonly [K in keyof S as `${NS}.${K & string}`]: S[K];
};

/**
 * A backend's options under its namespace. Backends declare their options once, without a prefix,
 * and take them under Jaeger's primary and archive namespaces (`es.*`, `es-archive.*`).
 */
export function prefixSchema<const NS extends string, const S extends Schema>(
  namespace: NS,
  schema: S,
): Prefixed<NS, S> {
  const entries = Object.entries(schema).map(([key, option]) => [`${namespace}.${key}`, option]);
  return defineSchema(Object.fromEntries(entries) as Schema) as Prefixed<NS, S>;
}

/** Reads `namespace.key` from values loaded with `prefixSchema(namespace, schema)`, typed by `S`. */
export function scopedValues<S extends Schema>(
  values: Readonly<Record<string, unknown>>,
  namespace: string,
): <K extends keyof S & string>(key: K) => ValueOf<S[K]> {
  return (key) => values[`${namespace}.${key}`] as ValueOf<S[typeof key]>;
}
