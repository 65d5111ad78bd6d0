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
import { createMemoryStore } from '@spanstream/storage-memory';
import type { CollectorConfig } from './config.ts';

export interface WriterHandle {
  readonly writer: SpanWriter;
  /** Started before the collector, stopped after it (so the collector's drain can still write). */
  readonly service: Service;
}

/**
 * The span writer chosen by `--span-storage.type` (SPAN_STORAGE_TYPE): `kafka` is the streaming
 * strategy's writer; `memory` is for development only (nothing can read another process's memory).
 */
export async function createWriter(
  values: CollectorConfig,
  logger: Logger,
  registry: Registry,
): Promise<WriterHandle> {
  if (values['span-storage.type'] === 'memory') {
    const store = createMemoryStore({});
    return {
      writer: store.writer,
      service: { name: 'memory-storage', start: () => Promise.resolve(), stop: () => store.close() },
    };
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
