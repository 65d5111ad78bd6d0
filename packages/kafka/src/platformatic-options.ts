import type { ProducerOptions } from '@platformatic/kafka';
import { toKafkaConfig, type KafkaClientOptions } from './client-options.ts';

type ConnectionOptions = Pick<
  ProducerOptions<Buffer, Buffer, Buffer, Buffer>,
  'clientId' | 'bootstrapBrokers' | 'tls' | 'sasl'
>;

/**
 * The same connection settings for @platformatic/kafka: brokers, TLS (files read once) and SASL
 * PLAIN/SCRAM, derived from the kafkajs config so both clients refuse and accept the same flags.
 */
export function toPlatformaticOptions(options: KafkaClientOptions): ConnectionOptions {
  const config = toKafkaConfig(options);
  const sasl = config.sasl;
  if (sasl !== undefined && !('username' in sasl && 'password' in sasl)) {
    throw new Error(`SASL mechanism ${sasl.mechanism} has no @platformatic/kafka mapping`);
  }
  return {
    clientId: options.clientId,
    bootstrapBrokers: [...options.brokers],
    ...(typeof config.ssl === 'object' ? { tls: config.ssl } : {}),
    ...(sasl === undefined
      ? {}
      : {
          sasl: {
            mechanism: sasl.mechanism.toUpperCase() as 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512',
            username: sasl.username,
            password: sasl.password,
          },
        }),
  };
}
