import kafkajs, { type Kafka, type LogEntry } from 'kafkajs';
import { toKafkaConfig, type KafkaClientOptions } from './client-options.ts';
import { registerCompressionCodecs } from './compression.ts';
import type { KafkaLogger } from './logger.ts';

/** kafkajs logs through the component's logger; its chatty info level is demoted to debug. */
function logCreator(logger: KafkaLogger) {
  return () =>
    ({ level, log, namespace }: LogEntry) => {
      const {
        message,
        timestamp: _timestamp,
        ...extra
      } = log as { message: string; timestamp: string } & Record<string, unknown>;
      const fields = { kafkajs: namespace, ...extra };
      if (level === logLevel.ERROR) logger.error(fields, message);
      else if (level === logLevel.WARN) logger.warn(fields, message);
      else logger.debug(fields, message);
    };
}

// kafkajs is CommonJS: take its values from the default export, which works under Node and vitest alike.
const { Kafka: KafkajsClient, logLevel } = kafkajs;

/** A connection to a Kafka cluster, handed to this package's writer, consumer and producer factories. */
export type KafkaClient = Kafka;

export function createKafkaClient(options: KafkaClientOptions, logger: KafkaLogger): KafkaClient {
  registerCompressionCodecs();
  return new KafkajsClient({
    ...toKafkaConfig(options),
    logLevel: logLevel.WARN,
    logCreator: logCreator(logger),
  });
}
