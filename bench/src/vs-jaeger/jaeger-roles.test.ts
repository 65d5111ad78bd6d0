import { describe, expect, it } from 'vitest';
import { jaegerCollectorConfig, jaegerIngesterConfig, jaegerQueryConfig } from './jaeger-roles.ts';

const storage = { kind: 'elasticsearch', url: 'http://127.0.0.1:9200', indexPrefix: 'p' } as const;

describe('Jaeger v2 role configurations', () => {
  it('collector: OTLP/HTTP → Kafka with acks=all, in the Jaeger name of the encoding, no storage or query', () => {
    const config = jaegerCollectorConfig({
      otlpPort: 4318,
      brokers: ['b:9092'],
      topic: 't',
      encoding: 'protobuf',
    });
    expect(config['exporters']).toEqual({
      kafka: {
        brokers: ['b:9092'],
        traces: { topic: 't', encoding: 'jaeger_proto' },
        producer: { required_acks: -1 },
      },
    });
    expect(config['extensions']).toBeUndefined();
    expect(JSON.stringify(config)).toContain('127.0.0.1:4318');
  });

  it('ingester: Kafka → jaeger_storage on the integ-test Elasticsearch, no query API', () => {
    const config = jaegerIngesterConfig({
      brokers: ['b:9092'],
      topic: 't',
      encoding: 'otlp_proto',
      groupId: 'g',
      storage,
    });
    expect(config['receivers']).toEqual({
      kafka: {
        brokers: ['b:9092'],
        traces: { topic: 't', encoding: 'otlp_proto' },
        group_id: 'g',
        initial_offset: 'earliest',
      },
    });
    expect((config['service'] as { extensions: string[] }).extensions).toEqual(['jaeger_storage']);
    expect(JSON.stringify(config)).toContain('"disable_health_check":true');
  });

  it('query: jaeger_query on the storage, a nop pipeline', () => {
    const config = jaegerQueryConfig({ httpPort: 1, grpcPort: 2, storage });
    expect((config['service'] as { pipelines: unknown }).pipelines).toEqual({
      traces: { receivers: ['nop'], processors: ['batch'], exporters: ['nop'] },
    });
    expect(config['extensions']).toMatchObject({
      jaeger_query: { http: { endpoint: '127.0.0.1:1' }, grpc: { endpoint: '127.0.0.1:2' } },
    });
  });
});
