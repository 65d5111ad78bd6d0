import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KafkaConfigError, parseBrokers, toKafkaConfig } from './client-options.ts';

describe('Kafka client options (Jaeger auth flags)', () => {
  it('parses comma-separated brokers, stripping whitespace', () => {
    expect(parseBrokers(' a:9092, b:9093 ,,')).toEqual(['a:9092', 'b:9093']);
  });

  it('combines TLS and SASL when tls.enabled is set with plaintext authentication (SASL_SSL)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-tls-'));
    writeFileSync(join(dir, 'ca.pem'), 'CA PEM');
    const config = toKafkaConfig({
      brokers: ['b:9093'],
      clientId: 'c',
      authentication: 'plaintext',
      tls: { enabled: true, ca: join(dir, 'ca.pem'), serverName: 'kafka.internal' },
      plaintext: { username: 'u', password: 'p', mechanism: 'SCRAM-SHA-256' },
    });
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'u', password: 'p' });
    expect(config.ssl).toEqual({ ca: ['CA PEM'], servername: 'kafka.internal', rejectUnauthorized: true });
  });

  it('applies TLS for authentication=tls, with host verification switchable off', () => {
    const config = toKafkaConfig({
      brokers: ['b'],
      clientId: 'c',
      authentication: 'tls',
      tls: { skipHostVerify: true },
    });
    expect(config.ssl).toEqual({ rejectUnauthorized: false });
    expect(config.sasl).toBeUndefined();
  });

  it('uses neither without authentication', () => {
    const config = toKafkaConfig({ brokers: ['b'], clientId: 'c' });
    expect(config.ssl).toBeUndefined();
    expect(config.sasl).toBeUndefined();
  });

  it('refuses kerberos, SASL without a user and an empty broker list', () => {
    expect(() => toKafkaConfig({ brokers: ['b'], clientId: 'c', authentication: 'kerberos' })).toThrow(
      KafkaConfigError,
    );
    expect(() => toKafkaConfig({ brokers: ['b'], clientId: 'c', authentication: 'plaintext' })).toThrow(
      /username/,
    );
    expect(() => toKafkaConfig({ brokers: [], clientId: 'c' })).toThrow(/brokers/);
  });
});
