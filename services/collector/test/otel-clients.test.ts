import { afterEach, describe, expect, it } from 'vitest';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { findTag } from '@spanstream/model';
import type { Collector } from '../src/collector.ts';
import { RecordingWriter, startCollector } from './support.ts';

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

/** Sends one parent/child pair through the real OpenTelemetry JS SDK and exporter. */
async function sendWith(exporter: SpanExporter): Promise<void> {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout', 'host.name': 'h1' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('spanstream-test', '1.2.3');
  const parent = tracer.startSpan('POST /cart', {
    attributes: { 'http.status_code': 201 },
  });
  parent.addEvent('validated', { items: 3 });
  parent.end();
  await provider.forceFlush();
  await provider.shutdown();
}

async function start(options: Parameters<typeof startCollector>[1]) {
  const writer = new RecordingWriter();
  collector = startCollector(writer, options).collector;
  await collector.start();
  return writer;
}

function expectCheckoutSpan(writer: RecordingWriter): void {
  const span = writer.spans[0]!;
  expect(span.operationName).toBe('POST /cart');
  expect(span.process.serviceName).toBe('checkout');
  expect(findTag(span.process.tags, 'host.name')).toEqual({ key: 'host.name', type: 'string', value: 'h1' });
  expect(findTag(span.tags, 'http.status_code')).toEqual({
    key: 'http.status_code',
    type: 'int64',
    value: 201n,
  });
  expect(findTag(span.tags, 'otel.scope.name')?.value).toBe('spanstream-test');
  expect(span.logs[0]!.fields).toContainEqual({ key: 'event', type: 'string', value: 'validated' });
}

describe('OpenTelemetry JS SDK exporters against the collector', () => {
  it('OTLP/gRPC exporter (gzip) → 4317 receiver', async () => {
    const writer = await start({ otlpGrpcHostPort: { host: '127.0.0.1', port: 0 } });
    const url = `http://127.0.0.1:${collector!.ports.otlpGrpc}`;
    await sendWith(new GrpcExporter({ url, compression: 'gzip' as never }));
    await expect.poll(() => writer.spans.length).toBe(1);
    expectCheckoutSpan(writer);
  });

  it('OTLP/HTTP protobuf exporter → 4318 receiver', async () => {
    const writer = await start({ otlpHttpHostPort: { host: '127.0.0.1', port: 0 } });
    await sendWith(new ProtoExporter({ url: `http://127.0.0.1:${collector!.ports.otlpHttp}/v1/traces` }));
    await expect.poll(() => writer.spans.length).toBe(1);
    expectCheckoutSpan(writer);
  });

  it('OTLP/HTTP JSON exporter (gzip) → 4318 receiver', async () => {
    const writer = await start({ otlpHttpHostPort: { host: '127.0.0.1', port: 0 } });
    const url = `http://127.0.0.1:${collector!.ports.otlpHttp}/v1/traces`;
    await sendWith(new JsonExporter({ url, compression: 'gzip' as never }));
    await expect.poll(() => writer.spans.length).toBe(1);
    expectCheckoutSpan(writer);
  });
});
