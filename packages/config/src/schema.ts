import type { Option, ValueOf } from './option.ts';

/** A component's configuration: Jaeger flag names (`kafka.producer.topic`) to options. */
export type Schema = Readonly<Record<string, Option<unknown>>>;

/** The parsed values of a schema, keyed by flag name: `values['kafka.producer.topic']`. */
export type ConfigValues<S extends Schema> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** Keys the loader itself owns. */
export const RESERVED_KEYS: readonly string[] = ['config-file', 'help'];

const KEY = /^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*$/;

/** `es.server-urls` → `ES_SERVER_URLS`, as Jaeger (viper) derives env names. */
export const envName = (key: string): string => key.toUpperCase().replace(/[.-]/g, '_');

/**
 * Checks a schema's key names once, where it is declared, and returns it unchanged (typed). Bad names
 * are programming errors, so they throw.
 */
export function defineSchema<const S extends Schema>(schema: S): S {
  const env = new Map<string, string>();
  for (const key of Object.keys(schema)) {
    if (!KEY.test(key)) throw new TypeError(`config key "${key}" must be words joined by . - or _`);
    if (RESERVED_KEYS.includes(key)) throw new TypeError(`config key "${key}" is reserved`);
    const name = envName(key);
    const other = env.get(name);
    if (other !== undefined) throw new TypeError(`config keys "${other}" and "${key}" share env ${name}`);
    env.set(name, key);
  }
  return schema;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/**
 * Combines component schemas for one process (all-in-one = common + collector + query + memory).
 * The same key may appear twice only with the very same option object, so two components cannot
 * silently disagree about a key's type or default.
 */
export function mergeSchemas<const T extends readonly Schema[]>(
  ...schemas: T
): UnionToIntersection<T[number]> {
  const merged: Record<string, Option<unknown>> = {};
  for (const schema of schemas) {
    for (const [key, option] of Object.entries(schema)) {
      const existing = merged[key];
      if (existing !== undefined && existing !== option) {
        throw new TypeError(`config key "${key}" is defined differently by two schemas`);
      }
      merged[key] = option;
    }
  }
  return defineSchema(merged) as UnionToIntersection<T[number]>;
}

/** Every option's default: what `loadConfig` returns when no flag, env var or file sets anything. */
export function defaultValues<S extends Schema>(schema: S): ConfigValues<S> {
  return Object.fromEntries(
    Object.entries(schema).map(([key, option]) => [key, option.default]),
  ) as ConfigValues<S>;
}
