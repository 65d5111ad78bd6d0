import { setTimeout as sleep } from 'node:timers/promises';
import { elasticsearchUrl, kafkaBrokers, opensearchUrl, uniqueName } from '@spanstream/testkit';
import { injectFault, type FaultName, type FaultTargets } from './faults.ts';
import { startFreezableProxy } from './freezable-proxy.ts';
import { requestCount, type LoadShape } from './ids.ts';
import { chaosKafkaCluster, type ChaosKafkaCluster } from './kafka-cluster.ts';
import { createChaosTopic } from './kafka.ts';
import { runLoad, type LoadResult } from './load.ts';
import { startMonitor, type Monitor } from './monitor.ts';
import { tally, type ChaosReport } from './report.ts';
import { startPipeline } from './services.ts';
import { countStored, deleteRunIndices, documentCount } from './storage-count.ts';

const STALL_MS = 60_000;

export interface ChaosOptions {
  readonly spans: number;
  /** Spans per second the load aims at. */
  readonly rate: number;
  readonly faults: readonly FaultName[];
  /** `cluster`: the stack's 3-broker cluster (RF 3, min ISR 2); `stack`: the shared single broker (RF 1). */
  readonly kafka: 'cluster' | 'stack';
  readonly storage: 'elasticsearch' | 'opensearch';
  readonly ingesters: number;
  readonly partitions: number;
  readonly freezeMs: number;
  readonly freezePid: number | undefined;
  readonly poisonRecords: number;
  readonly brokerDownMs: number;
  readonly querySample: number;
  readonly drainTimeoutMs: number;
  readonly seed: number;
  /** Where each process's output tail is written after the run. */
  readonly logDir: string;
  readonly log: (message: string) => void;
  /** Aborting stops the load and the drain early; the run then cleans up and reports what it has. */
  readonly signal?: AbortSignal;
}

/** One chaos run: start everything, load under faults, drain, count, clean up. */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { log } = options;
  const shape: LoadShape = {
    spans: options.spans,
    spansPerTrace: 10,
    tracesPerRequest: 50,
    salt: options.seed,
  };
  const cluster: ChaosKafkaCluster | undefined =
    options.kafka === 'cluster' ? await chaosKafkaCluster() : undefined;
  const storageUrl = options.storage === 'elasticsearch' ? await elasticsearchUrl() : await opensearchUrl();
  const prefix = uniqueName('chaos');
  const topic = await createChaosTopic(cluster?.brokers ?? (await kafkaBrokers()), prefix, {
    partitions: options.partitions,
    replicationFactor: cluster === undefined ? 1 : 3,
  });
  const proxy = await startFreezableProxy(new URL(storageUrl));
  const storageArgs = (url: string) => [
    `--span-storage.type=${options.storage}`,
    `--es.server-urls=${url}`,
    `--es.index-prefix=${prefix}`,
  ];
  let monitor: Monitor | undefined;
  const pipeline = await startPipeline(topic, {
    ingesterStorageArgs: storageArgs(`http://127.0.0.1:${proxy.port}`),
    queryStorageArgs: storageArgs(storageUrl),
    ingesters: options.ingesters,
  });
  try {
    log(
      `topic ${topic.topic} on ${topic.brokers.join(',')}; ${options.storage} ${storageUrl} prefix ${prefix}`,
    );
    monitor = startMonitor(topic, () => pipeline.ingesters);
    const targets: FaultTargets = {
      ingesters: pipeline.ingesters,
      startIngester: () => pipeline.startIngester(),
      restartCollector: () => pipeline.restartCollector(),
      topic,
      proxy,
      freezePid: options.freezePid,
      freezeMs: options.freezeMs,
      poisonRecords: options.poisonRecords,
      cluster,
      brokerDownMs: options.brokerDownMs,
      log,
    };
    const { load, faultsAt, faultErrors } = await loadUnderFaults(
      options,
      shape,
      pipeline.otlpUrl,
      targets,
      monitor,
    );
    const loadEnd = Date.now();
    await drain(options, topic, storageUrl, prefix, load, shape, monitor);
    const drainSeconds = (Date.now() - loadEnd) / 1000;
    monitor.stop();
    const stored = await countStored(storageUrl, prefix);
    const dlq = await topic.endOffsets(topic.dlqTopic);
    log(`records in ${topic.topic}: ${await topic.endOffsets()} (spans and poison, retried sends included)`);
    const report = await tally({
      shape,
      load,
      stored,
      faults: options.faults,
      faultsAt,
      monitor,
      queryPort: pipeline.queryPort,
      querySample: options.querySample,
      dlq,
      poison: options.faults.includes('poison') ? options.poisonRecords : 0,
      drainSeconds,
    });
    const exits = await pipeline.stop();
    pipeline.saveLogs(options.logDir);
    log(`process logs (tails) in ${options.logDir}`);
    return { ...report, exits, faultErrors };
  } finally {
    monitor?.stop();
    await pipeline.stop();
    await proxy.close();
    const cleanupFailed = (what: string) => (error: unknown) => {
      log(`cleanup: could not delete the run's ${what}: ${String(error)}`);
    };
    await topic.close().catch(cleanupFailed(`topics ${topic.topic}, ${topic.dlqTopic}`));
    await deleteRunIndices(storageUrl, prefix).catch(cleanupFailed(`indices ${prefix}-*`));
    await cluster?.close();
  }
}

/** The load, with the faults injected at evenly spread points of its progress. */
async function loadUnderFaults(
  options: ChaosOptions,
  shape: LoadShape,
  url: string,
  targets: FaultTargets,
  monitor: Monitor,
): Promise<{ load: LoadResult; faultsAt: Map<FaultName, number>; faultErrors: string[] }> {
  const total = requestCount(shape);
  const schedule = new Map(
    options.faults.map((fault, i) => [Math.floor(((i + 1) * total) / (options.faults.length + 2)), fault]),
  );
  const faultsAt = new Map<FaultName, number>();
  // A fault that cannot be carried out (or whose restart fails) fails the run, after the load.
  const faultErrors: string[] = [];
  const running: Promise<void>[] = [];
  let phase = 'baseline';
  const load = await runLoad({
    shape,
    url,
    rate: options.rate,
    concurrency: 4,
    giveUpMs: 180_000,
    phase: () => phase,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    beforeRequest: (index) => {
      const fault = schedule.get(index);
      if (fault !== undefined) {
        schedule.delete(index);
        phase = fault;
        monitor.setPhase(fault);
        running.push(
          injectFault(fault, targets).then(
            (at) => void faultsAt.set(fault, at),
            (error: unknown) => {
              const message = `${fault}: ${error instanceof Error ? error.message : String(error)}`;
              // A process's output starts with its whole configuration: show its error lines instead.
              const errors = message
                .split('\n')
                .filter((line) => /"level":"(error|fatal)"|^\w*Error/.test(line));
              options.log(`fault failed: ${message.split('\n')[0]!}\n${errors.join('\n').slice(0, 4_000)}`);
              faultErrors.push(message.split('\n')[0]!);
            },
          ),
        );
      }
      return Promise.resolve();
    },
  });
  await Promise.all(running);
  return { load, faultsAt, faultErrors };
}

/**
 * Waits until the group has consumed everything and the stored documents cover the acknowledged
 * spans; gives up after the drain timeout, or once neither has moved for a minute (a stall).
 */
async function drain(
  options: ChaosOptions,
  topic: Awaited<ReturnType<typeof createChaosTopic>>,
  storageUrl: string,
  prefix: string,
  load: LoadResult,
  shape: LoadShape,
  monitor: Monitor,
): Promise<void> {
  monitor.setPhase('drain');
  const acked = [...load.ackedPhase.keys()].length * shape.tracesPerRequest * shape.spansPerTrace;
  const deadline = Date.now() + options.drainTimeoutMs;
  let last = '';
  let movedAt = Date.now();
  while (Date.now() < deadline && options.signal?.aborted !== true) {
    const [end, committed, documents] = await Promise.all([
      topic.endOffsets(),
      topic.committed(),
      documentCount(storageUrl, prefix),
    ]);
    if (committed >= end && documents >= Math.min(acked, shape.spans)) return;
    const state = `lag ${end - committed}, ${documents} documents`;
    if (state !== last) {
      options.log(`draining: ${state}`);
      last = state;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > STALL_MS) {
      options.log(`stalled: ${state} for ${STALL_MS / 1000} s; counting what is stored`);
      return;
    }
    await sleep(2_000);
  }
  options.log('drain timed out; counting what is stored');
}
