import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Span } from '@spanstream/model';

/** Jaeger's `format` label: jaeger (Thrift), proto (Jaeger gRPC), otlp, zipkin. */
export type SpanFormat = 'jaeger' | 'proto' | 'otlp' | 'zipkin';
export type Transport = 'http' | 'grpc';

/** Jaeger caps the `svc` label's cardinality per counter family at 4000 names. */
const MAX_SERVICES = 4000;
const OTHER_SERVICES = 'other-services';
const MAX_SERVICE_LABEL = 128;

export interface CollectorMetrics {
  readonly spansReceived: Counter<'format' | 'transport' | 'svc'>;
  readonly spansRejected: Counter<'format' | 'transport' | 'reason'>;
  readonly spansDropped: Counter<'reason'>;
  readonly spansRefused: Counter<'format' | 'transport' | 'reason'>;
  readonly requestsRefused: Counter<'format' | 'transport' | 'reason'>;
  readonly spansSaved: Counter<'result' | 'svc'>;
  readonly spansWarned: Counter<'format'>;
  readonly batchSize: Gauge<'format'>;
  readonly saveLatency: Histogram;
  readonly inQueueLatency: Histogram;
  readonly writeRetries: Counter;
  readonly samplingRequests: Counter<'type'>;
  /** Normalised, cardinality-capped service label. */
  svc(name: string): string;
}

export interface QueueGauges {
  readonly length: () => number;
  readonly capacity: () => number;
  readonly bytes: () => number;
  readonly capacityBytes: () => number;
}

/** Jaeger's collector metric names (`cmd/collector/app/metrics.go`); Spanstream additions use `spanstream_collector_`. */
export function createCollectorMetrics(registry: Registry, queue: QueueGauges): CollectorMetrics {
  const registers = [registry];
  const services = new Set<string>();
  const gauge = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers,
      collect: function (this: Gauge) {
        this.set(read());
      },
    });
  };
  gauge('jaeger_collector_queue_length', 'Spans waiting in the collector queue', queue.length);
  gauge('jaeger_collector_queue_capacity', 'Capacity of the collector queue in spans', queue.capacity);
  gauge('spanstream_collector_queue_bytes', 'Estimated bytes of spans waiting in the queue', queue.bytes);
  gauge(
    'spanstream_collector_queue_capacity_bytes',
    'Byte capacity of the queue (0 = none)',
    queue.capacityBytes,
  );
  return {
    spansReceived: new Counter({
      name: 'jaeger_collector_spans_received_total',
      help: 'Spans received by the collector',
      labelNames: ['format', 'transport', 'svc'],
      registers,
    }),
    spansRejected: new Counter({
      name: 'jaeger_collector_spans_rejected_total',
      help: 'Spans rejected as invalid (the rest of their request is accepted)',
      labelNames: ['format', 'transport', 'reason'],
      registers,
    }),
    spansDropped: new Counter({
      name: 'jaeger_collector_spans_dropped_total',
      help: 'Spans accepted and then lost: write_failed, writer_rejected',
      labelNames: ['reason'],
      registers,
    }),
    // Refused is not dropped: the client got 429/503 (RESOURCE_EXHAUSTED/UNAVAILABLE) and keeps the spans to retry.
    spansRefused: new Counter({
      name: 'spanstream_collector_spans_refused_total',
      help: 'Spans of requests refused as a whole (queue_full, stopping); the client is told to retry',
      labelNames: ['format', 'transport', 'reason'],
      registers,
    }),
    requestsRefused: new Counter({
      name: 'spanstream_collector_requests_refused_total',
      help: 'Requests refused as a whole (queue full, stopping)',
      labelNames: ['format', 'transport', 'reason'],
      registers,
    }),
    spansSaved: new Counter({
      name: 'jaeger_collector_spans_saved_by_svc_total',
      help: 'Spans handed to the span writer, by result',
      labelNames: ['result', 'svc'],
      registers,
    }),
    spansWarned: new Counter({
      name: 'spanstream_collector_spans_sanitized_total',
      help: 'Accepted spans that a sanitizer changed (see the span warnings)',
      labelNames: ['format'],
      registers,
    }),
    batchSize: new Gauge({
      name: 'jaeger_collector_batch_size',
      help: 'Spans in the last received batch',
      labelNames: ['format'],
      registers,
    }),
    saveLatency: new Histogram({
      name: 'jaeger_collector_save_latency',
      help: 'Seconds to write one queued batch (including retries)',
      registers,
    }),
    inQueueLatency: new Histogram({
      name: 'jaeger_collector_in_queue_latency',
      help: 'Seconds a batch waited in the queue',
      registers,
    }),
    writeRetries: new Counter({
      name: 'spanstream_collector_write_retries_total',
      help: 'Writer calls retried after a retriable storage error',
      registers,
    }),
    samplingRequests: new Counter({
      name: 'jaeger_collector_http_server_requests_total',
      help: 'Sampling strategy requests',
      labelNames: ['type'],
      registers,
    }),
    svc(raw) {
      // Labels live as long as the process: cap their length as well as their number.
      const name = raw.length > MAX_SERVICE_LABEL ? raw.slice(0, MAX_SERVICE_LABEL) : raw;
      if (services.has(name)) return name;
      if (services.size >= MAX_SERVICES) return OTHER_SERVICES;
      services.add(name);
      return name;
    },
  };
}

/** Counts per service name without a per-span label lookup (one `inc` per service in the batch). */
export function countByService(spans: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  let lastProcess: Span['process'] | undefined;
  let lastName = '';
  for (const span of spans) {
    if (span.process !== lastProcess) {
      lastProcess = span.process;
      lastName = span.process.serviceName;
    }
    counts.set(lastName, (counts.get(lastName) ?? 0) + 1);
  }
  return counts;
}
