import {
  createKafkaClient,
  decodeMessage,
  type DeadLetterSink,
  type KafkaClientOptions,
  type KafkaLogger,
  type SpanEncoding,
} from '@spanstream/kafka';
import { DEFAULT_START_TIME_WINDOW, type StartTimeWindow } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
import { IngesterMetrics } from './metrics/ingester-metrics.ts';
import { SpanConsumer, type SpanConsumerOptions } from './pipeline/span-consumer.ts';
import { guardStartTimes } from './start-time-guard.ts';
import type { HealthState, Registry, Service } from '@spanstream/runtime';

export interface IngesterOptions {
  readonly client: KafkaClientOptions;
  readonly consumer: SpanConsumerOptions;
  readonly encoding: SpanEncoding;
  readonly drainTimeoutMs: number;
  /** Spans outside it are dead-lettered instead of written (see guardStartTimes). */
  readonly startTimeWindow?: StartTimeWindow;
}

export interface IngesterDeps {
  readonly writer: SpanWriter;
  readonly logger: KafkaLogger;
  readonly registry: Registry;
  readonly health?: HealthState;
  readonly options: IngesterOptions;
  /** Unrecoverable state (stuck partition after re-seek, consumer crash): the process must exit non-zero. */
  readonly onFatal: (reason: string) => void;
  /** Tests only: replaces the Kafka DLQ producer. */
  readonly deadLetters?: DeadLetterSink;
}

export interface Ingester extends Service {
  readonly consumer: SpanConsumer;
}

/**
 * The ingester: consumer group → decode → storage bulk writes → in-order commits. Readiness needs
 * the group joined and storage writes succeeding (Jaeger reports process liveness only).
 */
export function createIngester(deps: IngesterDeps): Ingester {
  const { options, logger, health } = deps;
  const metrics = new IngesterMetrics(deps.registry);
  const kafka = createKafkaClient(options.client, logger);
  const consumer = new SpanConsumer({
    kafka,
    writer: deps.writer,
    decode: (message) =>
      guardStartTimes(
        decodeMessage(message, options.encoding),
        options.startTimeWindow ?? DEFAULT_START_TIME_WINDOW,
        Date.now() * 1000,
      ),
    metrics,
    logger,
    options: options.consumer,
    onFatal: deps.onFatal,
    ...(deps.deadLetters && { deadLetters: deps.deadLetters }),
  });
  let healthTimer: NodeJS.Timeout | undefined;
  const updateHealth = () => {
    health?.setCondition('kafka-consumer', consumer.isJoined() ? undefined : 'consumer group not joined');
    health?.setCondition(
      'storage',
      consumer.storageFailing() ? 'unreachable (writes failing or timing out, retrying)' : undefined,
    );
  };
  return {
    name: 'ingester',
    consumer,
    async start() {
      updateHealth();
      await consumer.start();
      healthTimer = setInterval(updateHealth, 500);
      healthTimer.unref();
      logger.info({ topic: options.consumer.topic, group: options.consumer.groupId }, 'ingester started');
    },
    async stop() {
      if (healthTimer) clearInterval(healthTimer);
      await consumer.stop(options.drainTimeoutMs);
      logger.info({}, 'ingester stopped');
    },
  };
}
