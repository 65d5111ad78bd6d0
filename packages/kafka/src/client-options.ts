import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import type { ClientTlsOptions } from '@spanstream/config';

export type KafkaAuthentication = 'none' | 'tls' | 'plaintext' | 'kerberos';
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

/** TLS options, Jaeger's `--kafka.{producer,consumer}.tls.*` flags. Paths are PEM files. */
export type KafkaTlsOptions = ClientTlsOptions;

/** Connection settings shared by producer and consumer (Jaeger §2.3 auth flags). */
export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly authentication?: KafkaAuthentication;
  readonly tls?: KafkaTlsOptions;
  readonly plaintext?: {
    readonly username: string;
    readonly password: string;
    readonly mechanism?: SaslMechanism;
  };
}

/** Why `authentication=kerberos` is refused, at config load and again when a client is built. */
export const KERBEROS_UNSUPPORTED =
  'kerberos (SASL/GSSAPI) is not supported: kafkajs has no GSSAPI mechanism. Use plaintext with SCRAM-SHA-512 over TLS ' +
  '(.tls.enabled), or TLS client certificates (tls); see docs/kafka-security.md';

/** Thrown for settings that can never work; the service refuses to start (Jaeger exits likewise). */
export class KafkaConfigError extends Error {
  override readonly name = 'KafkaConfigError';
}

/** Comma list to broker addresses, whitespace stripped (as Jaeger). */
export function parseBrokers(value: string | readonly string[]): string[] {
  const parts = typeof value === 'string' ? value.split(',') : value;
  return parts.map((b) => b.trim()).filter((b) => b.length > 0);
}

function tlsConfig(tls: KafkaTlsOptions): ConnectionOptions {
  const read = (path: string | undefined) => (path ? readFileSync(path, 'utf8') : undefined);
  const ca = read(tls.ca);
  const cert = read(tls.cert);
  const key = read(tls.key);
  return {
    ...(ca === undefined ? {} : { ca: [ca] }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
    ...(tls.serverName ? { servername: tls.serverName } : {}),
    rejectUnauthorized: !(tls.skipHostVerify ?? false),
  };
}

function saslConfig(options: KafkaClientOptions): SASLOptions {
  const plain = options.plaintext;
  if (!plain?.username) throw new KafkaConfigError('authentication=plaintext needs .plaintext.username');
  const mechanism = plain.mechanism ?? 'PLAIN';
  switch (mechanism) {
    case 'PLAIN':
      return { mechanism: 'plain', username: plain.username, password: plain.password };
    case 'SCRAM-SHA-256':
      return { mechanism: 'scram-sha-256', username: plain.username, password: plain.password };
    case 'SCRAM-SHA-512':
      return { mechanism: 'scram-sha-512', username: plain.username, password: plain.password };
  }
}

/**
 * kafkajs client config. As in Jaeger ≥ 1.66 (#7395), TLS is applied when authentication=tls OR
 * tls.enabled, so TLS and SASL combine. Kerberos has no kafkajs mechanism: refused (docs/kafka-security.md).
 */
export function toKafkaConfig(options: KafkaClientOptions): KafkaConfig {
  const auth = options.authentication ?? 'none';
  if (auth === 'kerberos') throw new KafkaConfigError(KERBEROS_UNSUPPORTED);
  if (options.brokers.length === 0) throw new KafkaConfigError('no Kafka brokers configured');
  const useTls = auth === 'tls' || (options.tls?.enabled ?? false);
  return {
    clientId: options.clientId,
    brokers: [...options.brokers],
    ...(useTls ? { ssl: tlsConfig(options.tls ?? {}) } : {}),
    ...(auth === 'plaintext' ? { sasl: saslConfig(options) } : {}),
  };
}
