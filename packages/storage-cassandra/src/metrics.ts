import { Counter, Histogram, type Registry } from 'prom-client';

/** Jaeger's Cassandra metric names (`jaeger_cassandra_*`), labelled by table. */
export interface CassandraMetrics {
  readonly inserts: Counter<'table'>;
  readonly errors: Counter<'table'>;
  readonly writeLatency: Histogram<'table' | 'result'>;
  readonly readLatency: Histogram<'query' | 'result'>;
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
      help: 'Failed Cassandra inserts, by table',
      labelNames: ['table'],
      registers,
    }),
    writeLatency: new Histogram({
      name: 'spanstream_cassandra_write_batch_seconds',
      help: 'Time to write one batch of spans with all their index rows',
      labelNames: ['table', 'result'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers,
    }),
    readLatency: new Histogram({
      name: 'jaeger_cassandra_read_latency_seconds',
      help: 'Cassandra read latency, by query',
      labelNames: ['query', 'result'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers,
    }),
  };
}
