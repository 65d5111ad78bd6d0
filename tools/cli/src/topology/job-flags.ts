import { usesAliases } from '../cr/check.ts';
import type { Jaeger } from '../cr/schema.ts';
import { storageTypeOf } from '../options/component-flags.ts';

/** The operator's defaults for its cron jobs (apis/v1 normalisation). */
const DEFAULT_SCHEDULE = '55 23 * * *';
const DEFAULT_NUMBER_OF_DAYS = 7;
const SEARCH = ['elasticsearch', 'opensearch'];

/**
 * `spec.storage.esIndexCleaner / esRollover / dependencies` as the jobs worker's flags
 * (`npm run jobs -- worker`): the one place that knows that mapping. As in the operator, the index
 * cleaner is on by default for Elasticsearch/OpenSearch, rollover runs when `es.use-aliases` is true,
 * and dependencies only when enabled explicitly. An empty list: no job, no worker.
 */
export function jobWorkerFlags(cr: Jaeger): string[] {
  const storage = cr.spec?.storage;
  const search = SEARCH.includes(storageTypeOf(cr));
  const flags: string[] = [];
  const cleaner = storage?.esIndexCleaner;
  if (search && cleaner?.enabled !== false) {
    flags.push(
      '--es-index-cleaner.enabled=true',
      `--es-index-cleaner.schedule=${cleaner?.schedule ?? DEFAULT_SCHEDULE}`,
      `--es-index-cleaner.number-of-days=${String(cleaner?.numberOfDays ?? DEFAULT_NUMBER_OF_DAYS)}`,
    );
  }
  if (search && usesAliases(cr)) {
    const rollover = storage?.esRollover;
    flags.push(
      '--es-rollover.enabled=true',
      `--es-rollover.schedule=${rollover?.schedule ?? DEFAULT_SCHEDULE}`,
    );
    if (rollover?.conditions !== undefined) flags.push(`--es-rollover.conditions=${rollover.conditions}`);
  }
  if (storage?.dependencies?.enabled === true) {
    flags.push(
      '--dependencies.enabled=true',
      `--dependencies.schedule=${storage.dependencies.schedule ?? DEFAULT_SCHEDULE}`,
    );
  }
  return flags;
}

/** `spec.storage.cassandraCreateSchema` as our binaries' own schema creation flags (no separate Job). */
export function cassandraSchemaFlags(cr: Jaeger): string[] {
  if (storageTypeOf(cr) !== 'cassandra') return [];
  const spec = cr.spec?.storage?.cassandraCreateSchema;
  const flags = [`--cassandra.create-schema=${String(spec?.enabled ?? true)}`];
  if (spec?.mode !== undefined) flags.push(`--cassandra.schema-mode=${spec.mode}`);
  if (spec?.traceTTL !== undefined) flags.push(`--cassandra.trace-ttl=${spec.traceTTL}`);
  return flags;
}
