import { suggest } from './issues.ts';
import type { ConfigIssue } from './issues.ts';
import { envName } from './schema.ts';
import type { Schema } from './schema.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Tools that share our prefixes set these (Elasticsearch's `ES_JAVA_OPTS`, Kafka's `KAFKA_HEAP_OPTS`,
 * `CASSANDRA_HOME`): they are not typos of our keys, so they are never reported as unknown.
 */
const FOREIGN_SUFFIXES = ['_OPTS', '_HOME', '_CONF', '_PATH_CONF', '_VERSION'];

export interface EnvScan {
  /** Key → raw text. An empty variable counts as unset, as in Jaeger (viper). */
  readonly values: Map<string, string>;
  readonly issues: ConfigIssue[];
}

/**
 * Reads each key's env var (`es.server-urls` → `ES_SERVER_URLS`). A variable that starts with one of the
 * schema's prefixes (`ES_`, `KAFKA_`, `COLLECTOR_`, ... from keys with a dot) but names no key is an
 * error: it is almost always a typo that would otherwise be ignored silently.
 */
export function scanEnv(env: Env, schema: Schema, ignore: readonly string[] = []): EnvScan {
  const values = new Map<string, string>();
  const issues: ConfigIssue[] = [];
  const known = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const key of Object.keys(schema)) {
    known.set(envName(key), key);
    const dot = key.indexOf('.');
    if (dot > 0) prefixes.add(`${envName(key.slice(0, dot))}_`);
  }
  for (const [name, text] of Object.entries(env)) {
    if (text === undefined || text === '') continue;
    const key = known.get(name);
    if (key !== undefined) {
      values.set(key, text);
    } else if (isSuspicious(name, prefixes, ignore)) {
      const near = suggest(name, known.keys());
      const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
      issues.push({ key: name, source: 'env', message: `unknown environment variable${hint}` });
    }
  }
  return { values, issues };
}

function isSuspicious(name: string, prefixes: Set<string>, ignore: readonly string[]): boolean {
  if (name === 'CONFIG_FILE' || ignore.includes(name)) return false;
  if (FOREIGN_SUFFIXES.some((suffix) => name.endsWith(suffix))) return false;
  for (const prefix of prefixes) if (name.startsWith(prefix)) return true;
  return false;
}
