export type {
  KafkaAuthentication,
  SaslMechanism,
  KafkaTlsOptions,
  KafkaClientOptions,
} from './client-options.ts';
export { KafkaConfigError, parseBrokers, toKafkaConfig } from './client-options.ts';
export type { CompressionName } from './compression.ts';
export { COMPRESSION_NAMES, registerCompressionCodecs } from './compression.ts';
export { createKafkaClient } from './kafka-client.ts';
export type { KafkaLogger } from './logger.ts';
export { silentLogger } from './logger.ts';
export type { IncomingMessage, RejectedSpan, DecodeOutcome } from './message.ts';
export type { SpanEncoding } from './encodings.ts';
export { SPAN_ENCODINGS, decodeMessage, detectEncoding } from './encodings.ts';
export type { ConfluentFrame } from './schema-registry.ts';
export { frameConfluent, unframeConfluent, registerSpanSchema } from './schema-registry.ts';
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
export { OffsetTracker } from './offset-tracker.ts';
export type { DeadLetterSink, DeadLetterError, PipelineOptions } from './ingest-pipeline.ts';
export { IngestPipeline } from './ingest-pipeline.ts';
export {
  DEFAULT_DLQ_TOPIC,
  DLQ_HEADERS,
  KafkaDeadLetterSink,
  deadLetterHeaders,
} from './dead-letter-producer.ts';
export type { PartitionProbe, PartitionVerdict } from './deadlock-detector.ts';
export { DeadlockDetector } from './deadlock-detector.ts';
export { IngesterMetrics } from './ingester-metrics.ts';
export type { SpanConsumerOptions, SpanConsumerDeps } from './span-consumer.ts';
export { SpanConsumer } from './span-consumer.ts';
export {
  kafkaProducerConfig,
  kafkaConsumerConfig,
  kafkaClientOptionsFromConfig,
  kafkaWriterOptionsFromConfig,
} from './config.ts';
export { jaegerPartition, JaegerPartitioner } from './jaeger-partitioner.ts';
export type { MemoryBound } from './memory-bound.ts';
export { HELD_BYTES_PER_RECORD_BYTE, heldBytes, memoryBound } from './memory-bound.ts';
