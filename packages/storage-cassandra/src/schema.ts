import { readFile } from 'node:fs/promises';
import type { CassandraOptions } from './options.ts';

const TEMPLATE = new URL('../../../schemas/cassandra/v004.cql.tmpl', import.meta.url);
const IDENTIFIER = /^[a-z][a-z0-9_]{0,47}$/;

/** Renders Jaeger's v004 schema for the options into single CQL statements. */
export async function renderSchema(
  options: Pick<
    CassandraOptions,
    'keyspace' | 'localDc' | 'replicationFactor' | 'schemaMode' | 'traceTtlSeconds' | 'dependenciesTtlSeconds'
  >,
): Promise<string[]> {
  if (!IDENTIFIER.test(options.keyspace)) {
    throw new Error(`cassandra.keyspace "${options.keyspace}" must be a lowercase CQL identifier`);
  }
  const replication =
    options.schemaMode === 'prod'
      ? `{'class': 'NetworkTopologyStrategy', '${options.localDc}': '${options.replicationFactor}'}`
      : `{'class': 'SimpleStrategy', 'replication_factor': '${options.replicationFactor}'}`;
  // Jaeger's create.sh: a TWCS window of TTL/30 minutes (1 hour for the default 2 days).
  const windowMinutes = Math.max(1, Math.ceil(options.traceTtlSeconds / 60 / 30));
  const values: Record<string, string> = {
    keyspace: options.keyspace,
    replication,
    trace_ttl: String(options.traceTtlSeconds),
    dependencies_ttl: String(options.dependenciesTtlSeconds),
    compaction_window_size: String(windowMinutes),
    compaction_window_unit: 'MINUTES',
  };
  const text = await readFile(TEMPLATE, 'utf8');
  const rendered = text.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown schema template parameter ${name}`);
    return value;
  });
  return rendered
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*\n/)
    .map((statement) => statement.trim().replace(/;$/, ''))
    .filter((statement) => statement.length > 0);
}
