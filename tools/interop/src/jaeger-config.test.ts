import { describe, expect, it } from 'vitest';
import { jaegerConfig, type JaegerSetup } from './jaeger-config.ts';

const ports = { queryPort: 1, grpcPort: 2, otlpPort: 3 };
const es: JaegerSetup = {
  ...ports,
  storage: { kind: 'elasticsearch', url: 'http://127.0.0.1:9200', indexPrefix: 'p1' },
};
type Json = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], value);

describe('jaegerConfig', () => {
  it('runs Elasticsearch without the version probe the stack cannot answer, on its own prefix', () => {
    const backend = at(jaegerConfig(es), 'extensions', 'jaeger_storage', 'backends', 'main', 'elasticsearch');
    expect(backend).toMatchObject({
      version: 8,
      disable_health_check: true,
      indices: { index_prefix: 'p1' },
    });
  });

  it('lets OpenSearch probe its version (it answers GET /)', () => {
    const config = jaegerConfig({
      ...es,
      storage: { ...es.storage, kind: 'opensearch' } as JaegerSetup['storage'],
    });
    const backend = at(config, 'extensions', 'jaeger_storage', 'backends', 'main', 'opensearch') as Json;
    expect(backend['version']).toBeUndefined();
  });

  it('names the data center Cassandra schema creation needs', () => {
    const config = jaegerConfig({
      ...ports,
      storage: { kind: 'cassandra', host: 'h', port: 9042, dataCenter: 'dc1', keyspace: 'ks' },
    });
    expect(at(config, 'extensions', 'jaeger_storage', 'backends', 'main', 'cassandra')).toMatchObject({
      schema: { keyspace: 'ks', create: true, datacenter: 'dc1' },
      connection: { local_dc: 'dc1', servers: ['h'], port: 9042 },
    });
  });

  it('puts every listener on the given ports and keeps its own metrics off :8888', () => {
    const config = jaegerConfig(es);
    expect(at(config, 'extensions', 'jaeger_query', 'http', 'endpoint')).toBe('127.0.0.1:1');
    expect(at(config, 'extensions', 'jaeger_query', 'grpc', 'endpoint')).toBe('127.0.0.1:2');
    expect(at(config, 'receivers', 'otlp', 'protocols', 'http', 'endpoint')).toBe('127.0.0.1:3');
    expect(at(config, 'service', 'telemetry', 'metrics', 'level')).toBe('none');
    expect(at(config, 'service', 'pipelines', 'traces/otlp', 'exporters')).toEqual([
      'jaeger_storage_exporter',
    ]);
  });

  it("maps our Kafka encodings to Jaeger's for its exporter and receiver", () => {
    const kafka = { brokers: ['b:9092'], encoding: 'protobuf' as const };
    const config = jaegerConfig({
      ...es,
      kafkaExporter: { ...kafka, topic: 'out' },
      kafkaReceiver: { ...kafka, encoding: 'json', topic: 'in', groupId: 'g' },
    });
    expect(at(config, 'exporters', 'kafka', 'traces')).toEqual({ topic: 'out', encoding: 'jaeger_proto' });
    expect(at(config, 'receivers', 'kafka')).toMatchObject({
      traces: { topic: 'in', encoding: 'jaeger_json' },
      group_id: 'g',
      initial_offset: 'earliest',
    });
    expect(at(config, 'service', 'pipelines', 'traces/otlp', 'exporters')).toEqual(['kafka']);
    expect(at(config, 'service', 'pipelines', 'traces/kafka', 'receivers')).toEqual(['kafka']);
  });
});
