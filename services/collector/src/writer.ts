import type { Service } from '@spanstream/runtime';
import type { Logger, Registry } from '@spanstream/runtime';
import {
  createKafkaClient,
  createKafkaSpanWriter,
  kafkaClientOptionsFromConfig,
  kafkaWriterOptionsFromConfig,
  registerSpanSchema,
} from '@spanstream/kafka';
import type { SpanWriter } from '@spanstream/storage-api';
import { createSpanStores } from '@spanstream/storage-factory';
import type { CollectorConfig } from './config.ts';

export interface WriterHandle {
  readonly writer: SpanWriter;
  /** Started before the collector, stopped after it (so the collector's drain can still write). */
  readonly service: Service;
}

/**
 * The span writer chosen by `--span-storage.type` (SPAN_STORAGE_TYPE): `kafka` is the streaming
 * strategy's writer; elasticsearch/opensearch/cassandra write directly (Jaeger's production
 * strategy); `memory` is for development and benches (nothing can read another process's memory).
 */
export async function createWriter(
  values: CollectorConfig,
  logger: Logger,
  registry: Registry,
): Promise<WriterHandle> {
  const type = values['span-storage.type'];
  if (type !== 'kafka') {
    // Same keys; only span-storage.type's union is wider here (it includes kafka, handled below).
    const storeValues = values as unknown as Parameters<typeof createSpanStores>[0];
    const stores = await createSpanStores(storeValues, type, { registry });
    const service = { name: `${type}-storage`, start: () => Promise.resolve(), stop: () => stores.close() };
    return { writer: stores.primary.writer, service };
  }
  const kafkaLogger = logger.child({ component: 'kafka-producer' });
  const kafka = createKafkaClient(kafkaClientOptionsFromConfig(values, 'producer'), kafkaLogger);
  const registryUrl = values['kafka.producer.schema-registry-url'];
  const schemaId =
    registryUrl === '' ? undefined : await registerSpanSchema(registryUrl, values['kafka.producer.topic']);
  const writer = createKafkaSpanWriter({
    kafka,
    logger: kafkaLogger,
    registry,
    options: kafkaWriterOptionsFromConfig(values, schemaId),
  });
  return {
    writer,
    service: { name: 'kafka-producer', start: () => writer.start(), stop: () => writer.close() },
  };
}
