export type {
  KafkaAuthentication,
  SaslMechanism,
  KafkaTlsOptions,
  KafkaClientOptions,
} from './client-options.ts';
export { KafkaConfigError, parseBrokers, toKafkaConfig } from './client-options.ts';
export type { CompressionName } from './compression.ts';
export { COMPRESSION_NAMES, registerCompressionCodecs } from './compression.ts';
export type { KafkaClient } from './kafka-client.ts';
export { createKafkaClient } from './kafka-client.ts';
export type { KafkaLogger } from './logger.ts';
export { silentLogger } from './logger.ts';
export type { IncomingMessage, RejectedSpan, DecodeOutcome } from './message.ts';
export type { FramedEncoding, SpanEncoding } from './encodings.ts';
export { SPAN_ENCODINGS, decodeMessage, detectEncoding, isFramedEncoding } from './encodings.ts';
export type { ConfluentFrame } from './schema-registry.ts';
export { frameConfluent, unframeConfluent } from './schema-registry.ts';
export type { SchemaReference } from './schema-registration.ts';
export { registerSpanSchema, registrySchemaOf } from './schema-registration.ts';
export { SchemaRegistryError } from './schema-registry-http.ts';
export type { SchemaIdentity, SchemaLookup } from './schema-lookup.ts';
export { createSchemaLookup, firstMessageType } from './schema-lookup.ts';
export type { DeadLetterError, DeadLetterSink } from './dead-letter-sink.ts';
export { DEFAULT_DLQ_TOPIC, DLQ_HEADERS, KafkaDeadLetterSink } from './dead-letter-producer.ts';
export { JAEGER_SPAN_PROTO } from './span-schema.ts';
export type {
  RequiredAcks,
  KafkaSpanWriterOptions,
  WriteResult,
  KafkaSpanWriter,
  PreparedBatch,
} from './span-writer.ts';
export { createKafkaSpanWriter } from './span-writer.ts';
export { encodeRecords, recordKey } from './record-encoder.ts';
export type { TopicCensus } from './topic-census.ts';
export { censusOfTopic } from './topic-census.ts';
export { ensureTopic } from './ensure-topic.ts';
export type {
  CommitMode,
  GroupConsumer,
  GroupConsumerEvents,
  GroupConsumerOptions,
  PartitionBatch,
  PartitionOffsets,
} from './group-consumer.ts';
export { createGroupConsumer } from './group-consumer.ts';
export type { OutgoingRecord, RecordBatch, RecordProducer } from './record-producer.ts';
export { createRecordProducer } from './record-producer.ts';
export {
  isGroupMembershipLost,
  isMessageTooLarge,
  isRebalanceInProgress,
  isTopicNotReady,
} from './kafka-errors.ts';
export {
  kafkaProducerConfig,
  kafkaConsumerConfig,
  kafkaClientOptionsFromConfig,
  kafkaWriterOptionsFromConfig,
  kafkaClientConfig,
  kafkaClientOptionsAt,
} from './config.ts';
export { jaegerPartition, JaegerPartitioner } from './jaeger-partitioner.ts';
