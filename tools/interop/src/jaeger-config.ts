/**
 * Jaeger v2 configurations (an OpenTelemetry Collector config with Jaeger's extensions), as plain
 * objects; JSON is YAML, so they are written to the `--config` file as JSON. Every port is passed in
 * (free ports), so nothing listens on Jaeger's or our defaults. See docs/interop.md for the quirks.
 */
export type JaegerStorage =
  | { readonly kind: 'elasticsearch' | 'opensearch'; readonly url: string; readonly indexPrefix: string }
  | {
      readonly kind: 'cassandra';
      readonly host: string;
      readonly port: number;
      readonly dataCenter: string;
      readonly keyspace: string;
    };

/** Jaeger's Kafka encodings for ours (`--kafka.producer.encoding`/`--kafka.consumer.encoding`). */
export const JAEGER_KAFKA_ENCODING = {
  protobuf: 'jaeger_proto',
  json: 'jaeger_json',
  otlp_proto: 'otlp_proto',
  otlp_json: 'otlp_json',
} as const;
export type OurKafkaEncoding = keyof typeof JAEGER_KAFKA_ENCODING;

export interface KafkaSide {
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly encoding: OurKafkaEncoding;
}

export interface JaegerSetup {
  readonly storage: JaegerStorage;
  /** jaeger_query's HTTP port (v1 API and api_v3); its gRPC port is `grpcPort`. */
  readonly queryPort: number;
  readonly grpcPort: number;
  /** OTLP/HTTP receiver port. */
  readonly otlpPort: number;
  /** OTLP received → this topic (Jaeger's kafka exporter) instead of → storage. */
  readonly kafkaExporter?: KafkaSide;
  /** This topic → storage (Jaeger's kafka receiver, its ingester). */
  readonly kafkaReceiver?: KafkaSide & { readonly groupId: string };
}

const BACKEND = 'main';

export function jaegerConfig(setup: JaegerSetup): Record<string, unknown> {
  const receivers: Record<string, unknown> = {};
  const exporters: Record<string, unknown> = { jaeger_storage_exporter: { trace_storage: BACKEND } };
  const pipelines: Record<string, unknown> = {};
  receivers['otlp'] = { protocols: { http: { endpoint: `127.0.0.1:${setup.otlpPort}` } } };
  const exporter = setup.kafkaExporter ? 'kafka' : 'jaeger_storage_exporter';
  pipelines['traces/otlp'] = { receivers: ['otlp'], processors: ['batch'], exporters: [exporter] };
  if (setup.kafkaExporter) {
    exporters['kafka'] = {
      brokers: setup.kafkaExporter.brokers,
      traces: {
        topic: setup.kafkaExporter.topic,
        encoding: JAEGER_KAFKA_ENCODING[setup.kafkaExporter.encoding],
      },
      producer: { required_acks: -1 },
    };
  }
  if (setup.kafkaReceiver) {
    receivers['kafka'] = {
      brokers: setup.kafkaReceiver.brokers,
      traces: {
        topic: setup.kafkaReceiver.topic,
        encoding: JAEGER_KAFKA_ENCODING[setup.kafkaReceiver.encoding],
      },
      group_id: setup.kafkaReceiver.groupId,
      initial_offset: 'earliest',
    };
    pipelines['traces/kafka'] = {
      receivers: ['kafka'],
      processors: ['batch'],
      exporters: ['jaeger_storage_exporter'],
    };
  }
  return {
    service: {
      extensions: ['jaeger_storage', 'jaeger_query'],
      // The collector's own metrics would listen on :8888.
      telemetry: { metrics: { level: 'none' }, logs: { level: 'warn' } },
      pipelines,
    },
    extensions: {
      jaeger_query: {
        storage: { traces: BACKEND },
        http: { endpoint: `127.0.0.1:${setup.queryPort}` },
        grpc: { endpoint: `127.0.0.1:${setup.grpcPort}` },
      },
      jaeger_storage: { backends: { [BACKEND]: jaegerStorageBackend(setup.storage) } },
    },
    receivers,
    // Small batches: Jaeger's defaults can build Kafka records over the broker's 1 MB limit.
    processors: { batch: { timeout: '100ms', send_batch_size: 500, send_batch_max_size: 1000 } },
    exporters,
  };
}

/** The `jaeger_storage` backend block for `storage` (one backend of `extensions.jaeger_storage.backends`). */
export function jaegerStorageBackend(storage: JaegerStorage): Record<string, unknown> {
  if (storage.kind === 'cassandra') {
    return {
      cassandra: {
        // Jaeger creates its schema only with a data center named (the stack's is datacenter1).
        schema: { keyspace: storage.keyspace, create: true, datacenter: storage.dataCenter },
        connection: {
          servers: [storage.host],
          port: storage.port,
          local_dc: storage.dataCenter,
          tls: { insecure: true },
        },
      },
    };
  }
  return {
    [storage.kind]: {
      server_urls: [storage.url],
      // The stack's Elasticsearch (integ-test distribution) answers GET / with 405: no version probe.
      ...(storage.kind === 'elasticsearch' && { version: 8, disable_health_check: true }),
      indices: {
        index_prefix: storage.indexPrefix,
        spans: { shards: 1, replicas: 0 },
        services: { shards: 1, replicas: 0 },
        dependencies: { shards: 1, replicas: 0 },
        sampling: { shards: 1, replicas: 0 },
      },
    },
  };
}
