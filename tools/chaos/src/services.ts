import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectorReceiverFlags,
  queryListenerFlags,
  startService,
  stopService,
  type ServiceProcess,
} from '@spanstream/e2e';
import type { ChaosTopic } from './kafka.ts';

/** The pipeline's processes (`npm run collector|ingester|query`), as the e2e tests run them. */
export interface Pipeline {
  readonly otlpUrl: string;
  readonly queryPort: number;
  readonly ingesters: ServiceProcess[];
  collector(): ServiceProcess;
  startIngester(): Promise<ServiceProcess>;
  /** SIGTERM (graceful: drains what it acknowledged) and start again on the same port. */
  restartCollector(): Promise<void>;
  /** Exit codes of the processes that were still running (0 = graceful). */
  stop(): Promise<Record<string, number | string>>;
  /** Writes each process's output tail to `<dir>/<name>-<pid>.log`. */
  saveLogs(dir: string): void;
}

export async function startPipeline(
  topic: ChaosTopic,
  {
    ingesterStorageArgs,
    queryStorageArgs,
    ingesters,
  }: {
    ingesterStorageArgs: readonly string[];
    queryStorageArgs: readonly string[];
    ingesters: number;
  },
): Promise<Pipeline> {
  const brokers = topic.brokers.join(',');
  const receivers = await collectorReceiverFlags();
  const collectorArgs = [
    ...receivers.args,
    `--kafka.producer.brokers=${brokers}`,
    `--kafka.producer.topic=${topic.topic}`,
  ];
  const startCollector = () => startService('collector', collectorArgs, { SPAN_STORAGE_TYPE: 'kafka' });
  const consumerArgs = [
    `--kafka.consumer.brokers=${brokers}`,
    `--kafka.consumer.topic=${topic.topic}`,
    `--kafka.consumer.group-id=${topic.groupId}`,
    `--kafka.consumer.dlq-topic=${topic.dlqTopic}`,
    ...ingesterStorageArgs,
  ];
  const all: ServiceProcess[] = [];
  const running: ServiceProcess[] = [];
  const startIngester = async () => {
    const ingester = await startService('ingester', consumerArgs);
    running.push(ingester);
    all.push(ingester);
    return ingester;
  };
  let collector = await startCollector();
  all.push(collector);
  for (let i = 0; i < ingesters; i++) await startIngester();
  const listeners = await queryListenerFlags();
  const query = await startService('query', [...listeners.args, ...queryStorageArgs]);
  all.push(query);
  return {
    otlpUrl: `http://127.0.0.1:${receivers.otlpHttpPort}/v1/traces`,
    queryPort: listeners.httpPort,
    ingesters: running,
    collector: () => collector,
    startIngester,
    async restartCollector() {
      const code = await stopService(collector);
      if (code !== 0) throw new Error(`collector exited ${code} on SIGTERM:\n${collector.output()}`);
      collector = await startCollector();
      all.push(collector);
    },
    saveLogs(dir) {
      mkdirSync(dir, { recursive: true });
      for (const service of all) {
        writeFileSync(join(dir, `${service.name}-${service.child.pid}.log`), service.output());
      }
    },
    async stop() {
      const codes: Record<string, number | string> = {};
      for (const service of all.reverse()) {
        if (service.child.exitCode !== null || service.child.signalCode !== null) continue;
        codes[`${service.name} ${service.child.pid}`] = (await stopService(service)) ?? 'unknown';
      }
      return codes;
    },
  };
}
