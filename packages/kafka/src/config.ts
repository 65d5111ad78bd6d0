import { defineSchema, mergeSchemas, opt, type ConfigValues } from '@spanstream/config';
import { kafkaClientConfig, kafkaClientOptionsAt } from './client-config.ts';
import type { KafkaClientOptions } from './client-options.ts';
import { COMPRESSION_NAMES } from './compression.ts';
import { PRODUCER_CLIENTS } from './record-sender.ts';
import { SPAN_ENCODINGS } from './encodings.ts';
import type { KafkaSpanWriterOptions } from './span-writer.ts';

type Side = 'producer' | 'consumer';

export { kafkaClientConfig, kafkaClientOptionsAt } from './client-config.ts';

const producerClient = kafkaClientConfig('kafka.producer', 'jaeger-collector');
const consumerClient = kafkaClientConfig('kafka.consumer', 'jaeger-ingester');

export const kafkaProducerConfig = mergeSchemas(
  defineSchema({
    'kafka.producer.topic': opt.string({ help: 'topic spans are written to', default: 'jaeger-spans' }),
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
    'kafka.producer.client': opt.enum(PRODUCER_CLIENTS, {
      help: 'span producer: batch (own record batches on @platformatic/kafka, ADR 0106), platformatic (its Producer) or kafkajs (ADR 0104)',
      default: 'batch',
    }),
    'kafka.producer.schema-registry-url': opt.string({
      help: 'register the span schema (with its imports as references) here and frame protobuf and otlp_proto records in the Confluent wire format',
      default: '',
    }),
  }),
  producerClient,
);

export const kafkaConsumerConfig = mergeSchemas(
  defineSchema({
    'kafka.consumer.topic': opt.string({ help: 'topic spans are read from', default: 'jaeger-spans' }),
    'kafka.consumer.group-id': opt.string({ help: 'consumer group', default: 'jaeger-ingester' }),
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
  consumerClient,
);

type ProducerValues = ConfigValues<typeof kafkaProducerConfig>;
type ConsumerValues = ConfigValues<typeof kafkaConsumerConfig>;

/** Connection options of one side from loaded config values. */
export function kafkaClientOptionsFromConfig(
  values: ProducerValues | ConsumerValues,
  side: Side,
): KafkaClientOptions {
  return kafkaClientOptionsAt(values, `kafka.${side}`);
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
    client: values['kafka.producer.client'],
    ...(schemaId === undefined ? {} : { schemaId }),
  };
}
