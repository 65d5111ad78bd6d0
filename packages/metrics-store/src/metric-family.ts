/**
 * `jaeger.api_v2.metrics.MetricFamily` as Jaeger's query service writes it (gogo jsonpb: camelCase,
 * enum names, RFC 3339 timestamps, empty lists left out).
 */
export interface MetricFamily {
  readonly name: string;
  readonly type: 'GAUGE';
  readonly help: string;
  readonly metrics?: readonly Metric[];
}

export interface Metric {
  readonly labels: readonly { readonly name: string; readonly value: string }[];
  readonly metricPoints: readonly MetricPoint[];
}

export interface MetricPoint {
  readonly gaugeValue: { readonly doubleValue: number };
  readonly timestamp: string;
}

/** google.protobuf.Timestamp in jsonpb: RFC 3339, fraction only when not zero. */
export function protoTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The family's name and help as Jaeger's Prometheus reader sets them (`service_operation_*` when grouped). */
export function familyHeader(
  kind: 'latencies' | 'calls' | 'errors',
  groupByOperation: boolean,
  quantile = 0,
): { name: string; help: string } {
  const base = {
    latencies: {
      name: 'service_latencies',
      help: `${quantile.toFixed(2)}th quantile latency, grouped by service`,
    },
    calls: { name: 'service_call_rate', help: 'calls/sec, grouped by service' },
    errors: {
      name: 'service_error_rate',
      help: 'error rate, computed as a fraction of errors/sec over calls/sec, grouped by service',
    },
  }[kind];
  return groupByOperation
    ? { name: base.name.replace('service', 'service_operation'), help: `${base.help} & operation` }
    : base;
}
