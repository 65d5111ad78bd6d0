import {
  adminConfig,
  defineSchema,
  loggingConfig,
  mergeSchemas,
  opt,
  type ConfigValues,
} from '@spanstream/config';
import { kafkaConsumerConfig } from '@spanstream/kafka';
import { storageConfig } from '@spanstream/storage-factory';

/** `--ingester.*`: Jaeger's two flags plus Spanstream's batching, backpressure and retry settings. */
export const ingesterOptionsConfig = defineSchema({
  'ingester.parallelism': opt.int({
    help: 'storage bulk writes in flight at once (Jaeger: goroutines per partition, default 1000)',
    default: 8,
    min: 1,
  }),
  'ingester.deadlockInterval': opt.duration({
    help: 'interval to check for stuck partitions (lag > 0 and no progress): re-seek, then exit; 0 disables',
    default: '0s',
  }),
  // 32 MiB keeps an ingester's peak RSS ~270 MiB draining a backlog into Elasticsearch (with npm run
  // ingester's heap flags); 16 MiB saves ~35 MiB but halves each fetch and slows drains (ADR 0109).
  'ingester.max-inflight-bytes': opt.byteSize({
    help: 'heap held for received, unwritten records (record bytes x 8, decoded spans included); partitions pause before it is reached',
    default: '32MiB',
  }),
  'ingester.batch-size': opt.int({ help: 'spans per storage bulk write', default: 1000, min: 1 }),
  'ingester.batch-linger': opt.duration({ help: 'longest a partial bulk write waits', default: '100ms' }),
  'ingester.retry.min-interval': opt.duration({ help: 'first retry backoff ceiling', default: '250ms' }),
  'ingester.retry.max-interval': opt.duration({ help: 'largest retry backoff', default: '30s' }),
  'ingester.commit-interval': opt.duration({
    help: 'how often finished offsets are committed',
    default: '200ms',
  }),
  'ingester.span-start-time.max-age': opt.duration({
    help: 'Spanstream: spans starting longer ago are dead-lettered (0 = anything since 2000-01-01)',
    default: '0s',
  }),
  'ingester.span-start-time.max-future': opt.duration({
    help: 'Spanstream: spans starting further ahead of our clock are dead-lettered (0 = no limit)',
    default: '24h',
  }),
  'ingester.drain-timeout': opt.duration({
    help: 'longest a shutdown waits for in-flight writes',
    default: '20s',
  }),
});

export const ingesterConfig = mergeSchemas(
  loggingConfig,
  adminConfig('127.0.0.1:14270'),
  // Jaeger's ingester defaults to Cassandra too; `memory` only makes sense for benches and demos.
  storageConfig(['cassandra', 'elasticsearch', 'opensearch', 'memory'] as const, 'cassandra'),
  kafkaConsumerConfig,
  ingesterOptionsConfig,
);

export type IngesterConfig = ConfigValues<typeof ingesterConfig>;
