import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Jaeger's Cassandra metric names (`jaeger_cassandra_*`) where they exist, `spanstream_cassandra_*` otherwise. */
export interface CassandraMetrics {
  readonly inserts: Counter<'table'>;
  readonly errors: Counter<'table' | 'kind'>;
  readonly writeLatency: Histogram<'result'>;
  readonly batchSpans: Histogram;
  readonly inflightWrites: Gauge;
  readonly readLatency: Histogram<'query' | 'result'>;
  readonly readErrors: Counter<'query' | 'kind'>;
}

export function createCassandraMetrics(registry?: Registry): CassandraMetrics {
  const registers = registry ? [registry] : [];
  return {
    inserts: new Counter({
      name: 'jaeger_cassandra_inserts_total',
      help: 'Rows inserted into Cassandra, by table',
      labelNames: ['table'],
      registers,
    }),
    errors: new Counter({
      name: 'jaeger_cassandra_errors_total',
      help: 'Failed Cassandra write batches, by table and error kind (unavailable, overloaded, timeout, invalid, internal)',
      labelNames: ['table', 'kind'],
      registers,
    }),
    writeLatency: new Histogram({
      name: 'spanstream_cassandra_write_batch_seconds',
      help: 'Time to write one batch of spans with all their index rows',
      labelNames: ['result'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    batchSpans: new Histogram({
      name: 'spanstream_cassandra_write_batch_spans',
      help: 'Spans per write batch',
      buckets: [1, 10, 50, 100, 500, 1000, 5000],
      registers,
    }),
    inflightWrites: new Gauge({
      name: 'spanstream_cassandra_inflight_write_batches',
      help: 'Write batches in flight',
      registers,
    }),
    readLatency: new Histogram({
      name: 'jaeger_cassandra_read_latency_seconds',
      help: 'Cassandra read latency, by query',
      labelNames: ['query', 'result'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    readErrors: new Counter({
      name: 'jaeger_cassandra_read_errors_total',
      help: 'Failed Cassandra reads, by query and error kind',
      labelNames: ['query', 'kind'],
      registers,
    }),
  };
}
