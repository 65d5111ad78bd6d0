/**
 * Jaeger v2 configurations for one role per process, as Jaeger's shipped `config-kafka-collector.yaml`,
 * `config-kafka-ingester.yaml` and `config-query.yaml` lay them out, minus the extensions a role does not
 * need (no query API in the collector or the ingester, no health check, no self-metrics), so each Jaeger
 * process does only the job its Spanstream counterpart does.
 */
import { JAEGER_KAFKA_ENCODING, jaegerStorageBackend, type JaegerStorage } from '@spanstream/interop/jaeger';
import type { BenchEncoding } from './options.ts';

const BACKEND = 'main';
const TELEMETRY = { metrics: { level: 'none' }, logs: { level: 'warn' } };

export interface JaegerCollectorRole {
  readonly otlpPort: number;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly encoding: BenchEncoding;
}

/** OTLP/HTTP → batch → Kafka exporter (franz-go: acks=all is `required_acks: -1`, idempotent by default). */
export function jaegerCollectorConfig(role: JaegerCollectorRole): Record<string, unknown> {
  return {
    service: {
      telemetry: TELEMETRY,
      pipelines: { traces: { receivers: ['otlp'], processors: ['batch'], exporters: ['kafka'] } },
    },
    receivers: { otlp: { protocols: { http: { endpoint: `127.0.0.1:${role.otlpPort}` } } } },
    // The shipped config's batch processor, capped: its defaults build `otlp_proto` records over the
    // broker's 1 MB limit (see /work/shared/reference/jaeger-v2.md). Per-span encodings are unaffected.
    processors: { batch: { timeout: '100ms', send_batch_size: 500, send_batch_max_size: 1000 } },
    exporters: {
      kafka: {
        brokers: role.brokers,
        traces: { topic: role.topic, encoding: JAEGER_KAFKA_ENCODING[role.encoding] },
        producer: { required_acks: -1 },
      },
    },
  };
}

export interface JaegerIngesterRole {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly encoding: BenchEncoding;
  readonly groupId: string;
  readonly storage: JaegerStorage;
}

/** Kafka receiver → batch (shipped defaults) → jaeger_storage_exporter. */
export function jaegerIngesterConfig(role: JaegerIngesterRole): Record<string, unknown> {
  return {
    service: {
      extensions: ['jaeger_storage'],
      telemetry: TELEMETRY,
      pipelines: {
        traces: { receivers: ['kafka'], processors: ['batch'], exporters: ['jaeger_storage_exporter'] },
      },
    },
    extensions: { jaeger_storage: { backends: { [BACKEND]: jaegerStorageBackend(role.storage) } } },
    receivers: {
      kafka: {
        brokers: role.brokers,
        traces: { topic: role.topic, encoding: JAEGER_KAFKA_ENCODING[role.encoding] },
        group_id: role.groupId,
        initial_offset: 'earliest',
      },
    },
    processors: { batch: {} },
    exporters: { jaeger_storage_exporter: { trace_storage: BACKEND } },
  };
}

export interface JaegerQueryRole {
  readonly httpPort: number;
  readonly grpcPort: number;
  readonly storage: JaegerStorage;
}

/** jaeger_query on storage; the pipeline is the shipped query config's nop → nop (a collector needs one). */
export function jaegerQueryConfig(role: JaegerQueryRole): Record<string, unknown> {
  return {
    service: {
      extensions: ['jaeger_storage', 'jaeger_query'],
      telemetry: TELEMETRY,
      pipelines: { traces: { receivers: ['nop'], processors: ['batch'], exporters: ['nop'] } },
    },
    extensions: {
      jaeger_storage: { backends: { [BACKEND]: jaegerStorageBackend(role.storage) } },
      jaeger_query: {
        storage: { traces: BACKEND },
        http: { endpoint: `127.0.0.1:${role.httpPort}` },
        grpc: { endpoint: `127.0.0.1:${role.grpcPort}` },
      },
    },
    receivers: { nop: {} },
    processors: { batch: {} },
    exporters: { nop: {} },
  };
}
