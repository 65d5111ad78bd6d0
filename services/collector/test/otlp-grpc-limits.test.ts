import { status } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeOtlpTraces } from '@spanstream/codec';
import type { Collector } from '../src/collector.ts';
import { grpcCall } from './grpc-client.ts';
import { RecordingWriter, startCollector, testSpan } from './support.ts';

const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('OTLP gRPC receiver limits and errors', () => {
  const big = encodeOtlpTraces(
    Array.from({ length: 2000 }, (_, i) => testSpan(i + 1, { operationName: 'x'.repeat(500) })),
  );

  it('refuses messages over --collector.grpc-server.max-message-size with RESOURCE_EXHAUSTED', async () => {
    const writer = new RecordingWriter();
    collector = startCollector(writer, {
      otlpGrpcHostPort: { host: '127.0.0.1', port: 0 },
      grpcMaxMessageSize: 64 * 1024,
    }).collector;
    await collector.start();
    expect(big.length).toBeGreaterThan(64 * 1024);
    const result = await grpcCall(collector.ports.otlpGrpc!, EXPORT, big);
    expect(result).toMatchObject({ ok: false, code: status.RESOURCE_EXHAUSTED });
    const small = await grpcCall(collector.ports.otlpGrpc!, EXPORT, encodeOtlpTraces([testSpan(5)]));
    expect(small.ok).toBe(true);
  });

  it('accepts the same message once the limit is raised, and rejects malformed protobuf as INVALID_ARGUMENT', async () => {
    const writer = new RecordingWriter();
    collector = startCollector(writer, {
      otlpGrpcHostPort: { host: '127.0.0.1', port: 0 },
      grpcMaxMessageSize: 8 * 1024 * 1024,
    }).collector;
    await collector.start();
    expect((await grpcCall(collector.ports.otlpGrpc!, EXPORT, big)).ok).toBe(true);
    await expect.poll(() => writer.spans.length).toBe(2000);
    const bad = await grpcCall(collector.ports.otlpGrpc!, EXPORT, big.subarray(0, big.length - 3));
    expect(bad).toMatchObject({ ok: false, code: status.INVALID_ARGUMENT });
  });
});
