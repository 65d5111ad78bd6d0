import { createWriter } from '@spanstream/collector';
import { createIngester, ingesterOptionsFromConfig } from '@spanstream/ingester';
import {
  createKafkaClient,
  ensureTopic,
  kafkaClientOptionsFromConfig,
  kafkaConsumerConfig,
} from '@spanstream/kafka';
import type { HealthState, Logger, Registry, Service } from '@spanstream/runtime';
import { spanWriterSink, type SpanSink, type SpanStore } from '@spanstream/storage-api';
import { createSpanStores } from '@spanstream/storage-factory';
import type { AllInOneConfig } from './config.ts';

/** What the all-in-one's collector writes to and its query service reads, and the services behind them. */
export interface AllInOneStorage {
  /** The store the query service reads (and, without Kafka, the collector writes). */
  readonly store: SpanStore;
  readonly archive?: SpanStore;
  /** Where the collector sends accepted spans: the store, or the Kafka topic. */
  readonly sink: SpanSink<unknown>;
  /** Started after the admin server and before the query service, in this order. */
  readonly services: readonly Service[];
}

export interface AllInOneStorageDeps {
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health: HealthState;
  /** The in-process ingester cannot continue (a stuck partition after re-seek): stop the process. */
  readonly onFatal: (reason: string) => void;
}

/**
 * `--span-storage.type` as Jaeger's all-in-one: a store the collector writes and the query service
 * reads in this process. `kafka` is the streaming strategy in one process: collector → topic →
 * ingester → the store of `--ingester.span-storage.type`, read by the query service.
 */
export async function createAllInOneStorage(
  values: AllInOneConfig,
  deps: AllInOneStorageDeps,
): Promise<AllInOneStorage> {
  const type = values['span-storage.type'];
  const storeType = type === 'kafka' ? values['ingester.span-storage.type'] : type;
  const { logger, registry } = deps;
  // Checked before connecting to anything: a consumer that could never see a span is a config error.
  const kafkaValues = type === 'kafka' ? consumerFollowsProducer(values) : values;
  const stores = await createSpanStores(values, storeType, { registry, logger });
  const storage: Service = {
    name: `${storeType}-storage`,
    start: () => Promise.resolve(),
    stop: () => stores.close(),
  };
  const archive = stores.archive === undefined ? {} : { archive: stores.archive };
  if (type !== 'kafka') {
    return {
      store: stores.primary,
      ...archive,
      sink: spanWriterSink(stores.primary.writer),
      services: [storage],
    };
  }
  try {
    // The in-process ingester waits for the topic, and readiness with it: create it up front.
    const kafkaLogger = logger.child({ component: 'kafka-admin' });
    const topic = kafkaValues['kafka.producer.topic'];
    await ensureTopic(
      createKafkaClient(kafkaClientOptionsFromConfig(kafkaValues, 'producer'), kafkaLogger),
      topic,
    );
    const writer = await createWriter({ ...kafkaValues, 'span-storage.type': 'kafka' }, logger, registry);
    const ingester = createIngester({
      writer: stores.primary.writer,
      logger: logger.child({ component: 'ingester' }),
      registry,
      health: deps.health,
      options: ingesterOptionsFromConfig(kafkaValues),
      onFatal: deps.onFatal,
    });
    // Stopped in reverse: the collector drains into Kafka, then the ingester, the producer, the store.
    return {
      store: stores.primary,
      ...archive,
      sink: writer.sink,
      services: [storage, writer.service, ingester],
    };
  } catch (error) {
    await stores.close();
    throw error;
  }
}

const CONSUMER_FOLLOWS = ['brokers', 'topic'] as const;

/**
 * One process, one topic: the ingester half reads the brokers and topic the collector half writes
 * (`--kafka.producer.brokers`, `--kafka.producer.topic`). A `--kafka.consumer.*` value left at its
 * default follows the producer's; one set to something else is refused (it could never see a span).
 */
function consumerFollowsProducer(values: AllInOneConfig): AllInOneConfig {
  let out = values;
  for (const name of CONSUMER_FOLLOWS) {
    const producerKey = `kafka.producer.${name}` as const;
    const consumerKey = `kafka.consumer.${name}` as const;
    const producer = values[producerKey];
    const consumer = values[consumerKey];
    if (String(producer) === String(consumer)) continue;
    if (String(consumer) !== String(kafkaConsumerConfig[consumerKey].default)) {
      // Operator-facing: createOrExit prints it as one line.
      throw Object.assign(
        new Error(
          `span-storage.type kafka: --${consumerKey} (${String(consumer)}) must be --${producerKey} (${String(producer)}): the in-process ingester reads what the collector writes`,
        ),
        { operatorFacing: true },
      );
    }
    out = { ...out, [consumerKey]: producer };
  }
  return out;
}
