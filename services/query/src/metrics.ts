import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';

/** Storage read operations, named as Jaeger's read-metrics decorator names them. */
export type ReadOperation =
  | 'get_services'
  | 'get_operations'
  | 'get_trace'
  | 'find_traces'
  | 'find_trace_ids'
  | 'get_dependencies'
  | 'archive_trace';

export interface QueryMetrics {
  /** Times a storage read and records Jaeger's `jaeger_query_*` series for it. */
  timeRead<T>(operation: ReadOperation, read: () => Promise<T>, count?: (value: T) => number): Promise<T>;
  /** One finished HTTP or gRPC request. */
  observeRequest(transport: 'http' | 'grpc', endpoint: string, status: string, seconds: number): void;
}

/**
 * Jaeger's query metrics (`jaeger_query_requests_total{operation,result}`,
 * `jaeger_query_latency{operation,result}` in seconds, `jaeger_query_responses{operation}`
 * = items returned), plus per-endpoint request counts and latency, which Jaeger
 * does not have on the query side: `spanstream_query_requests_total` and
 * `spanstream_query_request_duration_seconds{transport,endpoint,status}`.
 */
export function createQueryMetrics(registry: Registry): QueryMetrics {
  const requests = new Counter({
    name: 'jaeger_query_requests_total',
    help: 'Storage reads made by the query service, by operation and result (ok|err)',
    labelNames: ['operation', 'result'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'jaeger_query_latency',
    help: 'Latency of storage reads made by the query service, in seconds',
    labelNames: ['operation', 'result'],
    registers: [registry],
  });
  const responses = new Histogram({
    name: 'jaeger_query_responses',
    help: 'Number of items (traces, services, operations, links) returned by a storage read',
    labelNames: ['operation'],
    buckets: [0, 1, 5, 10, 20, 50, 100, 500, 1000, 5000],
    registers: [registry],
  });
  const apiRequests = new Counter({
    name: 'spanstream_query_requests_total',
    help: 'API requests answered by the query service, by transport, endpoint and status',
    labelNames: ['transport', 'endpoint', 'status'],
    registers: [registry],
  });
  const apiLatency = new Histogram({
    name: 'spanstream_query_request_duration_seconds',
    help: 'Time to answer an API request, by transport, endpoint and status',
    labelNames: ['transport', 'endpoint', 'status'],
    registers: [registry],
  });

  return {
    async timeRead(operation, read, count) {
      const stop = latency.startTimer({ operation });
      try {
        const value = await read();
        stop({ result: 'ok' });
        requests.inc({ operation, result: 'ok' });
        if (count !== undefined) responses.observe({ operation }, count(value));
        return value;
      } catch (error) {
        stop({ result: 'err' });
        requests.inc({ operation, result: 'err' });
        throw error;
      }
    },
    observeRequest(transport, endpoint, status, seconds) {
      apiRequests.inc({ transport, endpoint, status });
      apiLatency.observe({ transport, endpoint, status }, seconds);
    },
  };
}
