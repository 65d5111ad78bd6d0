import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import jaegerClient from 'jaeger-client';
import { BatchRecorder, ExplicitContext, Tracer, jsonEncoder } from 'zipkin';
import { HttpLogger } from 'zipkin-transport-http';
import { findTag } from '@spanstream/model';
import type { Collector } from '../src/collector.ts';
import { RecordingWriter, startCollector } from './support.ts';

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

async function start(options: Parameters<typeof startCollector>[1]) {
  const writer = new RecordingWriter();
  collector = startCollector(writer, options).collector;
  await collector.start();
  return writer;
}

describe('jaeger-client (Thrift over HTTP) against /api/traces', () => {
  it('stores the spans a jaeger-client tracer reports, with their process and tags', async () => {
    const writer = await start({ httpHostPort: { host: '127.0.0.1', port: 0 } });
    const tracer = jaegerClient.initTracer(
      {
        serviceName: 'legacy-billing',
        sampler: { type: 'const', param: 1 },
        reporter: {
          collectorEndpoint: `http://127.0.0.1:${collector!.ports.jaegerHttp}/api/traces`,
          flushIntervalMs: 50,
        },
      },
      { tags: { 'deployment.zone': 'eu-1' } },
    );
    const parent = tracer.startSpan('charge');
    parent.setTag('amount', 42);
    parent.log({ event: 'card checked' });
    const child = tracer.startSpan('db.query', { childOf: parent });
    child.finish();
    parent.finish();
    await new Promise<void>((resolve) => {
      tracer.close(resolve);
    });
    await expect.poll(() => writer.spans.length).toBe(2);
    const charge = writer.spans.find((s) => s.operationName === 'charge')!;
    const query = writer.spans.find((s) => s.operationName === 'db.query')!;
    expect(charge.process.serviceName).toBe('legacy-billing');
    expect(findTag(charge.process.tags, 'deployment.zone')?.value).toBe('eu-1');
    expect(findTag(charge.tags, 'amount')).toEqual({ key: 'amount', type: 'float64', value: 42 });
    expect(charge.logs[0]!.fields).toContainEqual({ key: 'event', type: 'string', value: 'card checked' });
    expect(query.references).toEqual([
      { refType: 'CHILD_OF', traceId: charge.traceId, spanId: charge.spanId },
    ]);
  });
});

/** jaeger-client's RemoteSampler is missing from its typings; this is the part the test uses. */
interface RemoteSampler {
  close(callback: () => void): void;
}
type RemoteSamplerClass = new (
  service: string,
  options: {
    host: string;
    port: number;
    refreshInterval: number;
    onSamplerUpdate: (sampler: unknown) => void;
  },
) => RemoteSampler;

describe('jaeger-client RemoteSampler against the sampling endpoint (5778 /sampling)', () => {
  it('adopts the strategy the collector serves for its service', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sampling-'));
    const file = join(dir, 'strategies.json');
    await writeFile(
      file,
      JSON.stringify({
        default_strategy: { type: 'probabilistic', param: 0.5 },
        service_strategies: [{ service: 'checkout', type: 'ratelimiting', param: 7 }],
      }),
    );
    await start({ samplingHostPort: { host: '127.0.0.1', port: 0 }, samplingStrategiesFile: file });
    const { RemoteSampler } = jaegerClient as unknown as { RemoteSampler: RemoteSamplerClass };
    const updated = await new Promise<unknown>((resolve) => {
      const sampler = new RemoteSampler('checkout', {
        host: '127.0.0.1',
        port: collector!.ports.sampling!,
        refreshInterval: 20,
        onSamplerUpdate: (next) => {
          sampler.close(() => undefined);
          resolve(next);
        },
      });
    });
    expect(String(updated)).toMatch(/RateLimitingSampler\(maxTracesPerSecond=7\)/);
  });
});

describe('zipkin-js (zipkin-transport-http) against /api/v2/spans', () => {
  it('stores a Zipkin client span with its kind, tags and annotations', async () => {
    const writer = await start({ zipkinHostPort: { host: '127.0.0.1', port: 0 } });
    // fetchImplementation (Node's fetch instead of the node-fetch peer dependency) is missing from the typings.
    const loggerOptions = {
      endpoint: `http://127.0.0.1:${collector!.ports.zipkin}/api/v2/spans`,
      jsonEncoder: jsonEncoder.JSON_V2,
      httpInterval: 50,
      fetchImplementation: fetch,
    };
    const logger = new HttpLogger(loggerOptions);
    const tracer = new Tracer({
      ctxImpl: new ExplicitContext(),
      recorder: new BatchRecorder({ logger }),
      localServiceName: 'web-frontend',
      traceId128Bit: true,
    });
    tracer.local('render page', () => {
      tracer.recordBinary('page', 'home');
      tracer.recordMessage('cache miss');
    });
    await expect.poll(() => writer.spans.length, { timeout: 5000 }).toBe(1);
    const span = writer.spans[0]!;
    expect(span.operationName).toBe('render page');
    expect(span.process.serviceName).toBe('web-frontend');
    expect(findTag(span.tags, 'page')?.value).toBe('home');
    expect(span.logs.map((l) => l.fields[0]?.value)).toContain('cache miss');
  });
});
