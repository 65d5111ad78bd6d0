import { defineSchema, mergeSchemas, opt } from '@spanstream/config';
import type { JobModule, JobResult, RunContext } from '../job.ts';
import { parseCommandArgs, parseNonNegativeInt } from '../cli/args.ts';
import {
  connectEs,
  esConnectionCliConfig,
  esConnectionFromValues,
  parseServerUrls,
  type EsConnection,
} from '../es/es-connection.ts';
import { parseEsConnection, storageEsConnection } from '../es/options.ts';
import { deleteIndices, listJaegerIndices } from '../es/jaeger-indices.ts';
import { deletionCutoffMs, indicesToDelete } from './select.ts';

export interface EsIndexCleanerOptions {
  readonly numDays: number;
  readonly es: EsConnection;
  readonly indexPrefix: string;
  readonly indexDateSeparator: string;
  readonly rollover: boolean;
  readonly archive: boolean;
  readonly dryRun: boolean;
  readonly masterTimeoutSeconds: number;
}

/** Jaeger's `jaeger-es-index-cleaner` flags, plus `--dry-run`. */
const cliConfig = mergeSchemas(
  defineSchema({
    'index-prefix': opt.string({ help: 'index prefix (a - is added after it)', default: '' }),
    archive: opt.bool({ help: 'delete archive indices (rollover only)', default: false }),
    rollover: opt.bool({ help: 'delete rollover indices (…-000001) instead of daily ones', default: false }),
    timeout: opt.int({ help: 'seconds to wait for the master node', default: 120, min: 1 }),
    'index-date-separator': opt.string({ help: 'separator in dated index names', default: '-' }),
    'dry-run': opt.bool({ help: 'print the indices that would be deleted, delete nothing', default: false }),
  }),
  esConnectionCliConfig,
);

const workerConfig = defineSchema({
  'es-index-cleaner.number-of-days': opt.int({
    help: 'daily indices kept: today and the days before (Jaeger operator: numberOfDays)',
    default: 7,
    min: 0,
  }),
});

async function run(options: EsIndexCleanerOptions, context: RunContext): Promise<JobResult> {
  const began = Date.now();
  const es = await connectEs(options.es);
  try {
    const indices = await listJaegerIndices(es.transport, options.indexPrefix);
    const selected = indicesToDelete(indices, options, began);
    const cutoff = new Date(deletionCutoffMs(began, options.numDays)).toISOString();
    context.logger.info(
      { cutoff, found: indices.length, selected, dryRun: options.dryRun },
      options.dryRun ? 'indices that would be deleted' : 'deleting indices',
    );
    if (!options.dryRun) await deleteIndices(es.transport, selected, options.masterTimeoutSeconds);
    await context.progress(100);
    return {
      items: options.dryRun ? 0 : selected.length,
      durationMs: Date.now() - began,
      cutoff,
      dryRun: options.dryRun,
      indices: selected,
    };
  } finally {
    await es.close();
  }
}

function parseOptions(raw: unknown): EsIndexCleanerOptions {
  const value = raw as Partial<EsIndexCleanerOptions> | null;
  if (typeof value !== 'object' || value === null)
    throw new Error('es-index-cleaner options: expected an object');
  const numDays = parseNonNegativeInt('numDays', String(value.numDays));
  const text = (name: keyof EsIndexCleanerOptions, fallback: string) => {
    const field = value[name] ?? fallback;
    if (typeof field !== 'string') throw new Error(`es-index-cleaner options: ${name} must be a string`);
    return field;
  };
  return {
    numDays,
    es: parseEsConnection(value.es),
    indexPrefix: text('indexPrefix', ''),
    indexDateSeparator: text('indexDateSeparator', '-'),
    rollover: value.rollover === true,
    archive: value.archive === true,
    dryRun: value.dryRun === true,
    masterTimeoutSeconds: typeof value.masterTimeoutSeconds === 'number' ? value.masterTimeoutSeconds : 120,
  };
}

/** `es-index-cleaner NUM_DAYS URL`: Jaeger's `jaeger-es-index-cleaner`, and the operator's `esIndexCleaner`. */
export const esIndexCleanerJob: JobModule<EsIndexCleanerOptions> = {
  name: 'es-index-cleaner',
  cli: {
    usage:
      'es-index-cleaner NUM_DAYS http://HOST:PORT [--index-prefix P] [--rollover] [--archive] [--dry-run] ...\n' +
      '  deletes the daily span/service/dependencies/sampling indices older than NUM_DAYS days\n' +
      '  (today and the NUM_DAYS-1 days before are kept; days in UTC)',
    config: cliConfig,
    parse(argv, env) {
      const { positionals, values } = parseCommandArgs(cliConfig, argv, env);
      if (positionals.length !== 2)
        throw new Error(`expected NUM_DAYS and the URL, got ${positionals.length} argument(s)`);
      const numDays = parseNonNegativeInt('NUM_DAYS', positionals[0]);
      const urls = parseServerUrls(positionals[1]!);
      return {
        numDays,
        es: esConnectionFromValues(values, urls),
        indexPrefix: values['index-prefix'],
        indexDateSeparator: values['index-date-separator'],
        rollover: values.rollover,
        archive: values.archive,
        dryRun: values['dry-run'],
        masterTimeoutSeconds: values.timeout,
      };
    },
  },
  worker: {
    config: workerConfig,
    fromConfig(values) {
      const { es, indexPrefix, indexDateSeparator, useAliases } = storageEsConnection(
        values,
        'es-index-cleaner',
      );
      return {
        numDays: values['es-index-cleaner.number-of-days'] as number,
        es,
        indexPrefix,
        indexDateSeparator,
        rollover: useAliases,
        archive: false,
        dryRun: false,
        masterTimeoutSeconds: 120,
      };
    },
  },
  parseOptions,
  run,
  process: run,
};
