import { loadConfig } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { ingesterConfig } from './config.ts';
import { ingesterOptionsFromConfig } from './options.ts';

function load(argv: string[], env: Record<string, string> = {}) {
  const outcome = loadConfig(ingesterConfig, { argv, env });
  if (outcome.kind !== 'ok') throw new Error(outcome.kind === 'error' ? outcome.error.message : 'help');
  return outcome.values;
}

describe('ingester configuration', () => {
  it("has Jaeger's defaults for Jaeger's flags", () => {
    const options = ingesterOptionsFromConfig(load([]));
    expect(options.client).toMatchObject({
      brokers: ['127.0.0.1:9092'],
      clientId: 'jaeger-ingester',
      authentication: 'none',
    });
    expect(options.consumer).toMatchObject({
      topic: 'jaeger-spans',
      groupId: 'jaeger-ingester',
      dlqTopic: 'jaeger-spans-dlq',
      deadlockIntervalMs: 0,
      fromBeginning: true,
    });
    expect(options.encoding).toBe('protobuf');
    expect(load([])['admin.http.host-port'].port).toBe(14270);
    expect(load([])['span-storage.type']).toBe('cassandra');
  });

  it('reads flags and their mechanically derived env names (flags win)', () => {
    const values = load(
      [
        '--ingester.deadlockInterval=1m',
        '--kafka.consumer.encoding=otlp_proto',
        '--ingester.max-inflight-bytes=8MiB',
      ],
      {
        KAFKA_CONSUMER_BROKERS: 'a:9092, b:9092',
        KAFKA_CONSUMER_GROUP_ID: 'ingesters',
        INGESTER_DEADLOCKINTERVAL: '5s',
        KAFKA_CONSUMER_AUTHENTICATION: 'plaintext',
        KAFKA_CONSUMER_PLAINTEXT_USERNAME: 'u',
        KAFKA_CONSUMER_PLAINTEXT_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_CONSUMER_TLS_ENABLED: 'true',
        SPAN_STORAGE_TYPE: 'elasticsearch',
      },
    );
    const options = ingesterOptionsFromConfig(values);
    expect(options.consumer.deadlockIntervalMs).toBe(60_000);
    expect(options.consumer.groupId).toBe('ingesters');
    expect(options.consumer.maxInflightBytes).toBe(8 * 1024 * 1024);
    expect(options.encoding).toBe('otlp_proto');
    expect(options.client.brokers).toEqual(['a:9092', 'b:9092']);
    expect(options.client.authentication).toBe('plaintext');
    expect(options.client.plaintext).toMatchObject({ username: 'u', mechanism: 'SCRAM-SHA-512' });
    expect(options.client.tls?.enabled).toBe(true);
    expect(values['span-storage.type']).toBe('elasticsearch');
  });

  it('defaults the group session timeout to 10 s with 3 s heartbeats and the memory bound to 32 MiB, and reads the flags', () => {
    expect(ingesterOptionsFromConfig(load([])).consumer).toMatchObject({
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 3_000,
      rebalanceTimeoutMs: 60_000,
      maxInflightBytes: 32 * 1024 * 1024,
    });
    const values = load(['--kafka.consumer.session-timeout=6s'], { KAFKA_CONSUMER_HEARTBEAT_INTERVAL: '2s' });
    expect(ingesterOptionsFromConfig(values).consumer).toMatchObject({
      sessionTimeoutMs: 6_000,
      heartbeatIntervalMs: 2_000,
    });
  });

  it('refuses an unknown encoding with a message naming the flag', () => {
    expect(() => load(['--kafka.consumer.encoding=zipkin-thrift'])).toThrow(/kafka\.consumer\.encoding/);
  });

  // Was an uncaught KafkaConfigError with a stack trace once the Kafka client was built.
  it('refuses kerberos at config load, naming the flag, the missing GSSAPI and the alternatives', () => {
    for (const input of [
      [['--kafka.consumer.authentication=kerberos'], {}] as const,
      [[], { KAFKA_CONSUMER_AUTHENTICATION: 'kerberos' }] as const,
    ]) {
      expect(() => load([...input[0]], input[1])).toThrow(
        /kafka.consumer.authentication.*kerberos.*GSSAPI.*SCRAM-SHA-512.*docs\/kafka-security\.md/i,
      );
    }
  });
});
