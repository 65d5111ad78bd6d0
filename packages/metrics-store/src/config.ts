import { defineSchema, opt, type ConfigValues } from '@spanstream/config';

/**
 * `--metrics-storage.type` (env METRICS_STORAGE_TYPE, Jaeger's name): where RED metrics live. `none` =
 * Jaeger without a metrics backend (/api/metrics/* answer 501).
 */
export const metricsStorageConfig = defineSchema({
  'metrics-storage.type': opt.enum(['none', 'redis'], {
    help: 'RED metrics store read by /api/metrics/* and written by the aggregator: none | redis',
    default: 'none',
  }),
  'metrics-storage.redis.url': opt.string({
    help: 'Redis server of the RED metrics (redis://[user:password@]host:port[/db])',
    default: 'redis://127.0.0.1:6379',
  }),
  'metrics-storage.redis.key-prefix': opt.string({
    help: 'prefix of every key the RED metrics use',
    default: 'spanstream:metrics:',
  }),
  'metrics-storage.redis.retention': opt.duration({
    help: 'how long RED counters are kept (each minute of each service is one hash)',
    default: '24h',
  }),
});

export type MetricsStorageValues = ConfigValues<typeof metricsStorageConfig>;
