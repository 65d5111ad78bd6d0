import type { Logger, Registry, Service } from '@spanstream/runtime';
import { type SpanSink, spanWriterSink } from '@spanstream/storage-api';
import type { CollectorConfig } from './main-config.ts';

export interface WriterHandle {
  /**
   * The Kafka writer itself, or a storage writer through `spanWriterSink`. The batch type is opaque
   * to the wiring: the processor hands what a sink's `prepare` returned back to the same sink.
   */
  readonly sink: SpanSink<unknown>;
  /** Started before the collector, stopped after it (so the collector's drain can still write). */
  readonly service: Service;
}

/**
 * The span writer chosen by `--span-storage.type` (SPAN_STORAGE_TYPE): `kafka` is the streaming
 * strategy's writer; elasticsearch/opensearch/cassandra write directly (Jaeger's production
 * strategy); `memory` is for development and benches (nothing can read another process's
 * memory). The databases and memory are built by the storage factory, which loads only the chosen
 * backend; the Kafka client is imported only when chosen too: after the codec it is the
 * collector's largest dependency, and RSS is a target.
 */
export async function createWriter(
  values: CollectorConfig,
  logger: Logger,
  registry: Registry,
): Promise<WriterHandle> {
  const type = values['span-storage.type'];
  if (type !== 'kafka') {
    const { createSpanStores } = await import('@spanstream/storage-factory');
    const stores = await createSpanStores(values, type, { registry });
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
  const encoding = values['kafka.producer.encoding'];
  // protobuf and otlp_proto records are framed; the JSON encodings are not (docs/stream.md).
  const framed = registryUrl !== '' && kafkaModule.isFramedEncoding(encoding);
  if (registryUrl !== '' && !framed) {
    kafkaLogger.warn({ encoding }, 'schema registry set but records of this encoding are not framed');
  }
  const schemaId = framed
    ? await kafkaModule.registerSpanSchema(registryUrl, values['kafka.producer.topic'], encoding)
    : undefined;
  const options = kafkaModule.kafkaWriterOptionsFromConfig(values, schemaId);
  const writer = kafkaModule.createKafkaSpanWriter({ kafka, logger: kafkaLogger, registry, options });
  return {
    sink: writer,
    service: { name: 'kafka-producer', start: () => writer.start(), stop: () => writer.close() },
  };
}
