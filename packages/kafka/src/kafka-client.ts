import kafkajs, { type Kafka, type LogEntry } from 'kafkajs';
import { toKafkaConfig, type KafkaClientOptions } from './client-options.ts';
import { registerCompressionCodecs } from './compression.ts';
import type { KafkaLogger } from './logger.ts';

/**
 * Broker answers kafkajs logs at error level although it retries them and loses nothing: the
 * metadata of a topic the broker is still auto-creating (the first write to a new topic) and of a
 * partition whose leader is being elected.
 */
const RETRIED_ANSWERS = new Set([
  'This server does not host this topic-partition',
  'There is no leader for this topic-partition as we are in the middle of a leadership election',
]);

/**
 * kafkajs logs through the component's logger; its chatty info level and the retried broker
 * answers above are demoted to debug.
 */
function logCreator(logger: KafkaLogger) {
  return () =>
    ({ level, log, namespace }: LogEntry) => {
      const {
        message,
        timestamp: _timestamp,
        ...extra
      } = log as { message: string; timestamp: string } & Record<string, unknown>;
      const fields = { kafkajs: namespace, ...extra };
      const retried = namespace === 'Connection' && RETRIED_ANSWERS.has(String(extra['error']));
      if (level === logLevel.ERROR && !retried) logger.error(fields, message);
      else if (level === logLevel.WARN) logger.warn(fields, message);
      else logger.debug(fields, message);
    };
}

// kafkajs is CommonJS: take its values from the default export, which works under Node and vitest alike.
const { Kafka: KafkajsClient, logLevel, Partitioners } = kafkajs;

/** A connection to a Kafka cluster, handed to this package's writer, consumer and producer factories. */
export type KafkaClient = Kafka;

/** The settings each client was made with, for producers on another client library (ADR 0104). */
const connectionOf = new WeakMap<Kafka, KafkaClientOptions>();

/** Remembers how `kafka` connects (createKafkaClient does; tests that build kafkajs clients by hand too). */
export function rememberClientOptions(kafka: Kafka, options: KafkaClientOptions): void {
  connectionOf.set(kafka, options);
}

/** How `kafka` connects: brokers, client ID, TLS and SASL settings. */
export function clientOptionsOf(kafka: Kafka): KafkaClientOptions | undefined {
  return connectionOf.get(kafka);
}

/**
 * A kafkajs client logging through `logger`. Its producers use kafkajs' default partitioner unless
 * they name one (the span writer uses Jaeger's): named, so that kafkajs does not warn at every start
 * that its default changed in 2.0.
 */
export function createKafkaClient(options: KafkaClientOptions, logger: KafkaLogger): KafkaClient {
  registerCompressionCodecs();
  const client = new KafkajsClient({
    ...toKafkaConfig(options),
    logLevel: logLevel.WARN,
    logCreator: logCreator(logger),
  });
  const producer = client.producer.bind(client);
  client.producer = (config) => producer({ createPartitioner: Partitioners.DefaultPartitioner, ...config });
  rememberClientOptions(client, options);
  return client;
}
