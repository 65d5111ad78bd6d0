import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The aggregator's Prometheus metrics (`spanstream_aggregator_*`), on the injected registry. */
export class AggregatorMetrics {
  readonly records: Counter<'result'>;
  readonly spans: Counter;
  readonly edges: Counter;
  readonly joinEntries: Gauge;
  readonly evictedUnmatched: Counter<'reason'>;
  readonly lateRecords: Counter;
  readonly segments: Counter<'result'>;
  readonly segmentWrite: Histogram;
  readonly groupJoined: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.records = new Counter({
      name: 'spanstream_aggregator_records_total',
      help: 'records read: counted, replayed (rebuilding the join after a restart) or undecodable (skipped)',
      labelNames: ['result'],
      registers,
    });
    this.spans = new Counter({
      name: 'spanstream_aggregator_spans_total',
      help: 'spans counted into windows',
      registers,
    });
    this.edges = new Counter({
      name: 'spanstream_aggregator_edges_total',
      help: 'parent→child calls between services found',
      registers,
    });
    this.joinEntries = new Gauge({
      name: 'spanstream_aggregator_join_entries',
      help: 'spans remembered plus children waiting for their parent',
      registers,
    });
    this.evictedUnmatched = new Counter({
      name: 'spanstream_aggregator_join_evicted_unmatched_total',
      help: 'children evicted before their parent arrived: expired (older than the join wait) or overflow (state full)',
      labelNames: ['reason'],
      registers,
    });
    this.lateRecords = new Counter({
      name: 'spanstream_aggregator_late_records_total',
      help: 'records whose window was already written, counted in a later window',
      registers,
    });
    this.segments = new Counter({
      name: 'spanstream_aggregator_segments_written_total',
      help: 'window documents written (dependencies and RED metrics of one partition), by result',
      labelNames: ['result'],
      registers,
    });
    this.segmentWrite = new Histogram({
      name: 'spanstream_aggregator_segment_write_seconds',
      help: 'time to write one window document and commit its offsets',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.groupJoined = new Gauge({
      name: 'spanstream_aggregator_group_joined',
      help: '1 while this member belongs to the consumer group',
      registers,
    });
  }
}
