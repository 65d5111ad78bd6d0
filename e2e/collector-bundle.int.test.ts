/**
 * `npm run collector` runs the collector's JavaScript bundle (services/collector/dist), not the
 * TypeScript sources. The strategies' tests cover its storage writers; this one turns on every
 * receiver, so that what the bundle loads lazily or reads from disk at run time (the Zipkin proto
 * schema, the Thrift and gRPC codecs) is exercised through it too.
 */
import { encodeOtlpTraces, encodeZipkinProto } from '@spanstream/codec';
import { type Micros, parseSpanId, parseTraceId, type Span } from '@spanstream/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, serviceMain, startService, stopService } from './src/processes.ts';
import type { ServiceProcess } from './src/processes.ts';

const now = Date.now() * 1000;

/** The sum of a counter's samples whose labels include `svc="<service>"`. */
async function receivedFor(adminPort: number, service: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('jaeger_collector_spans_received_total{') && line.includes(`svc="${service}"`))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

describe('the collector bundle (npm run collector)', () => {
  let collector: ServiceProcess | undefined;
  const ports = { otlpHttp: 0, zipkin: 0, sampling: 0 };

  beforeAll(async () => {
    ports.otlpHttp = await freePort();
    ports.zipkin = await freePort();
    ports.sampling = await freePort();
    collector = await startService(
      'collector',
      [
        `--collector.otlp.http.host-port=127.0.0.1:${ports.otlpHttp}`,
        `--collector.otlp.grpc.host-port=127.0.0.1:${await freePort()}`,
        `--collector.grpc-server.host-port=127.0.0.1:${await freePort()}`,
        `--collector.http-server.host-port=127.0.0.1:${await freePort()}`,
        `--collector.zipkin.host-port=127.0.0.1:${ports.zipkin}`,
        `--collector.sampling.http.host-port=127.0.0.1:${ports.sampling}`,
      ],
      { SPAN_STORAGE_TYPE: 'memory' },
    );
  });

  afterAll(async () => {
    const code = await stopService(collector);
    expect(code, collector?.output()).toBe(0);
  });

  it('is the file it runs', () => {
    expect(serviceMain('collector')).toMatch(/services\/collector\/dist\/main\.js$/);
  });

  it('accepts OTLP/HTTP protobuf and Zipkin proto3, and counts both', async () => {
    const span: Span = {
      traceId: parseTraceId('0af7651916cd43dd8448eb211c80319c')!,
      spanId: parseSpanId('b7ad6b7169203331')!,
      operationName: 'GET /bundle',
      references: [],
      flags: 1,
      startTime: now as Micros,
      duration: 1500 as Micros,
      tags: [{ key: 'http.method', type: 'string', value: 'GET' }],
      logs: [],
      process: { serviceName: 'bundle-svc', tags: [] },
      warnings: [],
    };
    const otlp = await fetch(`http://127.0.0.1:${ports.otlpHttp}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: encodeOtlpTraces([span]) as Uint8Array<ArrayBuffer>,
    });
    expect(otlp.status).toBe(200);
    const zipkin = await fetch(`http://127.0.0.1:${ports.zipkin}/api/v2/spans`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: encodeZipkinProto([
        {
          traceId: Buffer.from('0af7651916cd43dd8448eb211c80319d', 'hex'),
          id: Buffer.from('b7ad6b7169203332', 'hex'),
          name: 'get /zipkin',
          kind: 'SERVER',
          timestamp: now,
          duration: 900,
          localEndpoint: { serviceName: 'bundle-zipkin' },
        },
      ]) as Uint8Array<ArrayBuffer>,
    });
    expect(zipkin.status, await zipkin.text()).toBe(202);
    expect(await receivedFor(collector!.adminPort, 'bundle-svc')).toBe(1);
    expect(await receivedFor(collector!.adminPort, 'bundle-zipkin')).toBe(1);
  });

  it('serves sampling strategies', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.sampling}/api/sampling?service=bundle-svc`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ strategyType: 'PROBABILISTIC' });
  });
});
