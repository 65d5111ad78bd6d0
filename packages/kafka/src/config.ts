import { defineSchema, mergeSchemas, opt, type ConfigValues } from '@spanstream/config';
import {
  KERBEROS_UNSUPPORTED,
  type KafkaAuthentication,
  type KafkaClientOptions,
  type SaslMechanism,
} from './client-options.ts';
import { COMPRESSION_NAMES } from './compression.ts';
import { SPAN_ENCODINGS } from './encodings.ts';
import type { KafkaSpanWriterOptions } from './span-writer.ts';

/** Jaeger's shared auth/TLS flags (§2.3) under `kafka.producer.` or `kafka.consumer.`. */
function authSchema<P extends 'producer' | 'consumer'>(side: P) {
  const p = `kafka.${side}` as const;
  return defineSchema({
    [`${p}.authentication`]: opt.enum(['none', 'tls', 'plaintext', 'kerberos'], {
      help: 'none | tls | plaintext (SASL; combine with .tls.enabled for SASL_SSL) | kerberos (refused: no SASL/GSSAPI in kafkajs)',
      default: 'none',
      unsupported: { kerberos: `none, tls or plaintext; ${KERBEROS_UNSUPPORTED}` },
    }),
    [`${p}.plaintext.username`]: opt.string({ help: 'SASL username', default: '' }),
    [`${p}.plaintext.password`]: opt.string({ help: 'SASL password', default: '' }),
    [`${p}.plaintext.mechanism`]: opt.enum(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'], {
      help: 'SASL mechanism',
      default: 'PLAIN',
    }),
    [`${p}.tls.enabled`]: opt.bool({ help: 'connect with TLS', default: false }),
    [`${p}.tls.ca`]: opt.string({ help: 'CA bundle (PEM file) to verify the brokers', default: '' }),
    [`${p}.tls.cert`]: opt.string({ help: 'client certificate (PEM file)', default: '' }),
    [`${p}.tls.key`]: opt.string({ help: 'client private key (PEM file)', default: '' }),
    [`${p}.tls.server-name`]: opt.string({ help: 'server name expected in the certificate', default: '' }),
    [`${p}.tls.skip-host-verify`]: opt.bool({ help: 'do not verify the broker certificate', default: false }),
  } as Record<`kafka.${P}.${AuthKey}`, AuthOption>);
}

type AuthKey =
  | 'authentication'
  | 'plaintext.username'
  | 'plaintext.password'
  | 'plaintext.mechanism'
  | 'tls.enabled'
  | 'tls.ca'
  | 'tls.cert'
  | 'tls.key'
  | 'tls.server-name'
  | 'tls.skip-host-verify';
type AuthOption = ReturnType<typeof opt.string> | ReturnType<typeof opt.bool> | ReturnType<typeof opt.enum>;

export const kafkaProducerConfig = mergeSchemas(
  defineSchema({
    'kafka.producer.brokers': opt.stringList({
      help: 'Kafka brokers, comma separated',
      default: ['127.0.0.1:9092'],
    }),
    'kafka.producer.topic': opt.string({ help: 'topic spans are written to', default: 'jaeger-spans' }),
    'kafka.producer.client-id': opt.string({ help: 'Kafka client id', default: 'jaeger-collector' }),
    'kafka.producer.encoding': opt.enum(SPAN_ENCODINGS, {
      help: 'otlp_proto | otlp_json (one ExportTraceServiceRequest per trace, as Jaeger v2; keep link attributes) | protobuf | json (one jaeger.api_v2.Span per record, as Jaeger v1)',
      default: 'otlp_proto',
    }),
    'kafka.producer.required-acks': opt.enum(['noack', 'local', 'all'], {
      help: 'acks to wait for; the idempotent producer needs all (Jaeger defaults to local)',
      default: 'all',
    }),
    'kafka.producer.idempotent': opt.bool({
      help: 'idempotent producer (needs required-acks=all)',
      default: true,
    }),
    'kafka.producer.compression': opt.enum(COMPRESSION_NAMES, {
      help: 'record compression',
      default: 'none',
    }),
    'kafka.producer.batch-size': opt.byteSize({
      help: 'bytes gathered before a produce request',
      default: '1MiB',
    }),
    'kafka.producer.batch-linger': opt.duration({ help: 'longest a partial batch waits', default: '0s' }),
    'kafka.producer.max-message-bytes': opt.int({
      help: 'largest record; bigger spans are rejected with a reason (keep ≤ broker message.max.bytes)',
      default: 1_000_000,
      min: 1024,
    }),
    'kafka.producer.schema-registry-url': opt.string({
      help: 'register the span schema here and frame protobuf records in the Confluent wire format',
      default: '',
    }),
  }),
  authSchema('producer'),
);

export const kafkaConsumerConfig = mergeSchemas(
  defineSchema({
    'kafka.consumer.brokers': opt.stringList({
      help: 'Kafka brokers, comma separated',
      default: ['127.0.0.1:9092'],
    }),
    'kafka.consumer.topic': opt.string({ help: 'topic spans are read from', default: 'jaeger-spans' }),
    'kafka.consumer.group-id': opt.string({ help: 'consumer group', default: 'jaeger-ingester' }),
    'kafka.consumer.client-id': opt.string({ help: 'Kafka client id', default: 'jaeger-ingester' }),
    'kafka.consumer.encoding': opt.enum(SPAN_ENCODINGS, {
      help: 'expected encoding; every record is auto-detected (protobuf, json, otlp_proto, otlp_json, schema-registry framing)',
      default: 'protobuf',
    }),
    'kafka.consumer.fetch-max-message-bytes': opt.byteSize({
      help: 'fetch size per partition',
      default: '1MiB',
    }),
    // Not Jaeger v1 flags (sarama-cluster used its 30 s default); Jaeger v2's kafkareceiver has
    // session_timeout 10s / heartbeat_interval 3s, which these follow (docs/ingester.md).
    'kafka.consumer.session-timeout': opt.duration({
      help: 'group session timeout: how long the partitions of a killed ingester stay unconsumed',
      default: '10s',
    }),
    'kafka.consumer.heartbeat-interval': opt.duration({
      help: 'group heartbeat interval (about a third of the session timeout)',
      default: '3s',
    }),
    'kafka.consumer.rebalance-timeout': opt.duration({
      help: 'how long a rebalance waits for live members to finish in-flight writes and rejoin',
      default: '60s',
    }),
    'kafka.consumer.initial-offset': opt.enum(['earliest', 'latest'], {
      help: 'where a new group starts (Jaeger v1: latest; v2 and Spanstream: earliest)',
      default: 'earliest',
    }),
    'kafka.consumer.dlq-topic': opt.string({
      help: 'dead-letter topic for poison messages',
      default: 'jaeger-spans-dlq',
    }),
  }),
  authSchema('consumer'),
);

type ProducerValues = ConfigValues<typeof kafkaProducerConfig>;
type ConsumerValues = ConfigValues<typeof kafkaConsumerConfig>;
type Side = 'producer' | 'consumer';

/** Connection options of one side from loaded config values. */
export function kafkaClientOptionsFromConfig(
  values: ProducerValues | ConsumerValues,
  side: Side,
): KafkaClientOptions {
  // Both sides have the same keys under their own prefix; the schemas above guarantee the types.
  const v = values as unknown as Record<string, unknown>;
  const str = (key: string): string => {
    const value = v[`kafka.${side}.${key}`];
    return typeof value === 'string' ? value : '';
  };
  const bool = (key: string) => v[`kafka.${side}.${key}`] === true;
  const file = (key: string): string | undefined => str(key) || undefined;
  const ca = file('tls.ca');
  const cert = file('tls.cert');
  const key = file('tls.key');
  const serverName = file('tls.server-name');
  return {
    brokers: v[`kafka.${side}.brokers`] as readonly string[],
    clientId: str('client-id'),
    authentication: str('authentication') as KafkaAuthentication,
    tls: {
      enabled: bool('tls.enabled'),
      skipHostVerify: bool('tls.skip-host-verify'),
      ...(ca && { ca }),
      ...(cert && { cert }),
      ...(key && { key }),
      ...(serverName && { serverName }),
    },
    plaintext: {
      username: str('plaintext.username'),
      password: str('plaintext.password'),
      mechanism: str('plaintext.mechanism') as SaslMechanism,
    },
  };
}

export function kafkaWriterOptionsFromConfig(
  values: ProducerValues,
  schemaId?: number,
): KafkaSpanWriterOptions {
  return {
    topic: values['kafka.producer.topic'],
    encoding: values['kafka.producer.encoding'],
    requiredAcks: values['kafka.producer.required-acks'],
    idempotent: values['kafka.producer.idempotent'],
    compression: values['kafka.producer.compression'],
    batchSize: values['kafka.producer.batch-size'],
    batchLingerMs: values['kafka.producer.batch-linger'],
    maxMessageBytes: values['kafka.producer.max-message-bytes'],
    ...(schemaId === undefined ? {} : { schemaId }),
  };
}
