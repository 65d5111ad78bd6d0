import {
  defaultValues,
  defineSchema,
  loadConfig,
  mergeSchemas,
  opt,
  redactUrlCredentials,
  type Schema,
} from '@spanstream/config';
import { cassandraConfig } from '@spanstream/storage-cassandra/config';
import { elasticsearchConfig } from '@spanstream/storage-elasticsearch/config';
import { parseDay } from './day.ts';

export const DEPENDENCIES_STORAGES = ['elasticsearch', 'opensearch', 'cassandra'] as const;
export type DependenciesStorage = (typeof DEPENDENCIES_STORAGES)[number];

/** What one run of the dependencies job needs; JSON as it is (a BullMQ job's data). */
export interface DependenciesOptions {
  /**
   * The UTC day, `YYYY-MM-DD`. Absent: the day the run starts, as Jaeger's spark-dependencies job
   * (`DATE` defaults to today), so a schedule of `55 23 * * *` covers the day about to end.
   */
  readonly date?: string;
  readonly storage: DependenciesStorage;
  /** Trace-ID ranges (ES/OpenSearch) or token ranges (Cassandra) the day is split into. */
  readonly partitions: number;
  /** Partitions scanned at once by an in-process run (the CLI); the worker's are BullMQ child jobs. */
  readonly parallelism: number;
  /**
   * The storage flags that differ from their defaults, as flag text (`{ "es.server-urls": "…" }`),
   * parsed again where the job runs: files they name (`--es.password-file`, TLS) are read there.
   */
  readonly connection: Readonly<Record<string, string>>;
}

export const esConnectionConfig = elasticsearchConfig('es');
export const cassandraConnectionConfig = cassandraConfig('cassandra');

const partitionsOption = opt.int({
  help: 'partitions a day is split into (trace-ID or token ranges); each is one BullMQ child job in the worker',
  default: 8,
  min: 1,
  max: 4096,
});

const cliOptionsConfig = defineSchema({
  date: opt.string({ help: 'UTC day to derive, YYYY-MM-DD (default: today, as Jaeger)' }),
  storage: opt.enum(DEPENDENCIES_STORAGES, { help: 'where the spans are', default: 'elasticsearch' }),
  partitions: partitionsOption,
  parallelism: opt.int({ help: 'partitions scanned at once', default: 2, min: 1, max: 64 }),
});

/** `npm run jobs -- dependencies …`: the job's flags and the storage connection flags. */
export const dependenciesCliConfig = mergeSchemas(
  cliOptionsConfig,
  esConnectionConfig,
  cassandraConnectionConfig,
);

/** The worker's flags for this job (merged by the worker with `--dependencies.enabled/schedule`). */
export const dependenciesWorkerConfig = defineSchema({
  'dependencies.storage': opt.string({
    help: 'elasticsearch, opensearch or cassandra (default: --span-storage.type when the worker has it, else elasticsearch)',
  }),
  'dependencies.partitions': partitionsOption,
});

export const DEPENDENCIES_USAGE =
  'dependencies [--date YYYY-MM-DD] [--storage elasticsearch|opensearch|cassandra] [--partitions N] ' +
  '[--parallelism N] [--es.* | --cassandra.* connection flags]';

/** The CLI's arguments (flags > env > `--config-file`); throws an Error naming what is wrong. */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DependenciesOptions {
  const outcome = loadConfig(dependenciesCliConfig, { argv, env, program: 'jobs dependencies' });
  if (outcome.kind === 'help') throw new Error(outcome.text);
  if (outcome.kind === 'error') throw new Error(redactUrlCredentials(outcome.error.message));
  const { values } = outcome;
  if (values.date !== undefined && values.date !== '') checkDate(values.date, '--date');
  return {
    ...(values.date !== undefined && values.date !== '' && { date: values.date }),
    storage: values.storage,
    partitions: values.partitions,
    parallelism: values.parallelism,
    connection: connectionOf(values.storage, values),
  };
}

/** The worker's configuration (this job's keys and the shared storage flags) to options. */
export function workerOptions(values: Readonly<Record<string, unknown>>): DependenciesOptions {
  const storage = storageFrom(values);
  const partitions = values['dependencies.partitions'];
  return {
    storage,
    partitions: typeof partitions === 'number' ? partitions : partitionsOption.default,
    parallelism: 1,
    connection: connectionOf(storage, values),
  };
}

/** Options from JSON (a scheduled job's data), checked; throws an Error naming the bad value. */
export function parseDependenciesOptions(raw: unknown): DependenciesOptions {
  if (typeof raw !== 'object' || raw === null) throw new Error('dependencies: options must be an object');
  const record = raw as Record<string, unknown>;
  const storage = record['storage'];
  if (!DEPENDENCIES_STORAGES.includes(storage as DependenciesStorage))
    throw new Error(
      `dependencies: storage must be one of ${DEPENDENCIES_STORAGES.join(', ')}, got ${show(storage)}`,
    );
  const integer = (key: string, min: number, max: number): number => {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      throw new Error(`dependencies: ${key} must be an integer in ${min}..${max}, got ${show(value)}`);
    return value;
  };
  const date = record['date'];
  if (date !== undefined) checkDate(date, 'date');
  const connection = record['connection'] ?? {};
  if (typeof connection !== 'object' || connection === null || Array.isArray(connection))
    throw new Error('dependencies: connection must be an object of flag values');
  const options: DependenciesOptions = {
    ...(typeof date === 'string' && { date }),
    storage: storage as DependenciesStorage,
    partitions: integer('partitions', 1, 4096),
    parallelism: integer('parallelism', 1, 64),
    connection: connection as Record<string, string>,
  };
  connectionValues(options); // throws on an unknown key or a bad value
  return options;
}

/** The connection flags as typed values of the storage's schema (defaults where not given). */
export function connectionValues(
  options: Pick<DependenciesOptions, 'storage' | 'connection'>,
): Record<string, unknown> {
  const schema = schemaOf(options.storage);
  const values: Record<string, unknown> = { ...defaultValues(schema) };
  for (const [key, text] of Object.entries(options.connection)) {
    const option = schema[key];
    if (option === undefined) throw new Error(`dependencies: unknown connection flag --${key}`);
    const parsed = typeof text === 'string' ? option.parse(text) : option.fromYaml(text);
    if (!parsed.ok)
      throw new Error(`dependencies: --${key}: invalid value ${show(text)}: expected ${parsed.expected}`);
    values[key] = parsed.value;
  }
  return values;
}

function schemaOf(storage: DependenciesStorage): Schema {
  return storage === 'cassandra' ? cassandraConnectionConfig : esConnectionConfig;
}

/** The storage's flags that differ from their defaults, as text. */
function connectionOf(
  storage: DependenciesStorage,
  values: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const connection: Record<string, string> = {};
  for (const [key, option] of Object.entries(schemaOf(storage))) {
    const value = values[key];
    if (value === undefined || option.format(value) === option.format(option.default)) continue;
    connection[key] = option.format(value);
  }
  return connection;
}

function storageFrom(values: Readonly<Record<string, unknown>>): DependenciesStorage {
  const explicit = values['dependencies.storage'];
  if (explicit !== undefined && explicit !== '') {
    if (DEPENDENCIES_STORAGES.includes(explicit as DependenciesStorage))
      return explicit as DependenciesStorage;
    throw new Error(
      `--dependencies.storage: invalid value ${show(explicit)}: expected one of ${DEPENDENCIES_STORAGES.join(', ')}`,
    );
  }
  const type = values['span-storage.type'];
  return DEPENDENCIES_STORAGES.includes(type as DependenciesStorage)
    ? (type as DependenciesStorage)
    : 'elasticsearch';
}

function checkDate(value: unknown, name: string): void {
  if (typeof value !== 'string' || parseDay(value) === undefined)
    throw new Error(`${name}: invalid value ${show(value)}: expected a date YYYY-MM-DD`);
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);
