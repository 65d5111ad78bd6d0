import {
  adminConfig,
  defineSchema,
  loggingConfig,
  mergeSchemas,
  opt,
  spanStorageConfig,
  type ConfigValues,
} from '@spanstream/config';
import { udpProcessorsConfig } from '@spanstream/agent';
import { collectorOptionsConfig } from '@spanstream/collector';
import { queryConfig } from '@spanstream/query';

/** `--memory.max-traces`: only all-in-one runs the memory store (separate processes cannot share it). */
export const memoryConfig = defineSchema({
  'memory.max-traces': opt.int({
    help: 'the maximum number of traces kept in memory; the oldest is evicted first (0 = unbounded)',
    default: 100_000,
    min: 0,
  }),
});

export const allInOneConfig = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:14269'),
  spanStorageConfig(['memory'], 'memory'),
  memoryConfig,
  collectorOptionsConfig,
  queryConfig,
  // Jaeger's all-in-one also takes UDP Thrift from jaeger-clients (6831 compact, 6832 binary).
  udpProcessorsConfig,
);

export type AllInOneConfig = ConfigValues<typeof allInOneConfig>;
