import { allInOneConfig } from '@spanstream/all-in-one';
import { collectorOptionsConfig } from '@spanstream/collector';
import { adminConfig, defineSchema, loggingConfig, mergeSchemas, opt, type Schema } from '@spanstream/config';
import { ingesterConfig } from '@spanstream/ingester';
import { kafkaConsumerConfig, kafkaProducerConfig } from '@spanstream/kafka';
import { queryConfig, queryMainConfig } from '@spanstream/query';
import { STORE_TYPES, storageConfig } from '@spanstream/storage-factory';

/** The processes a CR's components run as. */
export type Component = 'allInOne' | 'collector' | 'query' | 'ingester' | 'agent';

/**
 * Each component's flags, imported from the services (what `--help` prints). The collector builds its
 * own in its `main.ts`; this merge repeats it from the exported parts (a test compares every schema
 * with the binary's `--help`).
 */
export const COMPONENT_SCHEMAS: Readonly<Record<Component, Schema>> = {
  allInOne: allInOneConfig,
  collector: mergeSchemas(
    loggingConfig,
    adminConfig('127.0.0.1:14269'),
    storageConfig(['kafka', 'elasticsearch', 'opensearch', 'cassandra', 'memory'] as const, 'kafka'),
    collectorOptionsConfig,
    kafkaProducerConfig,
  ),
  query: queryMainConfig,
  ingester: ingesterConfig,
  // Jaeger's agent flags (jaeger-agent --help), until Spanstream's agent exports its schema: `up` does
  // not run an agent yet; `render` passes these to the agent container.
  agent: mergeSchemas(
    loggingConfig,
    adminConfig('127.0.0.1:14271'),
    defineSchema({
      'reporter.grpc.host-port': opt.string({ help: 'collector gRPC host:port list', default: '' }),
      'reporter.type': opt.enum(['grpc'], { help: 'reporter type', default: 'grpc' }),
      'agent.tags': opt.string({ help: 'tags added to every process', default: '' }),
      'http-server.host-port': opt.hostPort({ help: 'sampling/config HTTP server', default: ':5778' }),
      'processor.jaeger-compact.server-host-port': opt.hostPort({ help: 'UDP compact', default: ':6831' }),
      'processor.jaeger-binary.server-host-port': opt.hostPort({ help: 'UDP binary', default: ':6832' }),
      'processor.zipkin-compact.server-host-port': opt.hostPort({ help: 'UDP zipkin', default: ':5775' }),
    }),
  ),
};

/** The people-facing name of a component in messages: "the collector's flags". */
export const COMPONENT_LABEL: Readonly<Record<Component, string>> = {
  allInOne: 'all-in-one',
  collector: 'collector',
  query: 'query',
  ingester: 'ingester',
  agent: 'agent',
};

/** Flags that are not storage flags although the all-in-one has them (its components' own). */
const notStorage = new Set(
  Object.keys(
    mergeSchemas(loggingConfig, adminConfig('127.0.0.1:14269'), collectorOptionsConfig, queryConfig),
  ),
);

/**
 * `spec.storage.options`: every storage backend's flags (memory, es, es-archive, cassandra,
 * cassandra-archive), Kafka's for the `kafka` storage, and whatever else the all-in-one accepts beyond
 * its collector and query flags (its own storage choices).
 */
export const STORAGE_SCHEMA: Schema = {
  ...storageConfig(STORE_TYPES, 'memory'),
  ...kafkaProducerConfig,
  ...kafkaConsumerConfig,
  ...Object.fromEntries(Object.entries(allInOneConfig).filter(([key]) => !notStorage.has(key))),
};

/** The `--span-storage.type` values some Spanstream binary accepts. */
export function supportedStorageTypes(): readonly string[] {
  const types = new Set<string>([...STORE_TYPES, 'kafka']);
  for (const schema of [allInOneConfig, COMPONENT_SCHEMAS.collector, COMPONENT_SCHEMAS.query]) {
    for (const choice of schema['span-storage.type']?.choices ?? []) types.add(choice);
  }
  return [...types];
}
