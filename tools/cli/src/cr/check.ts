import type { Schema } from '@spanstream/config';
import { parseUiConfig, UiConfigError } from '@spanstream/query';
import {
  COMPONENT_LABEL,
  COMPONENT_SCHEMAS,
  STORAGE_SCHEMA,
  supportedStorageTypes,
  type Component,
} from '../options/component-schemas.ts';
import { componentFlagEntries, strategyOf, storageTypeOf } from '../options/component-flags.ts';
import { flattenOptions } from '../options/flatten.ts';
import type { CrIssue } from './issue.ts';
import type { Jaeger } from './schema.ts';

const DATABASES = ['elasticsearch', 'opensearch', 'cassandra'];
const SEARCH = ['elasticsearch', 'opensearch'];

/**
 * What the schema alone cannot see: option keys and values against the flags of the binary that
 * receives them, storage types Spanstream does not run, and combinations that cannot work.
 */
export function checkCr(cr: Jaeger): CrIssue[] {
  return [...checkOptions(cr), ...checkStorage(cr), ...checkStreaming(cr), ...checkJobs(cr), ...checkUi(cr)];
}

function checkOptions(cr: Jaeger): CrIssue[] {
  const issues: CrIssue[] = [];
  const components: Component[] = ['allInOne', 'collector', 'query', 'ingester', 'agent'];
  for (const component of components) {
    const options = cr.spec?.[component]?.options;
    issues.push(
      ...checkEntries(
        options,
        `spec.${component}.options`,
        COMPONENT_SCHEMAS[component],
        `the ${COMPONENT_LABEL[component]}'s flags`,
      ),
    );
  }
  const storage = cr.spec?.storage?.options;
  issues.push(...checkEntries(storage, 'spec.storage.options', STORAGE_SCHEMA, 'the storage flags'));
  return issues;
}

function checkEntries(
  options: Readonly<Record<string, unknown>> | undefined,
  basePath: string,
  schema: Schema,
  checkedAgainst: string,
): CrIssue[] {
  const { entries, problems } = flattenOptions(options, basePath);
  const issues: CrIssue[] = [...problems];
  for (const entry of entries) {
    if (entry.key === 'span-storage.type') {
      issues.push({ path: entry.path, message: 'set the storage type with spec.storage.type' });
      continue;
    }
    const option = schema[entry.key];
    if (option === undefined) {
      issues.push({
        path: entry.path,
        message: `unknown option --${entry.key} (checked against ${checkedAgainst})`,
      });
      continue;
    }
    const parsed = option.parse(entry.text);
    if (!parsed.ok) {
      issues.push({
        path: entry.path,
        message: `invalid value ${JSON.stringify(entry.text)} for --${entry.key}: expected ${parsed.expected}`,
      });
    }
  }
  return issues;
}

function checkStorage(cr: Jaeger): CrIssue[] {
  const type = storageTypeOf(cr);
  const strategy = strategyOf(cr);
  const supported = supportedStorageTypes();
  if (!supported.includes(type)) {
    return [
      {
        path: 'spec.storage.type',
        message: `${type} is not a storage Spanstream runs: expected one of ${supported.join('|')}`,
      },
    ];
  }
  if (strategy !== 'allInOne' && !DATABASES.includes(type)) {
    const why =
      type === 'kafka'
        ? strategy === 'production'
          ? 'production writes straight to a database; Kafka between collector and storage is strategy streaming'
          : 'with streaming, spec.storage.type is what the ingester writes to'
        : `${type} storage lives inside one process and cannot be shared by the ${strategy} strategy's collector and query`;
    return [
      {
        path: 'spec.storage.type',
        message: `${type} conflicts with spec.strategy ${strategy}: ${why}; expected one of ${DATABASES.join('|')}`,
      },
    ];
  }
  return [];
}

function checkStreaming(cr: Jaeger): CrIssue[] {
  if (strategyOf(cr) !== 'streaming') return [];
  const issues: CrIssue[] = [];
  const need = (component: 'collector' | 'ingester', key: string): void => {
    if (!componentFlagEntries(cr, component).some((e) => e.key === key)) {
      issues.push({
        path: `spec.${component}.options.${key}`,
        message: 'required by spec.strategy streaming (Spanstream does not provision a Kafka cluster)',
      });
    }
  };
  need('collector', 'kafka.producer.brokers');
  need('ingester', 'kafka.consumer.brokers');
  return issues;
}

function checkJobs(cr: Jaeger): CrIssue[] {
  const storage = cr.spec?.storage;
  const type = storageTypeOf(cr);
  const issues: CrIssue[] = [];
  if (storage?.esIndexCleaner?.enabled === true && !SEARCH.includes(type)) {
    issues.push({
      path: 'spec.storage.esIndexCleaner.enabled',
      message: `needs elasticsearch or opensearch storage, not ${type}`,
    });
  }
  if (storage?.esRollover !== undefined) {
    if (!SEARCH.includes(type)) {
      issues.push({
        path: 'spec.storage.esRollover',
        message: `needs elasticsearch or opensearch storage, not ${type}`,
      });
    } else if (!usesAliases(cr)) {
      issues.push({
        path: 'spec.storage.esRollover',
        message: 'rollover runs only with spec.storage.options.es.use-aliases: true',
      });
    }
    if (storage.esRollover.conditions !== undefined && !isJsonObject(storage.esRollover.conditions)) {
      issues.push({
        path: 'spec.storage.esRollover.conditions',
        message: 'expected a JSON object, e.g. {"max_age": "2d"}',
      });
    }
  }
  if (storage?.dependencies?.enabled === true && !DATABASES.includes(type)) {
    issues.push({
      path: 'spec.storage.dependencies.enabled',
      message: `needs cassandra, elasticsearch or opensearch storage, not ${type}`,
    });
  }
  if (storage?.cassandraCreateSchema !== undefined && type !== 'cassandra') {
    issues.push({
      path: 'spec.storage.cassandraCreateSchema',
      message: `applies to cassandra storage, not ${type}`,
    });
  }
  return issues;
}

/** `es.use-aliases: true` in the storage options (as text, the way the flag receives it). */
export function usesAliases(cr: Jaeger): boolean {
  return flattenOptions(cr.spec?.storage?.options, 'spec.storage.options').entries.some(
    (e) => e.key === 'es.use-aliases' && e.text === 'true',
  );
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** `ui.options` as the query service will read them (its own parser: the same message at startup). */
function checkUi(cr: Jaeger): CrIssue[] {
  const options = cr.spec?.ui?.options;
  if (options === undefined) return [];
  try {
    parseUiConfig('ui.json', JSON.stringify(options));
    return [];
  } catch (error) {
    if (!(error instanceof UiConfigError)) throw error;
    return [{ path: 'spec.ui.options', message: error.message.replace(/^UI config file ui\.json: /, '') }];
  }
}
