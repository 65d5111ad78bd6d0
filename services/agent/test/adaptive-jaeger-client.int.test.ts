/**
 * Issue 18's adaptive check end to end with a real client: jaeger-client tracers sample with the
 * strategy their RemoteSampler polls from the agent's 5778 (a per-operation, guaranteed-throughput
 * sampler once adaptive probabilities arrive) and report over UDP to the agent, which forwards
 * round-robin to two collectors sharing Redis. One operation has 200 spans/s, another 2 spans/s, the
 * target is 1 sampled span/s. Short calculation intervals (Jaeger's default is a minute) keep it to
 * about a minute; the client's sampling is random, so the check is that the probabilities converge
 * into a band around target / rate, not to a number.
 */
import {
  createCollector,
  createRedisSamplingStore,
  DEFAULT_COLLECTOR_OPTIONS,
  type Collector,
} from '@spanstream/collector';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { spanWriterSink } from '@spanstream/storage-api';
import { createMemoryStore } from '@spanstream/storage-memory';
import { redisUrl, uniqueName } from '@spanstream/testkit';
import jaegerClient from 'jaeger-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startAgent } from './support.ts';

const RATES = { checkout: 200, refund: 2 } as const;
type Operation = keyof typeof RATES;
const TICK_MS = 100;

const adaptive = {
  ...DEFAULT_COLLECTOR_OPTIONS.adaptive,
  targetSamplesPerSecond: 1,
  initialSamplingProbability: 0.05,
  calculationIntervalMs: 3000,
  delayMs: 1000,
  aggregationBuckets: 5,
  bucketsForCalculation: 5,
  leaderLeaseRefreshIntervalMs: 500,
  followerLeaseRefreshIntervalMs: 500,
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startAdaptiveCollector(url: string, keyPrefix: string): Promise<Collector> {
  const collector = createCollector({
    sink: spanWriterSink(createMemoryStore()),
    logger: createLogger({ level: 'silent' }),
    registry: createMetricsRegistry({ defaultMetrics: false }),
    samplingStore: createRedisSamplingStore({ url, keyPrefix, bucketTtlMs: 120_000 }),
    options: {
      ...DEFAULT_COLLECTOR_OPTIONS,
      otlpHttpHostPort: undefined,
      otlpGrpcHostPort: undefined,
      zipkinHostPort: undefined,
      samplingHostPort: undefined,
      grpcHostPort: { host: '127.0.0.1', port: 0 },
      httpHostPort: { host: '127.0.0.1', port: 0 },
      samplingStrategiesType: 'adaptive',
      adaptive,
    },
  });
  await collector.start();
  cleanups.push(() => collector.stop());
  return collector;
}

async function served(port: number, path = '/api/sampling'): Promise<Partial<Record<Operation, number>>> {
  const response = await fetch(`http://127.0.0.1:${port}${path}?service=shop`);
  const body = (await response.json()) as {
    operationSampling?: {
      perOperationStrategies: { operation: Operation; probabilisticSampling: { samplingRate: number } }[];
    };
  };
  return Object.fromEntries(
    (body.operationSampling?.perOperationStrategies ?? []).map((s) => [
      s.operation,
      s.probabilisticSampling.samplingRate,
    ]),
  );
}

describe('adaptive sampling with jaeger-client through the agent (two collectors sharing Redis)', () => {
  it(
    'converges: the busy operation near target / 200, the quiet one near target / 2, identical on both collectors',
    { timeout: 150_000 },
    async () => {
      const url = await redisUrl();
      const prefix = uniqueName('adaptive-client');
      const a = await startAdaptiveCollector(url, prefix);
      const b = await startAdaptiveCollector(url, prefix);
      const { agent } = await startAgent([
        `127.0.0.1:${a.ports.jaegerGrpc!}`,
        `127.0.0.1:${b.ports.jaegerGrpc!}`,
      ]);
      cleanups.push(() => agent.stop());
      const tracer = jaegerClient.initTracer(
        {
          serviceName: 'shop',
          sampler: {
            type: 'remote',
            param: adaptive.initialSamplingProbability,
            host: '127.0.0.1',
            port: agent.ports.http!,
            refreshIntervalMs: 500,
          },
          reporter: {
            agentHost: '127.0.0.1',
            agentPort: agent.ports['jaeger-binary']!,
            flushIntervalMs: 100,
          },
        },
        {},
      );
      cleanups.push(
        () =>
          new Promise<void>((resolve) => {
            tracer.close(resolve);
          }),
      );
      const credit: Record<Operation, number> = { checkout: 0, refund: 0 };
      const generator = setInterval(() => {
        for (const operation of Object.keys(RATES) as Operation[]) {
          credit[operation] += (RATES[operation] * TICK_MS) / 1000;
          for (; credit[operation] >= 1; credit[operation]--) tracer.startSpan(operation).finish();
        }
      }, TICK_MS);
      cleanups.push(() => {
        clearInterval(generator);
        return Promise.resolve();
      });

      const inBand = (p: Partial<Record<Operation, number>>) =>
        p.checkout !== undefined &&
        p.refund !== undefined &&
        p.checkout > 0.0025 &&
        p.checkout < 0.01 &&
        p.refund > 0.25 &&
        p.refund < 0.8;
      await expect
        .poll(async () => inBand(await served(a.ports.jaegerHttp!)), { timeout: 120_000, interval: 500 })
        .toBe(true);
      // The other collector serves what the leader saved, and so does the agent's 5778 (either collector).
      await expect
        .poll(
          async () =>
            JSON.stringify(await served(b.ports.jaegerHttp!)) ===
            JSON.stringify(await served(a.ports.jaegerHttp!)),
          {
            timeout: 10_000,
          },
        )
        .toBe(true);
      expect(Object.keys(await served(agent.ports.http!, '/sampling')).sort()).toEqual([
        'checkout',
        'refund',
      ]);
    },
  );
});
