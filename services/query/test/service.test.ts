import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Client, credentials, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import { createHealthState, createMetricsRegistry } from '@spanstream/runtime';
import type { SpanReader } from '@spanstream/storage-api';
import { StorageError } from '@spanstream/storage-api';
import { describe, expect, it } from 'vitest';
import { defaultQueryOptions } from '../src/config.ts';
import { currentBearerToken } from '@spanstream/storage-api';
import { loadedStore, testQueryService } from './harness.ts';

function grpcGetServices(port: number): Promise<ServiceError | null> {
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      '/jaeger.api_v2.QueryService/GetServices',
      () => Buffer.alloc(0),
      (bytes: Buffer) => bytes,
      {},
      (error: ServiceError | null) => {
        client.close();
        resolve(error);
      },
    );
  });
}

describe('createQueryService', () => {
  it('listens on HTTP and records Jaeger query metrics and per-endpoint request metrics', async () => {
    const store = await loadedStore();
    const registry = createMetricsRegistry({ defaultMetrics: false });
    const health = createHealthState();
    health.set('ready');
    const service = testQueryService(store, {
      registry,
      health,
      options: defaultQueryOptions({ bearerTokenPropagation: true }),
    });
    await service.start();
    try {
      expect(health.snapshot().ready).toBe(true);
      const response = await fetch(`http://127.0.0.1:${service.ports.http}/api/services`);
      expect(response.status).toBe(200);
      await fetch(`http://127.0.0.1:${service.ports.http}/api/traces/zz`);
      const metrics = await registry.metrics();
      expect(metrics).toMatch(/jaeger_query_requests_total\{operation="get_services",result="ok"\} [1-9]/);
      expect(metrics).toMatch(
        /jaeger_query_latency_bucket\{le="[^"]+",operation="get_services",result="ok"\}/,
      );
      expect(metrics).toMatch(/jaeger_query_responses_count\{operation="get_services"\} [1-9]/);
      expect(metrics).toMatch(
        /spanstream_query_requests_total\{transport="http",endpoint="\/api\/services",status="200"\} 1/,
      );
      expect(metrics).toMatch(
        /spanstream_query_requests_total\{transport="http",endpoint="\/api\/traces\/:traceID",status="400"\} 1/,
      );
    } finally {
      await service.stop();
      await service.stop(); // idempotent
    }
  });

  it('is not ready while storage does not answer, and becomes ready when it does', async () => {
    const store = await loadedStore();
    let down = true;
    const reader: SpanReader = {
      ...store.reader,
      getServices: () =>
        down ? Promise.reject(new StorageError('unavailable', 'connection refused')) : store.getServices(),
      getOperations: (q) => store.getOperations(q),
      getTrace: (id) => store.getTrace(id),
      getTraces: (ids) => store.getTraces(ids),
      findTraces: (q) => store.findTraces(q),
      findTraceIds: (q) => store.findTraceIds(q),
    };
    const registry = createMetricsRegistry({ defaultMetrics: false });
    const health = createHealthState();
    health.set('ready');
    const service = testQueryService(store, { reader, registry, health, storageProbeIntervalMs: 20 });
    await service.start();
    try {
      expect(health.snapshot()).toMatchObject({
        ready: false,
        reasons: ['query-storage: storage does not answer: connection refused'],
      });
      // A failing read is a 500 in Jaeger's envelope, counted as result="err".
      const response = await fetch(`http://127.0.0.1:${service.ports.http}/api/services`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        data: null,
        total: 0,
        limit: 0,
        offset: 0,
        errors: [{ code: 500, msg: 'connection refused' }],
      });
      expect(await registry.metrics()).toMatch(
        /jaeger_query_requests_total\{operation="get_services",result="err"\}/,
      );
      const v3 = await fetch(`http://127.0.0.1:${service.ports.http}/api/v3/services`);
      expect(v3.status).toBe(500);
      expect(await v3.json()).toEqual({ error: { httpCode: 500, message: 'connection refused' } });
      const grpcError = await grpcGetServices(service.ports.grpc);
      expect(grpcError).toMatchObject({
        code: status.INTERNAL,
        details: 'failed to fetch services: connection refused',
      });
      down = false;
      await expect.poll(() => health.snapshot().ready).toBe(true);
    } finally {
      await service.stop();
    }
  });

  it.each([
    [true, { authorization: 'Bearer abc' }, 'abc'],
    [true, { 'x-forwarded-access-token': 'xyz' }, 'xyz'],
    [true, { authorization: 'Basic dXNlcjpwdw==', 'x-forwarded-access-token': 'xyz' }, undefined],
    [false, { authorization: 'Bearer abc' }, undefined],
  ])(
    'bearer-token-propagation=%s with headers %j gives storage the token %s',
    async (on, headers, expected) => {
      const store = await loadedStore();
      const seen: (string | undefined)[] = [];
      const reader: SpanReader = {
        ...store.reader,
        getServices: async () => {
          // After an await, as a real backend would read it.
          await Promise.resolve();
          seen.push(currentBearerToken());
          return store.getServices();
        },
      };
      const service = testQueryService(store, {
        reader,
        options: defaultQueryOptions({ bearerTokenPropagation: on }),
      });
      await service.start();
      try {
        seen.length = 0;
        const response = await fetch(`http://127.0.0.1:${service.ports.http}/api/services`, { headers });
        expect(response.status).toBe(200);
        expect(seen).toEqual([expected]);
      } finally {
        await service.stop();
      }
    },
  );

  it('releases the HTTP port when the gRPC port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    const service = testQueryService(await loadedStore(), {
      options: defaultQueryOptions({ grpcHostPort: { host: '127.0.0.1', port: taken } }),
    });
    try {
      await expect(service.start()).rejects.toThrow();
      expect(service.ports.http).toBeGreaterThan(0);
      await expect(fetch(`http://127.0.0.1:${service.ports.http}/api/services`)).rejects.toThrow();
    } finally {
      blocker.close();
    }
  });

  it('fails to start with a message naming a broken UI config file', async () => {
    const service = testQueryService(await loadedStore(), {
      options: defaultQueryOptions({ uiConfigPath: '/nonexistent/ui.json' }),
    });
    await expect(service.start()).rejects.toThrow(/UI config file \/nonexistent\/ui\.json: no such file/);
    await service.stop();
  });
});
