import type { HealthState, Logger, Service } from '@spanstream/runtime';
import type { Registry } from 'prom-client';
import type { SpanSink } from '@spanstream/storage-api';
import { createCollectorMetrics } from './metrics.ts';
import { DEFAULT_COLLECTOR_OPTIONS } from './config.ts';
import type { CollectorOptions } from './options.ts';
import { SpanProcessor } from './processor/span-processor.ts';
import {
  buildReceivers,
  type ReceiverName,
  type Receiver,
  type Receivers,
} from './receivers/build-receivers.ts';
import type { ReceiverDecoders } from './receivers/decoders.ts';
import type { StrategyStore } from './sampling/strategy-store.ts';
import { createAdaptiveStrategyStore } from './sampling/adaptive/adaptive-strategy-store.ts';
import { createMemorySamplingStore, type SamplingStore } from './sampling/adaptive/sampling-store.ts';

export interface CollectorDeps<Batch> {
  /** Where accepted spans go: a storage writer through `spanWriterSink`, or the Kafka writer. */
  readonly sink: SpanSink<Batch>;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health?: HealthState;
  readonly options?: Partial<CollectorOptions>;
  /** Payload decoders; the codec package's by default (tests may pass others). */
  readonly decoders?: ReceiverDecoders;
  /**
   * Adaptive sampling's shared store (`--sampling.strategies-type=adaptive`): Redis in `main.ts`;
   * without it one in memory, for a lone collector (the all-in-one). The collector closes it.
   */
  readonly samplingStore?: SamplingStore;
}

export interface Collector extends Service {
  /** Bound ports by receiver once started (port 0 in options picks a free one). */
  readonly ports: Readonly<Partial<Record<ReceiverName, number>>>;
  readonly processor: SpanProcessor;
}

/**
 * The collector: receivers → sanitizers → bounded queue → span sink. `stop()`
 * closes the receivers first (no new requests), then drains the queue and flushes
 * the sink, so every span that got a 2xx/OK is written.
 */
export function createCollector<Batch>(deps: CollectorDeps<Batch>): Collector {
  const options: CollectorOptions = { ...DEFAULT_COLLECTOR_OPTIONS, ...deps.options };
  const logger = deps.logger.child({ component: 'collector' });
  const metrics = createCollectorMetrics(deps.registry, {
    // Read on scrape only, after spanProcessor exists.
    length: () => spanProcessor.queue.length,
    capacity: () => options.queueSize,
    bytes: () => spanProcessor.queue.bytes,
    capacityBytes: () => options.queueSizeMemoryMiB * 1024 * 1024,
  });
  const spanProcessor = new SpanProcessor(
    deps.sink,
    {
      queueSize: options.queueSize,
      queueSizeBytes: options.queueSizeMemoryMiB * 1024 * 1024,
      numWorkers: options.numWorkers,
      sanitizer: options.sanitizer,
      retry: options.retry,
    },
    metrics,
    logger,
  );
  const adaptive =
    options.samplingStrategiesType === 'adaptive'
      ? createAdaptiveStrategyStore(
          options.adaptive,
          deps.samplingStore ?? createMemorySamplingStore(),
          logger,
        )
      : undefined;
  if (adaptive !== undefined)
    spanProcessor.observer = (spans) => {
      adaptive.observe(spans);
    };
  const ports: Partial<Record<ReceiverName, number>> = {};
  let receivers: Receiver[] = [];
  let strategies: StrategyStore | undefined;
  let state: 'new' | 'started' | 'stopped' = 'new';
  return {
    name: 'collector',
    ports,
    processor: spanProcessor,
    async start() {
      if (state !== 'new') return;
      state = 'started';
      spanProcessor.start();
      const built = await buildReceivers({
        options,
        processor: spanProcessor,
        metrics,
        logger,
        decoders: deps.decoders,
        strategies: adaptive,
      });
      receivers = built.receivers;
      strategies = built.strategies;
      try {
        await startAll(built, ports, logger);
      } catch (error) {
        await spanProcessor.stop();
        state = 'stopped';
        throw error;
      }
      deps.health?.setCondition('collector', undefined);
    },
    async stop() {
      if (state !== 'started') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      deps.health?.setCondition('collector', 'stopping');
      // Reverse start order; receivers first so nothing new arrives while the queue drains.
      await Promise.allSettled(receivers.toReversed().map((receiver) => receiver.stop()));
      strategies?.stop();
      await spanProcessor.stop();
      logger.info('collector stopped, queue drained');
    },
  };
}

/** Loads the sampling strategies, then starts each receiver; on a failure (port in use) stops what started. */
async function startAll(
  built: Receivers,
  ports: Partial<Record<ReceiverName, number>>,
  logger: Logger,
): Promise<void> {
  const started: Receiver[] = [];
  try {
    await built.strategies.start();
    for (const receiver of built.receivers) {
      ports[receiver.name] = await receiver.start();
      started.push(receiver);
      logger.info({ receiver: receiver.name, port: ports[receiver.name] }, 'receiver listening');
    }
  } catch (error) {
    await Promise.allSettled(started.map((receiver) => receiver.stop()));
    built.strategies.stop();
    throw error;
  }
}
