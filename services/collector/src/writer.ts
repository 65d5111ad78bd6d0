import type { Logger, Registry, Service } from '@spanstream/runtime';
import { type SpanSink, spanWriterSink } from '@spanstream/storage-api';
import type { CollectorConfig } from './main-config.ts';

export interface WriterHandle {
  /** The Kafka writer itself, or a storage writer through `spanWriterSink`. */
  readonly sink: SpanSink<unknown>;
  /** Started before the collector, stopped after it (so the collector's drain can still write). */
  readonly service: Service;
}

/**
 * The span writer chosen by `--span-storage.type` (SPAN_STORAGE_TYPE): `kafka` is the streaming
 * strategy's writer; elasticsearch/opensearch/cassandra write directly (Jaeger's production
 * strategy); `memory` is for development and benches (nothing can read another process's
 * memory). Each is imported only when chosen: the Kafka client and the memory store are the
 * collector's largest dependencies after the codec, and RSS is a target.
 */
export async function createWriter(
  values: CollectorConfig,
  logger: Logger,
  registry: Registry,
): Promise<WriterHandle> {
  if (values['span-storage.type'] === 'memory') {
    const { createMemoryStore } = await import('@spanstream/storage-memory');
    const store = createMemoryStore({ maxTraces: values['memory.max-traces'] });
    return {
      sink: spanWriterSink(store.writer),
      service: { name: 'memory-storage', start: () => Promise.resolve(), stop: () => store.close() },
    };
  }
  const type = values['span-storage.type'];
  if (type !== 'kafka') {
    const { createSpanStores } = await import('@spanstream/storage-factory');
    // Same keys; only span-storage.type's union is wider here (it includes kafka, handled below).
    const storeValues = values as unknown as Parameters<typeof createSpanStores>[0];
    const stores = await createSpanStores(storeValues, type, { registry });
    const service = { name: `${type}-storage`, start: () => Promise.resolve(), stop: () => stores.close() };
    return { sink: spanWriterSink(stores.primary.writer), service };
  }
  const kafkaModule = await import('@spanstream/kafka');
  const kafkaLogger = logger.child({ component: 'kafka-producer' });
  const kafka = kafkaModule.createKafkaClient(
    kafkaModule.kafkaClientOptionsFromConfig(values, 'producer'),
    kafkaLogger,
  );
  const registryUrl = values['kafka.producer.schema-registry-url'];
  const schemaId =
    registryUrl === ''
      ? undefined
      : await kafkaModule.registerSpanSchema(registryUrl, values['kafka.producer.topic']);
  const options = kafkaModule.kafkaWriterOptionsFromConfig(values, schemaId);
  const writer = kafkaModule.createKafkaSpanWriter({ kafka, logger: kafkaLogger, registry, options });
  return {
    sink: writer,
    service: { name: 'kafka-producer', start: () => writer.start(), stop: () => writer.close() },
  };
}
