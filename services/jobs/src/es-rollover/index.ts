import { defineSchema, mergeSchemas, opt } from '@spanstream/config';
import type { EsTransport } from '@spanstream/storage-elasticsearch';
import { parseCommandArgs } from '../cli/args.ts';
import {
  connectEs,
  esConnectionCliConfig,
  esConnectionFromValues,
  parseServerUrls,
  type EsAdmin,
  type EsConnection,
} from '../es/es-connection.ts';
import { parseEsConnection, storageEsConnection } from '../es/options.ts';
import type { JobModule, JobResult, RunContext } from '../job.ts';
import { initAction, lookbackAction, rolloverAction, type RolloverSettings } from './actions.ts';
import { LOOKBACK_UNITS, parseConditions, type LookbackUnit } from './conditions.ts';

export const ROLLOVER_ACTIONS = ['init', 'rollover', 'lookback'] as const;
export type RolloverActionName = (typeof ROLLOVER_ACTIONS)[number];

export interface EsRolloverOptions extends RolloverSettings {
  /** In order; the CLI runs one, a scheduled run `init,rollover,lookback` (init is idempotent). */
  readonly actions: readonly RolloverActionName[];
  readonly es: EsConnection;
}

const DEFAULT_CONDITIONS = '{"max_age":"2d"}';

/** Jaeger's `jaeger-es-rollover` flags (one set for the three actions; each reads its own). */
const cliConfig = mergeSchemas(
  defineSchema({
    'index-prefix': opt.string({ help: 'index prefix (a - is added after it)', default: '' }),
    archive: opt.bool({ help: 'handle the archive indices (jaeger-span-archive) only', default: false }),
    'skip-dependencies': opt.bool({ help: 'leave the dependencies index alone', default: false }),
    'adaptive-sampling': opt.bool({ help: 'also handle the sampling index', default: false }),
    timeout: opt.int({ help: 'seconds to wait for the master node', default: 120, min: 1 }),
    'es.use-ilm': opt.bool({
      help: 'init: indices managed by an ILM policy (Elasticsearch 7+)',
      default: false,
    }),
    'es.ilm-policy-name': opt.string({
      help: 'init: the ILM policy (must exist)',
      default: 'jaeger-ilm-policy',
    }),
    shards: opt.int({ help: 'init: shards per index', default: 5, min: 1 }),
    replicas: opt.int({ help: 'init: replicas per index', default: 1, min: 0 }),
    'priority-span-template': opt.int({ help: 'init: span template priority', default: 0 }),
    'priority-service-template': opt.int({ help: 'init: service template priority', default: 0 }),
    'priority-dependencies-template': opt.int({ help: 'init: dependencies template priority', default: 0 }),
    conditions: opt.string({
      help: 'rollover: conditions of a new write index (JSON)',
      default: DEFAULT_CONDITIONS,
    }),
    unit: opt.enum(LOOKBACK_UNITS, { help: 'lookback: unit of the read alias period', default: 'days' }),
    'unit-count': opt.int({ help: 'lookback: units kept in the read alias', default: 1, min: 0 }),
  }),
  esConnectionCliConfig,
);

const workerConfig = defineSchema({
  'es-rollover.conditions': opt.string({
    help: 'conditions of a new write index, JSON (Jaeger operator: esRollover.conditions)',
    default: DEFAULT_CONDITIONS,
  }),
  'es-rollover.unit': opt.enum(LOOKBACK_UNITS, {
    help: 'unit of the read alias period (readTTL)',
    default: 'days',
  }),
  'es-rollover.unit-count': opt.int({ help: 'units kept in the read alias (readTTL)', default: 1, min: 0 }),
  'es-rollover.use-ilm': opt.bool({
    help: 'templates name an ILM policy (Elasticsearch 7+)',
    default: false,
  }),
  'es-rollover.ilm-policy-name': opt.string({
    help: 'the ILM policy (must exist)',
    default: 'jaeger-ilm-policy',
  }),
});

async function checkIlm(es: EsAdmin, settings: RolloverSettings): Promise<void> {
  if (!settings.useIlm) return;
  if (es.flavor !== 'elasticsearch' || es.majorVersion < 7)
    throw new Error('--es.use-ilm needs Elasticsearch 7 or later (OpenSearch has ISM instead)');
  const policy = await es.transport.request(
    { method: 'GET', path: `/_ilm/policy/${encodeURIComponent(settings.ilmPolicyName)}` },
    [404],
  );
  if (policy.statusCode === 404)
    throw new Error(`ILM policy ${settings.ilmPolicyName} does not exist: create it, then run init again`);
}

async function runAction(
  name: RolloverActionName,
  transport: EsTransport,
  options: EsRolloverOptions,
): Promise<string[]> {
  switch (name) {
    case 'init':
      return initAction(transport, options);
    case 'rollover':
      return rolloverAction(transport, options);
    case 'lookback':
      return lookbackAction(transport, options, Date.now());
  }
}

async function run(options: EsRolloverOptions, context: RunContext): Promise<JobResult> {
  const began = Date.now();
  const es = await connectEs(options.es);
  try {
    if (options.actions.includes('init')) await checkIlm(es, options);
    const details: Record<string, string[]> = {};
    let items = 0;
    for (const [step, action] of options.actions.entries()) {
      const changes = await runAction(action, es.transport, options);
      details[action] = changes;
      items += changes.length;
      context.logger.info({ action, changes }, `es-rollover ${action} done`);
      await context.progress(Math.round(((step + 1) / options.actions.length) * 100));
    }
    return { items, durationMs: Date.now() - began, ...details };
  } finally {
    await es.close();
  }
}

function parseOptions(raw: unknown): EsRolloverOptions {
  const value = raw as Partial<EsRolloverOptions> | null;
  if (typeof value !== 'object' || value === null) throw new Error('es-rollover options: expected an object');
  const actions: unknown = value.actions ?? [];
  const known = (action: unknown): action is RolloverActionName =>
    ROLLOVER_ACTIONS.includes(action as RolloverActionName);
  if (!Array.isArray(actions) || !actions.every(known))
    throw new Error(`es-rollover options: actions must be among ${ROLLOVER_ACTIONS.join(', ')}`);
  if (typeof value.conditions !== 'object' || value.conditions === null)
    throw new Error('es-rollover options: conditions must be an object');
  if (value.unit === undefined || !LOOKBACK_UNITS.includes(value.unit))
    throw new Error(`es-rollover options: unit must be one of ${LOOKBACK_UNITS.join(', ')}`);
  const int = (field: unknown, name: string, fallback: number) => {
    const number = field ?? fallback;
    if (typeof number !== 'number' || !Number.isSafeInteger(number))
      throw new Error(`es-rollover options: ${name} must be an integer`);
    return number;
  };
  const priorities = value.priorities ?? { span: 0, service: 0, dependencies: 0 };
  return {
    actions,
    es: parseEsConnection(value.es),
    indexPrefix: typeof value.indexPrefix === 'string' ? value.indexPrefix : '',
    archive: value.archive === true,
    skipDependencies: value.skipDependencies === true,
    adaptiveSampling: value.adaptiveSampling === true,
    shards: int(value.shards, 'shards', 5),
    replicas: int(value.replicas, 'replicas', 1),
    priorities: {
      span: int(priorities.span, 'priorities.span', 0),
      service: int(priorities.service, 'priorities.service', 0),
      dependencies: int(priorities.dependencies, 'priorities.dependencies', 0),
    },
    useIlm: value.useIlm === true,
    ilmPolicyName: typeof value.ilmPolicyName === 'string' ? value.ilmPolicyName : 'jaeger-ilm-policy',
    conditions: value.conditions,
    unit: value.unit,
    unitCount: int(value.unitCount, 'unitCount', 1),
    masterTimeoutSeconds: int(value.masterTimeoutSeconds, 'masterTimeoutSeconds', 120),
  };
}

/** `es-rollover init|rollover|lookback URL`: Jaeger's `jaeger-es-rollover`, and the operator's `esRollover`. */
export const esRolloverJob: JobModule<EsRolloverOptions> = {
  name: 'es-rollover',
  cli: {
    usage:
      'es-rollover init|rollover|lookback http://HOST:PORT [--index-prefix P] [--conditions JSON] [--unit U --unit-count N] ...\n' +
      '  init: index templates, <prefix>jaeger-{span,service,dependencies}-000001 and their -read/-write aliases\n' +
      '  rollover: a new write index when the conditions hold; lookback: old indices leave the read alias',
    config: cliConfig,
    parse(argv, env) {
      const { positionals, values } = parseCommandArgs(cliConfig, argv, env);
      const [action, url, ...rest] = positionals;
      if (action === undefined || !ROLLOVER_ACTIONS.includes(action as RolloverActionName))
        throw new Error(
          `expected an action, one of ${ROLLOVER_ACTIONS.join(', ')}, got ${JSON.stringify(action ?? '')}`,
        );
      if (url === undefined || rest.length > 0)
        throw new Error(`expected the action and the URL, got ${positionals.length} argument(s)`);
      return {
        actions: [action as RolloverActionName],
        es: esConnectionFromValues(values, parseServerUrls(url)),
        indexPrefix: values['index-prefix'],
        archive: values.archive,
        skipDependencies: values['skip-dependencies'],
        adaptiveSampling: values['adaptive-sampling'],
        shards: values.shards,
        replicas: values.replicas,
        priorities: {
          span: values['priority-span-template'],
          service: values['priority-service-template'],
          dependencies: values['priority-dependencies-template'],
        },
        useIlm: values['es.use-ilm'],
        ilmPolicyName: values['es.ilm-policy-name'],
        conditions: parseConditions(values.conditions),
        unit: values.unit,
        unitCount: values['unit-count'],
        masterTimeoutSeconds: values.timeout,
      };
    },
  },
  worker: {
    config: workerConfig,
    fromConfig(values) {
      const storage = storageEsConnection(values, 'es-rollover');
      return {
        actions: ['init', 'rollover', 'lookback'],
        es: storage.es,
        indexPrefix: storage.indexPrefix,
        archive: false,
        skipDependencies: false,
        adaptiveSampling: false,
        shards: storage.numShards,
        replicas: storage.numReplicas,
        priorities: { span: 0, service: 0, dependencies: 0 },
        useIlm: values['es-rollover.use-ilm'] as boolean,
        ilmPolicyName: values['es-rollover.ilm-policy-name'] as string,
        conditions: parseConditions(values['es-rollover.conditions'] as string, '--es-rollover.conditions'),
        unit: values['es-rollover.unit'] as LookbackUnit,
        unitCount: values['es-rollover.unit-count'] as number,
        masterTimeoutSeconds: 120,
      };
    },
  },
  parseOptions,
  run,
  process: run,
};
