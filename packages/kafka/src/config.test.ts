import { loadConfig } from '@spanstream/config';
import { describe, expect, it } from 'vitest';
import { kafkaClientOptionsFromConfig, kafkaConsumerConfig, kafkaProducerConfig } from './config.ts';

describe('kafka client config', () => {
  it("gives each side Jaeger's client id and brokers, TLS off and no SASL user by default", () => {
    const producer = loadConfig(kafkaProducerConfig, { argv: [], env: {} });
    const consumer = loadConfig(kafkaConsumerConfig, { argv: [], env: {} });
    if (producer.kind !== 'ok' || consumer.kind !== 'ok') throw new Error('defaults do not load');
    const expected = {
      brokers: ['127.0.0.1:9092'],
      authentication: 'none',
      tls: { enabled: false, skipHostVerify: false },
      plaintext: { username: '', password: '', mechanism: 'PLAIN' },
    };
    expect(kafkaClientOptionsFromConfig(producer.values, 'producer')).toEqual({
      ...expected,
      clientId: 'jaeger-collector',
    });
    expect(kafkaClientOptionsFromConfig(consumer.values, 'consumer')).toEqual({
      ...expected,
      clientId: 'jaeger-ingester',
    });
  });

  it('reads the TLS and SASL flags and env, an empty path being no file', () => {
    const outcome = loadConfig(kafkaConsumerConfig, {
      argv: ['--kafka.consumer.tls.enabled', '--kafka.consumer.tls.ca=/ca.pem', '--kafka.consumer.tls.cert='],
      env: {
        KAFKA_CONSUMER_AUTHENTICATION: 'plaintext',
        KAFKA_CONSUMER_PLAINTEXT_USERNAME: 'ingester',
        KAFKA_CONSUMER_PLAINTEXT_MECHANISM: 'SCRAM-SHA-512',
      },
    });
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    const options = kafkaClientOptionsFromConfig(outcome.values, 'consumer');
    expect(options.tls).toEqual({ enabled: true, skipHostVerify: false, ca: '/ca.pem' });
    expect(options.authentication).toBe('plaintext');
    expect(options.plaintext).toEqual({ username: 'ingester', password: '', mechanism: 'SCRAM-SHA-512' });
  });
});
