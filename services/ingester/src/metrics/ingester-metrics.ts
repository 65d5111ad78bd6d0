import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const NS = 'jaeger_ingester_';

/**
 * Ingester metrics. Jaeger's names (§3.6 of the inventory: `jaeger_ingester_` namespace, the
 * `sarama_consumer_` family kept so existing dashboards work) where Jaeger has one; the rest
 * are Spanstream's own under `spanstream_ingester_`.
 */
export class IngesterMetrics {
  readonly messages: Counter<'topic' | 'partition'>;
  readonly currentOffset: Gauge<'topic' | 'partition'>;
  readonly offsetLag: Gauge<'topic' | 'partition'>;
  readonly consumerErrors: Counter<'topic' | 'partition'>;
  readonly partitionStart: Counter<'topic' | 'partition'>;
  readonly partitionClose: Counter<'topic' | 'partition'>;
  readonly partitionsHeld: Gauge;
  readonly offsetCommits: Counter<'topic' | 'partition'>;
  readonly lastCommittedOffset: Gauge<'topic' | 'partition'>;
  readonly processorLatency: Histogram;
  readonly processorErrors: Counter;
  readonly retryAttempts: Counter;
  readonly retryExhausted: Counter;
  readonly closeSignalled: Counter<'partition'>;
  readonly panicIssued: Counter<'partition'>;
  readonly spansConsumed: Counter;
  readonly spansWritten: Counter;
  readonly spansFailed: Counter<'reason'>;
  readonly deadLettered: Counter<'reason'>;
  readonly batchSize: Histogram;
  readonly writeLatency: Histogram<'result'>;
  readonly inflightBytes: Gauge;
  readonly heldBytes: Gauge;
  readonly pausedPartitions: Gauge;
  readonly rebalances: Counter;
  readonly groupJoined: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    const tp = ['topic', 'partition'] as const;
    const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Counter<L>({ name, help, labelNames, registers });
    const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Gauge<L>({ name, help, labelNames, registers });
    this.messages = counter(`${NS}sarama_consumer_messages_total`, 'Kafka messages received', tp);
    this.currentOffset = gauge(`${NS}sarama_consumer_current_offset`, 'Last received offset', tp);
    this.offsetLag = gauge(
      `${NS}sarama_consumer_offset_lag`,
      'Partition end offset minus committed offset (refreshed even when idle)',
      tp,
    );
    this.consumerErrors = counter(`${NS}sarama_consumer_errors_total`, 'Consumer errors', tp);
    this.partitionStart = counter(`${NS}sarama_consumer_partition_start_total`, 'Partitions assigned', tp);
    this.partitionClose = counter(`${NS}sarama_consumer_partition_close_total`, 'Partitions revoked', tp);
    this.partitionsHeld = gauge(`${NS}sarama_consumer_partitions_held`, 'Partitions currently assigned');
    this.offsetCommits = counter(`${NS}offset_commits_total`, 'Offset commits', tp);
    this.lastCommittedOffset = gauge(`${NS}last_committed_offset`, 'Last committed offset', tp);
    this.processorLatency = new Histogram({
      name: `${NS}span_processor_latency`,
      help: 'Seconds from a message being received to its spans being durably written',
      registers,
    });
    this.processorErrors = counter(`${NS}span_processor_errors_total`, 'Messages that failed processing');
    this.retryAttempts = counter(`${NS}span_processor_retry_attempts_total`, 'Storage write retries');
    this.retryExhausted = counter(
      `${NS}span_processor_retry_exhausted_total`,
      'Writes that ran out of retries',
    );
    this.closeSignalled = counter(
      `${NS}deadlockdetector_close_signalled_total`,
      'Stuck partitions whose consumption was restarted (re-seek)',
      ['partition'],
    );
    this.panicIssued = counter(
      `${NS}deadlockdetector_panic_issued_total`,
      'Stuck partitions that made the process exit',
      ['partition'],
    );
    this.spansConsumed = counter('spanstream_ingester_spans_consumed_total', 'Spans decoded from Kafka');
    this.spansWritten = counter(
      'spanstream_ingester_spans_written_total',
      'Spans durably written to storage',
    );
    this.spansFailed = counter('spanstream_ingester_spans_failed_total', 'Spans not written', ['reason']);
    this.deadLettered = counter('spanstream_ingester_dlq_messages_total', 'Messages sent to the DLQ', [
      'reason',
    ]);
    this.batchSize = new Histogram({
      name: 'spanstream_ingester_batch_spans',
      help: 'Spans per storage bulk write',
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000],
      registers,
    });
    this.writeLatency = new Histogram({
      name: 'spanstream_ingester_write_latency_seconds',
      help: 'Storage bulk write latency',
      labelNames: ['result'],
      registers,
    });
    this.inflightBytes = gauge(
      'spanstream_ingester_inflight_bytes',
      'Bytes of messages received, not yet written',
    );
    this.heldBytes = gauge(
      'spanstream_ingester_held_bytes',
      'Estimated heap held for received, unwritten messages (bytes, decoded spans, storage requests): what --ingester.max-inflight-bytes bounds',
    );
    this.pausedPartitions = gauge(
      'spanstream_ingester_paused_partitions',
      'Partitions paused for backpressure',
    );
    this.rebalances = counter('spanstream_ingester_rebalances_total', 'Consumer group rebalances');
    this.groupJoined = gauge('spanstream_ingester_group_joined', '1 while a member of the consumer group');
  }
}
