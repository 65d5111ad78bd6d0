import { clientTlsFromConfig, opt, prefixSchema, scopedValues, tlsClientConfig } from '@spanstream/config';
import { KERBEROS_UNSUPPORTED, type KafkaClientOptions } from './client-options.ts';

// The connection flags alone, without the Kafka clients: a binary that only parses them (the query
// with its live tail off) does not load kafkajs or @platformatic/kafka (ADR 0108, lazy loading).
export { SPAN_ENCODINGS } from './encodings.ts';

/** What `kafkaClientOptionsFromConfig` reads: brokers, client id and Jaeger's auth/TLS flags (§2.3). */
function clientOptions(clientId: string) {
  return {
    brokers: opt.stringList({ help: 'Kafka brokers, comma separated', default: ['127.0.0.1:9092'] }),
    'client-id': opt.string({ help: 'Kafka client id', default: clientId }),
    authentication: opt.enum(['none', 'tls', 'plaintext', 'kerberos'], {
      help: 'none | tls | plaintext (SASL; combine with .tls.enabled for SASL_SSL) | kerberos (refused: no SASL/GSSAPI in kafkajs)',
      default: 'none',
      unsupported: { kerberos: `none, tls or plaintext; ${KERBEROS_UNSUPPORTED}` },
    }),
    'plaintext.username': opt.string({ help: 'SASL username', default: '' }),
    'plaintext.password': opt.string({ help: 'SASL password', default: '' }),
    'plaintext.mechanism': opt.enum(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'], {
      help: 'SASL mechanism',
      default: 'PLAIN',
    }),
    ...tlsClientConfig({
      enabled: 'connect with TLS',
      ca: 'CA bundle (PEM file) to verify the brokers',
      cert: 'client certificate (PEM file)',
      key: 'client private key (PEM file)',
      skipHostVerify: 'do not verify the broker certificate',
      fileDefault: '',
    }),
  };
}
type ClientOptions = ReturnType<typeof clientOptions>;

/**
 * The connection flags (brokers, client id, SASL, TLS) under another namespace, for a component
 * with its own Kafka client (the query service's live tail: `query.live.brokers`, ...).
 */
export function kafkaClientConfig<const NS extends string>(namespace: NS, clientId: string) {
  return prefixSchema(namespace, clientOptions(clientId));
}

/** Connection options from flags loaded with `kafkaClientConfig(namespace, ...)`. */
export function kafkaClientOptionsAt(
  values: Readonly<Record<string, unknown>>,
  namespace: string,
): KafkaClientOptions {
  const get = scopedValues<ClientOptions>(values, namespace);
  return {
    brokers: get('brokers'),
    clientId: get('client-id'),
    authentication: get('authentication'),
    tls: clientTlsFromConfig(values, namespace),
    plaintext: {
      username: get('plaintext.username'),
      password: get('plaintext.password'),
      mechanism: get('plaintext.mechanism'),
    },
  };
}
