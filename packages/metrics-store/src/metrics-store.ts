import type { MetricsStorageValues } from './config.ts';
import { createRedisMetricsReader, type MetricsReader } from './redis-reader.ts';
import { createRedisMetricsWriter, type RedMetricsWriter } from './redis-writer.ts';

/** What every endpoint of a disabled metrics store fails with (Jaeger's `disabled.ErrDisabled`, HTTP 501). */
export class MetricsDisabledError extends Error {
  readonly code = 'metrics-disabled';
  constructor() {
    super('metrics querying is currently disabled');
    this.name = 'MetricsDisabledError';
  }
}

/** Jaeger's reader when METRICS_STORAGE_TYPE is not set. */
export function createDisabledMetricsReader(): MetricsReader {
  const disabled = () => Promise.reject(new MetricsDisabledError());
  return {
    getLatencies: disabled,
    getCallRates: disabled,
    getErrorRates: disabled,
    getMinStepDuration: disabled,
  };
}

export interface MetricsStore {
  readonly reader: MetricsReader;
  /** Undefined when metrics are disabled. */
  readonly writer: RedMetricsWriter | undefined;
  close(): Promise<void>;
}

/**
 * The store `--metrics-storage.type` names: Redis, or a disabled reader and no writer. ioredis is
 * imported only for Redis: a query without metrics does not load it (ADR 0108, lazy loading).
 */
export async function openMetricsStore(values: MetricsStorageValues): Promise<MetricsStore> {
  if (values['metrics-storage.type'] === 'none') {
    return { reader: createDisabledMetricsReader(), writer: undefined, close: () => Promise.resolve() };
  }
  const { Redis } = await import('ioredis');
  const redis = new Redis(values['metrics-storage.redis.url'], {
    lazyConnect: false,
    maxRetriesPerRequest: 2,
  });
  // Connection errors surface on the commands that need Redis; ioredis reconnects by itself.
  redis.on('error', () => undefined);
  const keyPrefix = values['metrics-storage.redis.key-prefix'];
  return {
    reader: createRedisMetricsReader(redis, { keyPrefix }),
    writer: createRedisMetricsWriter(redis, {
      keyPrefix,
      retentionMs: values['metrics-storage.redis.retention'],
    }),
    close: async () => {
      await redis.quit().catch(() => {
        redis.disconnect();
      });
    },
  };
}
