import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * Storage metrics. The bulk ones keep Jaeger's names (`jaeger_bulk_index_*`, from the ES
 * bulk processor's write metrics); the rest are Spanstream's.
 */
export interface EsMetrics {
  readonly bulkAttempts: Counter;
  readonly bulkInserts: Counter;
  readonly bulkErrors: Counter;
  readonly bulkLatencyOk: Histogram;
  readonly bulkLatencyErr: Histogram;
  readonly bulkSize: Histogram;
  readonly bulkRetries: Counter;
  readonly inFlight: Gauge;
  readonly readLatency: Histogram<'operation' | 'result'>;
  readonly errors: Counter<'code'>;
}

/** Metrics registered on the given registry (one per process), or on a private one when absent. */
export function createEsMetrics(registry?: Registry): EsMetrics {
  const registers = registry ? [registry] : [];
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    bulkAttempts: new Counter({
      name: 'jaeger_bulk_index_attempts_total',
      help: 'Documents sent in bulk requests',
      registers,
    }),
    bulkInserts: new Counter({
      name: 'jaeger_bulk_index_inserts_total',
      help: 'Documents stored by bulk requests',
      registers,
    }),
    bulkErrors: new Counter({
      name: 'jaeger_bulk_index_errors_total',
      help: 'Documents that failed for good',
      registers,
    }),
    bulkLatencyOk: new Histogram({
      name: 'jaeger_bulk_index_latency_ok',
      help: 'Seconds per successful bulk request',
      buckets: seconds,
      registers,
    }),
    bulkLatencyErr: new Histogram({
      name: 'jaeger_bulk_index_latency_err',
      help: 'Seconds per failed bulk request',
      buckets: seconds,
      registers,
    }),
    bulkSize: new Histogram({
      name: 'spanstream_es_bulk_size_documents',
      help: 'Documents per bulk request',
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000],
      registers,
    }),
    bulkRetries: new Counter({
      name: 'spanstream_es_bulk_retries_total',
      help: 'Documents re-sent after 429/503 or a failed request',
      registers,
    }),
    inFlight: new Gauge({
      name: 'spanstream_es_requests_in_flight',
      help: 'Bulk requests in flight',
      registers,
    }),
    readLatency: new Histogram({
      name: 'spanstream_es_read_latency_seconds',
      help: 'Seconds per read operation',
      labelNames: ['operation', 'result'],
      buckets: seconds,
      registers,
    }),
    errors: new Counter({
      name: 'spanstream_es_errors_total',
      help: 'Storage errors by kind',
      labelNames: ['code'],
      registers,
    }),
  };
}
