import { mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { encodePostSpansRequest } from '@spanstream/codec';
import { jaeger } from '@spanstream/proto';
import { createLogger } from '@spanstream/runtime';
import type { Collector } from '../src/collector.ts';
import { createStrategyStore } from '../src/sampling/strategy-store.ts';
import { grpcCall } from './grpc-client.ts';
import { metricValue, RecordingWriter, startCollector, testSpan } from './support.ts';

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

const POST_SPANS = '/jaeger.api_v2.CollectorService/PostSpans';
const GET_STRATEGY = '/jaeger.api_v2.SamplingManager/GetSamplingStrategy';

const STRATEGIES = {
  default_strategy: {
    type: 'probabilistic',
    param: 0.5,
    operation_strategies: [{ operation: 'op0', type: 'probabilistic', param: 0.2 }],
  },
  service_strategies: [
    {
      service: 'foo',
      type: 'probabilistic',
      param: 0.8,
      operation_strategies: [{ operation: 'op1', type: 'probabilistic', param: 0.2 }],
    },
    { service: 'bar', type: 'ratelimiting', param: 5 },
  ],
};

describe('Jaeger gRPC PostSpans (14250)', () => {
  it('stores a batch, the batch process filling spans without one, and rejects invalid spans only', async () => {
    const writer = new RecordingWriter();
    const started = startCollector(writer, { grpcHostPort: { host: '127.0.0.1', port: 0 } });
    collector = started.collector;
    await collector.start();
    const port = collector.ports.jaegerGrpc!;
    const good = await grpcCall(
      port,
      POST_SPANS,
      encodePostSpansRequest([testSpan(1), testSpan(2)], { serviceName: 'api', tags: [] }),
    );
    expect(good.ok).toBe(true);
    await expect.poll(() => writer.spans.length).toBe(2);
    expect(
      await metricValue(started.registry, 'jaeger_collector_spans_received_total', {
        format: 'proto',
        transport: 'grpc',
      }),
    ).toBe(2);
    const bad = await grpcCall(port, POST_SPANS, Buffer.from([0x0a, 0xff, 0xff, 0x01]));
    expect(bad).toMatchObject({ ok: false, code: status.INVALID_ARGUMENT });
  });

  it('answers RESOURCE_EXHAUSTED for the whole call when the queue is full and loses nothing accepted', async () => {
    const writer = new RecordingWriter();
    writer.stall();
    collector = startCollector(writer, {
      grpcHostPort: { host: '127.0.0.1', port: 0 },
      queueSize: 2,
      numWorkers: 1,
    }).collector;
    await collector.start();
    const port = collector.ports.jaegerGrpc!;
    const results = [];
    for (let i = 1; i <= 4; i++)
      results.push(
        await grpcCall(port, POST_SPANS, encodePostSpansRequest([testSpan(i * 10), testSpan(i * 10 + 1)])),
      );
    expect(results.map((r) => (r.ok ? 'OK' : r.code))).toEqual([
      'OK',
      'OK',
      status.RESOURCE_EXHAUSTED,
      status.RESOURCE_EXHAUSTED,
    ]);
    const refused = results[2]!;
    if (refused.ok) throw new Error('expected RESOURCE_EXHAUSTED');
    // google.rpc.RetryInfo in the status details: OTLP clients retry RESOURCE_EXHAUSTED only with it.
    const details = refused.metadata.get('grpc-status-details-bin')[0] as Buffer;
    expect(details.toString('latin1')).toContain('type.googleapis.com/google.rpc.RetryInfo');
    writer.resume();
    await expect.poll(() => writer.spans.length).toBe(4);
  });
});

describe('sampling strategies from a file', () => {
  it('serves Jaeger proto-JSON over HTTP (5778 and 14268) and protobuf over gRPC, and reloads on change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sampling-'));
    const file = join(dir, 'strategies.json');
    await writeFile(file, JSON.stringify(STRATEGIES));
    collector = startCollector(new RecordingWriter(), {
      samplingHostPort: { host: '127.0.0.1', port: 0 },
      httpHostPort: { host: '127.0.0.1', port: 0 },
      grpcHostPort: { host: '127.0.0.1', port: 0 },
      samplingStrategiesFile: file,
    }).collector;
    await collector.start();
    const get = async (port: number, path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, body: await response.text() };
    };
    const foo = await get(collector.ports.sampling!, '/sampling?service=foo');
    expect(JSON.parse(foo.body)).toEqual({
      strategyType: 'PROBABILISTIC',
      probabilisticSampling: { samplingRate: 0.8 },
      operationSampling: {
        defaultSamplingProbability: 0.8,
        defaultLowerBoundTracesPerSecond: 0,
        perOperationStrategies: [
          { operation: 'op1', probabilisticSampling: { samplingRate: 0.2 } },
          { operation: 'op0', probabilisticSampling: { samplingRate: 0.2 } },
        ],
        defaultUpperBoundTracesPerSecond: 0,
      },
    });
    const bar = await get(collector.ports.jaegerHttp!, '/api/sampling?service=bar');
    expect(JSON.parse(bar.body)).toEqual({
      strategyType: 'RATE_LIMITING',
      rateLimitingSampling: { maxTracesPerSecond: 5 },
    });
    expect((await get(collector.ports.sampling!, '/sampling')).status).toBe(400);
    expect((await get(collector.ports.sampling!, '/sampling?service=a&service=b')).status).toBe(400);

    const request = jaeger.api_v2.SamplingStrategyParameters.encode({ serviceName: 'unknown' }).finish();
    const viaGrpc = await grpcCall(collector.ports.jaegerGrpc!, GET_STRATEGY, request);
    if (!viaGrpc.ok) throw new Error(viaGrpc.details);
    const decoded = jaeger.api_v2.SamplingStrategyResponse.decode(viaGrpc.response);
    expect(decoded.probabilisticSampling?.samplingRate).toBe(0.5);
    expect(decoded.operationSampling?.perOperationStrategies?.[0]?.operation).toBe('op0');

    // Replace the file the way editors and ConfigMaps do (write + rename).
    await writeFile(
      join(dir, 'next.json'),
      JSON.stringify({ default_strategy: { type: 'probabilistic', param: 0.25 } }),
    );
    await rename(join(dir, 'next.json'), file);
    await expect
      .poll(
        async () =>
          JSON.parse((await get(collector!.ports.sampling!, '/sampling?service=foo')).body) as unknown,
      )
      .toEqual({ strategyType: 'PROBABILISTIC', probabilisticSampling: { samplingRate: 0.25 } });
  });

  it('keeps the previous strategies when the file becomes invalid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sampling-'));
    const file = join(dir, 's.json');
    await writeFile(file, JSON.stringify(STRATEGIES));
    const store = createStrategyStore(file, 3_600_000, createLogger({ level: 'silent' }));
    await store.start();
    try {
      await writeFile(file, '{ not json');
      expect(await store.reload()).toBe(false);
      expect(store.get('bar')).toEqual({
        strategyType: 'RATE_LIMITING',
        rateLimitingSampling: { maxTracesPerSecond: 5 },
      });
      await writeFile(
        file,
        JSON.stringify({ service_strategies: [{ service: 'bar', type: 'probabilistic', param: 1 }] }),
      );
      expect(await store.reload()).toBe(true);
      expect(store.get('bar').probabilisticSampling).toEqual({ samplingRate: 1 });
    } finally {
      store.stop();
    }
  });

  it('refuses to start with an invalid strategies file, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sampling-'));
    const file = join(dir, 's.json');
    await writeFile(file, JSON.stringify({ default_strategy: { type: 'sometimes', param: 1 } }));
    collector = startCollector(new RecordingWriter(), {
      samplingHostPort: { host: '127.0.0.1', port: 0 },
      samplingStrategiesFile: file,
    }).collector;
    await expect(collector.start()).rejects.toThrow(
      /s\.json: default_strategy: unknown strategy type "sometimes"/,
    );
  });
});
