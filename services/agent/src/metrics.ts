import { Counter, Gauge, type Registry } from 'prom-client';

export type UdpProtocol = 'compact' | 'binary';

/** The agent's metrics, under Jaeger agent's names where it has one (`jaeger_agent_*`). */
export interface AgentMetrics {
  readonly packetsProcessed: Counter<'model' | 'protocol'>;
  readonly packetsDropped: Counter<'model' | 'protocol'>;
  readonly handlerErrors: Counter<'model' | 'protocol'>;
  readonly readErrors: Counter<'model' | 'protocol'>;
  readonly udpQueueSize: Gauge<'model' | 'protocol'>;
  readonly packetSize: Gauge<'model' | 'protocol'>;
  readonly batchesSubmitted: Counter<'format' | 'protocol'>;
  readonly batchesFailures: Counter<'format' | 'protocol'>;
  readonly spansSubmitted: Counter<'format' | 'protocol'>;
  readonly spansFailures: Counter<'format' | 'protocol'>;
  readonly batchSize: Gauge<'format' | 'protocol'>;
  readonly batchesDropped: Counter<'reason'>;
  readonly samplingRequests: Counter<'type'>;
  readonly collectorProxy: Counter<'endpoint' | 'result'>;
}

export interface ReporterQueueGauges {
  readonly batches: () => number;
  readonly spans: () => number;
  readonly capacity: () => number;
}

export function createAgentMetrics(registry: Registry, queue: ReporterQueueGauges): AgentMetrics {
  const udp = ['model', 'protocol'] as const;
  const reporter = ['format', 'protocol'] as const;
  const registers = [registry];
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  gauge(
    'spanstream_agent_reporter_queue_length',
    'batches waiting for or in delivery to a collector',
    queue.batches,
  );
  gauge(
    'spanstream_agent_reporter_queue_spans',
    'spans waiting for or in delivery to a collector',
    queue.spans,
  );
  gauge(
    'spanstream_agent_reporter_queue_capacity',
    'reporter queue bound in batches (--reporter.queue-size)',
    queue.capacity,
  );
  return {
    packetsProcessed: new Counter({
      name: 'jaeger_agent_thrift_udp_server_packets_processed_total',
      help: 'UDP datagrams taken from the server queue',
      labelNames: udp,
      registers,
    }),
    packetsDropped: new Counter({
      name: 'jaeger_agent_thrift_udp_server_packets_dropped_total',
      help: 'UDP datagrams dropped because the server queue was full',
      labelNames: udp,
      registers,
    }),
    handlerErrors: new Counter({
      name: 'jaeger_agent_thrift_udp_t_processor_handler_errors_total',
      help: 'UDP datagrams that were not a valid emitBatch (malformed, truncated, oversize, other method)',
      labelNames: udp,
      registers,
    }),
    readErrors: new Counter({
      name: 'jaeger_agent_thrift_udp_server_read_errors_total',
      help: 'socket errors while reading UDP datagrams',
      labelNames: udp,
      registers,
    }),
    udpQueueSize: new Gauge({
      name: 'jaeger_agent_thrift_udp_server_queue_size',
      help: 'UDP datagrams waiting to be processed',
      labelNames: udp,
      registers,
    }),
    packetSize: new Gauge({
      name: 'jaeger_agent_thrift_udp_server_packet_size',
      help: 'size of the last UDP datagram in bytes',
      labelNames: udp,
      registers,
    }),
    batchesSubmitted: new Counter({
      name: 'jaeger_agent_reporter_batches_submitted_total',
      help: 'batches delivered to a collector',
      labelNames: reporter,
      registers,
    }),
    batchesFailures: new Counter({
      name: 'jaeger_agent_reporter_batches_failures_total',
      help: 'batches not delivered (refused by the collector, or dropped by a full queue)',
      labelNames: reporter,
      registers,
    }),
    spansSubmitted: new Counter({
      name: 'jaeger_agent_reporter_spans_submitted_total',
      help: 'spans delivered to a collector',
      labelNames: reporter,
      registers,
    }),
    spansFailures: new Counter({
      name: 'jaeger_agent_reporter_spans_failures_total',
      help: 'spans not delivered (refused by the collector, or dropped by a full queue)',
      labelNames: reporter,
      registers,
    }),
    batchSize: new Gauge({
      name: 'jaeger_agent_reporter_batch_size',
      help: 'spans in the last batch delivered',
      labelNames: reporter,
      registers,
    }),
    batchesDropped: new Counter({
      name: 'spanstream_agent_reporter_batches_dropped_total',
      help: 'batches dropped, by reason (queue_full, refused, stopping)',
      labelNames: ['reason'],
      registers,
    }),
    samplingRequests: new Counter({
      name: 'jaeger_agent_http_server_requests_total',
      help: 'requests to the sampling HTTP server by type (sampling, sampling-legacy, baggage)',
      labelNames: ['type'],
      registers,
    }),
    collectorProxy: new Counter({
      name: 'jaeger_agent_collector_proxy_total',
      help: 'sampling strategy look-ups at the collectors by result (ok, err, cached)',
      labelNames: ['endpoint', 'result'],
      registers,
    }),
  };
}
