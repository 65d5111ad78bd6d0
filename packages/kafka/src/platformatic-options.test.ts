import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KafkaConfigError } from './client-options.ts';
import { toPlatformaticOptions } from './platformatic-options.ts';

describe('@platformatic/kafka connection options (the span producer, ADR 0104)', () => {
  it('carries brokers, TLS files and SASL SCRAM over from the same flags as kafkajs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-tls-'));
    writeFileSync(join(dir, 'ca.pem'), 'CA PEM');
    const options = toPlatformaticOptions({
      brokers: ['b:9093', 'c:9093'],
      clientId: 'collector',
      authentication: 'plaintext',
      tls: { enabled: true, ca: join(dir, 'ca.pem'), serverName: 'kafka.internal' },
      plaintext: { username: 'u', password: 'p', mechanism: 'SCRAM-SHA-512' },
    });
    expect(options).toEqual({
      clientId: 'collector',
      bootstrapBrokers: ['b:9093', 'c:9093'],
      tls: { ca: ['CA PEM'], servername: 'kafka.internal', rejectUnauthorized: true },
      sasl: { mechanism: 'SCRAM-SHA-512', username: 'u', password: 'p' },
    });
  });

  it('uses neither TLS nor SASL by default, and refuses what kafkajs refuses', () => {
    expect(toPlatformaticOptions({ brokers: ['b:9092'], clientId: 'c' })).toEqual({
      clientId: 'c',
      bootstrapBrokers: ['b:9092'],
    });
    expect(() =>
      toPlatformaticOptions({ brokers: ['b'], clientId: 'c', authentication: 'kerberos' }),
    ).toThrow(KafkaConfigError);
  });
});
