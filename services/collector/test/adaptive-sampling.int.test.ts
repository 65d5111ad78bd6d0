/**
 * Adaptive sampling on real Redis: two collectors share throughput, probabilities and the leader
 * lease; a client generator samples two operations (200 and 2 spans/s) with the probabilities the
 * collectors serve and reports the sampled root spans over Jaeger gRPC. Short calculation intervals
 * (Jaeger's default is a minute) keep the test to seconds.
 */
import { encodePostSpansRequest } from '@spanstream/codec';
import type { Micros, Span, SpanId, TraceId } from '@spanstream/model';
import { jaeger } from '@spanstream/proto';
import { createLogger } from '@spanstream/runtime';
import { spanWriterSink } from '@spanstream/storage-api';
import { redisUrl, uniqueName } from '@spanstream/testkit';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCollector,
  createRedisSamplingStore,
  DEFAULT_COLLECTOR_OPTIONS,
  type Collector,
} from '../src/index.ts';
import { grpcCall } from './grpc-client.ts';
import { ALL_OFF, RecordingWriter } from './support.ts';

const RATES = { checkout: 200, refund: 2 } as const;
type Operation = keyof typeof RATES;
const TARGET = 1;
const TICK_MS = 100;

const adaptive = {
  ...DEFAULT_COLLECTOR_OPTIONS.adaptive,
  targetSamplesPerSecond: TARGET,
  initialSamplingProbability: 0.05,
  calculationIntervalMs: 2000,
  delayMs: 1000,
  aggregationBuckets: 3,
  bucketsForCalculation: 3,
  leaderLeaseRefreshIntervalMs: 500,
  followerLeaseRefreshIntervalMs: 500,
};

const running: Collector[] = [];
afterEach(async () => {
  for (const collector of running.splice(0)) await collector.stop();
});

async function startCollector(url: string, keyPrefix: string): Promise<Collector> {
  const collector = createCollector({
    sink: spanWriterSink(new RecordingWriter()),
    logger: createLogger({ level: 'silent' }),
    registry: new Registry(),
    samplingStore: createRedisSamplingStore({ url, keyPrefix, bucketTtlMs: 60_000 }),
    options: {
      ...ALL_OFF,
      grpcHostPort: { host: '127.0.0.1', port: 0 },
      httpHostPort: { host: '127.0.0.1', port: 0 },
      samplingStrategiesType: 'adaptive',
      adaptive,
    },
  });
  await collector.start();
  running.push(collector);
  return collector;
}

async function served(collector: Collector): Promise<Partial<Record<Operation, number>>> {
  const response = await fetch(`http://127.0.0.1:${collector.ports.jaegerHttp}/api/sampling?service=shop`);
  const body = (await response.json()) as {
    operationSampling: {
      perOperationStrategies: { operation: Operation; probabilisticSampling: { samplingRate: number } }[];
    };
  };
  return Object.fromEntries(
    body.operationSampling.perOperationStrategies.map((s) => [
      s.operation,
      s.probabilisticSampling.samplingRate,
    ]),
  );
}

let spanCounter = 1;
function rootSpan(operation: Operation, probability: number): Span {
  const n = spanCounter++;
  return {
    traceId: n.toString(16).padStart(32, '0') as TraceId,
    spanId: n.toString(16).padStart(16, '0') as SpanId,
    operationName: operation,
    references: [],
    flags: 1,
    startTime: (Date.now() * 1000) as Micros,
    duration: 10 as Micros,
    tags: [
      { key: 'sampler.type', type: 'string', value: 'probabilistic' },
      { key: 'sampler.param', type: 'float64', value: probability },
    ],
    logs: [],
    process: { serviceName: 'shop', tags: [] },
    warnings: [],
  };
}

/**
 * A client: every tick it has RATE × tick spans per operation and samples them with the served
 * probability. Sampling is by accumulated credit rather than coin flips, so that the counts in
 * 2-second buckets are not dominated by noise (Jaeger's minute-long buckets average it out).
 */
function startGenerator(collectors: () => readonly Collector[]): () => void {
  const credit: Record<Operation, number> = { checkout: 0, refund: 0 };
  let tick = 0;
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      const targets = collectors();
      const collector = targets[tick++ % targets.length]!;
      const none: Partial<Record<Operation, number>> = {};
      const probabilities = await served(collector).catch(() => none);
      const spans: Span[] = [];
      for (const operation of Object.keys(RATES) as Operation[]) {
        const p = probabilities[operation] ?? adaptive.initialSamplingProbability;
        credit[operation] += RATES[operation] * (TICK_MS / 1000) * p;
        for (; credit[operation] >= 1; credit[operation]--) spans.push(rootSpan(operation, p));
      }
      if (spans.length > 0)
        await grpcCall(
          collector.ports.jaegerGrpc!,
          '/jaeger.api_v2.CollectorService/PostSpans',
          encodePostSpansRequest(spans),
        );
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
}

describe('adaptive sampling (two collectors sharing Redis)', () => {
  it(
    'converges per-operation probabilities toward the target, identical on both, and a restarted collector serves them at once',
    { timeout: 90_000 },
    async () => {
      const url = await redisUrl();
      const prefix = uniqueName('adaptive');
      const a = await startCollector(url, prefix);
      let b = await startCollector(url, prefix);
      const stop = startGenerator(() => [a, b]);
      try {
        // Sampled rate within the tolerance of the target: checkout near 1/200, refund near 1/2.
        await expect
          .poll(
            async () => {
              const p = await served(a);
              return [(p.checkout ?? 1) * RATES.checkout, (p.refund ?? 0) * RATES.refund].every(
                (rate) => Math.abs(rate - TARGET) / TARGET < 0.5,
              );
            },
            { timeout: 60_000, interval: 500 },
          )
          .toBe(true);
        const learned = await served(a);
        expect(learned.checkout).toBeGreaterThan(0.0025);
        expect(learned.checkout).toBeLessThan(0.0075);
        expect(learned.refund).toBeGreaterThan(0.25);
        expect(learned.refund).toBeLessThan(0.75);
        // Identical on both collectors (one calculates, the other reloads what it saved).
        await expect
          .poll(async () => JSON.stringify(await served(b)) === JSON.stringify(await served(a)))
          .toBe(true);

        // The SamplingManager gRPC answer is the same strategy.
        const call = await grpcCall(
          a.ports.jaegerGrpc!,
          '/jaeger.api_v2.SamplingManager/GetSamplingStrategy',
          jaeger.api_v2.SamplingStrategyParameters.encode({ serviceName: 'shop' }).finish(),
        );
        if (!call.ok) throw new Error(call.details);
        const strategy = jaeger.api_v2.SamplingStrategyResponse.decode(call.response);
        expect(strategy.operationSampling?.perOperationStrategies?.length).toBe(2);

        // A restarted collector serves the learned probabilities from its first request.
        stop();
        const before = await served(a);
        running.splice(running.indexOf(b), 1);
        await b.stop();
        b = await startCollector(url, prefix);
        expect(await served(b)).toEqual(before);
      } finally {
        stop();
      }
    },
  );
});
