import type { Jaeger } from '../cr/schema.ts';
import {
  componentFlagEntries,
  componentsOf,
  spanStorageTypeFor,
  storageEntries,
  strategyOf,
} from '../options/component-flags.ts';
import { COMPONENT_SCHEMAS, type Component } from '../options/component-schemas.ts';
import { toFlags } from '../options/flatten.ts';
import { cassandraSchemaFlags, jobWorkerFlags } from './job-flags.ts';
import { replicaPortFlags } from './ports.ts';

/** A binary of this repository, as the root package.json scripts start it. */
export type Program = 'all-in-one' | 'collector' | 'query' | 'ingester' | 'jobs' | 'aggregator';

/** One process of the topology. */
export interface ProcessSpec {
  /** `collector-1`: component and replica, the prefix of its log lines. */
  readonly name: string;
  readonly program: Program;
  readonly args: readonly string[];
  /** Files the process needs (UI config, sampling strategies): name → JSON content. */
  readonly files: Readonly<Record<string, unknown>>;
  /**
   * A critical process that cannot start stops the whole topology; an optional one (the jobs worker,
   * the aggregator) is given up alone.
   */
  readonly critical: boolean;
}

export interface Topology {
  readonly processes: readonly ProcessSpec[];
  /** Things the CR asks for that this machine's topology leaves out, one line each (logged by `up`). */
  readonly notes: readonly string[];
}

/** Placeholder in args replaced by the directory where `files` are written. */
export const FILES_DIR = '${FILES_DIR}';

const PROGRAM: Readonly<Record<Exclude<Component, 'agent'>, Program>> = {
  allInOne: 'all-in-one',
  collector: 'collector',
  query: 'query',
  ingester: 'ingester',
};

/** The processes a CR runs as, with their flags: what `up` starts and `render` deploys. */
export function planTopology(cr: Jaeger): Topology {
  const strategy = strategyOf(cr);
  const processes: ProcessSpec[] = [];
  const notes: string[] = [];
  for (const component of componentsOf(strategy)) {
    if (component === 'agent') continue;
    const replicas = component === 'allInOne' ? 1 : (cr.spec?.[component]?.replicas ?? 1);
    for (let replica = 0; replica < replicas; replica++) {
      processes.push(componentProcess(cr, component, replica));
    }
  }
  const jobs = jobWorkerFlags(cr);
  if (jobs.length > 0) {
    processes.push({
      name: 'jobs-worker',
      program: 'jobs',
      args: [
        'worker',
        `--span-storage.type=${spanStorageTypeFor(cr, 'query') ?? ''}`,
        ...toFlags(storageEntries(cr)),
        ...jobs,
      ],
      files: {},
      critical: false,
    });
  }
  if (strategy === 'streaming') processes.push(aggregatorProcess(cr));
  if (cr.spec?.agent?.strategy === 'DaemonSet') {
    notes.push(
      'agent.strategy DaemonSet: a node agent is a Kubernetes concern; on one machine clients send to the collector directly',
    );
  }
  if (cr.spec?.storage?.secretName !== undefined) {
    notes.push(
      `storage.secretName ${cr.spec.storage.secretName}: a Kubernetes Secret; set its variables in this environment instead`,
    );
  }
  return { processes, notes };
}

function componentProcess(cr: Jaeger, component: Exclude<Component, 'agent'>, replica: number): ProcessSpec {
  const entries = componentFlagEntries(cr, component);
  const explicit = new Map(entries.map((e) => [e.key, e.text]));
  const files: Record<string, unknown> = {};
  const extra: string[] = [];
  const serves = (key: string): boolean => key in COMPONENT_SCHEMAS[component] && !explicit.has(key);
  const ui = cr.spec?.ui?.options;
  if (ui !== undefined && serves('query.ui-config')) {
    files['ui-config.json'] = ui;
    extra.push(`--query.ui-config=${FILES_DIR}/ui-config.json`);
  }
  const sampling = cr.spec?.sampling?.options;
  if (sampling !== undefined && serves('sampling.strategies-file')) {
    files['sampling-strategies.json'] = sampling;
    extra.push(`--sampling.strategies-file=${FILES_DIR}/sampling-strategies.json`);
  }
  const storageType = spanStorageTypeFor(cr, component);
  const flagKey = (flag: string): string => flag.slice(2, flag.indexOf('='));
  const schemaFlags =
    storageType === 'cassandra' ? cassandraSchemaFlags(cr).filter((f) => serves(flagKey(f))) : [];
  const ports = replicaPortFlags(COMPONENT_SCHEMAS[component], explicit, replica);
  const shifted = new Set(ports.map(flagKey));
  return {
    name: `${PROGRAM[component]}-${String(replica)}`,
    program: PROGRAM[component],
    args: [...schemaFlags, ...toFlags(entries.filter((e) => !shifted.has(e.key))), ...extra, ...ports],
    files,
    critical: true,
  };
}

/**
 * The stream aggregator reads the span topic the ingesters read: the ingester's Kafka consumer brokers
 * and topic, and writes to the same storage.
 */
function aggregatorProcess(cr: Jaeger): ProcessSpec {
  const kafka = componentFlagEntries(cr, 'ingester').filter((e) =>
    ['kafka.consumer.brokers', 'kafka.consumer.topic'].includes(e.key),
  );
  return {
    name: 'aggregator',
    program: 'aggregator',
    args: [
      `--span-storage.type=${spanStorageTypeFor(cr, 'query') ?? ''}`,
      ...toFlags(storageEntries(cr)),
      ...toFlags(kafka),
    ],
    files: {},
    critical: false,
  };
}
