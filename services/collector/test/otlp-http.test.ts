import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Collector } from '../src/collector.ts';
import { body, fakeDecoders } from './fake-decoders.ts';
import { metricValue, RecordingWriter, startCollector } from './support.ts';

let collector: Collector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

async function start(writer: RecordingWriter, options: Parameters<typeof startCollector>[1] = {}) {
  const started = startCollector(
    writer,
    { otlpHttpHostPort: { host: '127.0.0.1', port: 0 }, ...options },
    fakeDecoders,
  );
  collector = started.collector;
  await collector.start();
  const url = `http://127.0.0.1:${collector.ports.otlpHttp}/v1/traces`;
  return { url, registry: started.registry };
}

const post = (url: string, payload: Buffer, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body: new Uint8Array(payload), headers });

describe('OTLP/HTTP receiver (transport semantics, stand-in decoder)', () => {
  it('accepts a JSON body and writes every span', async () => {
    const writer = new RecordingWriter();
    const { url, registry } = await start(writer);
    const response = await post(url, body([1, 2, 3]), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    await expect.poll(() => writer.spans.length).toBe(3);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_received_total', {
        format: 'otlp',
        transport: 'http',
      }),
    ).toBe(3);
  });

  it('reports partial success and keeps the valid neighbours', async () => {
    const writer = new RecordingWriter();
    const { url, registry } = await start(writer);
    const response = await post(url, body([1, -1, 2]), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    const json = (await response.json()) as {
      partialSuccess: { rejectedSpans: string; errorMessage: string };
    };
    expect(json.partialSuccess.rejectedSpans).toBe('1');
    expect(json.partialSuccess.errorMessage).toContain('not a positive number');
    await expect.poll(() => writer.spans.map((s) => s.operationName)).toEqual(['op-1', 'op-2']);
    expect(await metricValue(registry, 'jaeger_collector_spans_rejected_total', { reason: 'decode' })).toBe(
      1,
    );
  });

  it('answers protobuf requests with a protobuf body', async () => {
    const writer = new RecordingWriter();
    const { url } = await start(writer);
    const ok = await post(url, body([1]), { 'content-type': 'application/x-protobuf' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/x-protobuf');
    expect((await ok.arrayBuffer()).byteLength).toBe(0);
    const partial = await post(url, body([-1, 5]), { 'content-type': 'application/x-protobuf' });
    expect(partial.status).toBe(200);
    const bytes = new Uint8Array(await partial.arrayBuffer());
    // ExportTraceServiceResponse.partial_success (field 1) { rejected_spans (field 1) = 1 }
    expect([...bytes.slice(0, 4)]).toEqual([0x0a, bytes[1], 0x08, 0x01]);
  });

  it('decompresses gzip and applies the limit to the decompressed size (gzip bomb → 413)', async () => {
    const writer = new RecordingWriter();
    const { url } = await start(writer, { maxRequestBytes: 64 * 1024 });
    const small = await post(url, gzipSync(body([7, 8])), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(small.status).toBe(200);
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const response = await post(url, bomb, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/after decompression/);
    const plain = await post(url, Buffer.alloc(65 * 1024, 0x20), { 'content-type': 'application/json' });
    expect(plain.status).toBe(413);
    await expect.poll(() => writer.spans.length).toBe(2);
  });

  it('refuses unknown content types (415), unknown encodings (415) and malformed bodies (400)', async () => {
    const writer = new RecordingWriter();
    const { url } = await start(writer);
    expect((await post(url, body([1]), { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (await post(url, body([1]), { 'content-type': 'application/json', 'content-encoding': 'br' })).status,
    ).toBe(415);
    const bad = await post(url, Buffer.from('{nope'), { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/cannot decode OTLP JSON/);
    const corrupt = await post(url, Buffer.from('not gzip'), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(corrupt.status).toBe(400);
  });

  it('answers 429 with Retry-After when the queue is full, and writes every accepted span after resume', async () => {
    const writer = new RecordingWriter();
    writer.stall();
    const { url, registry } = await start(writer, { queueSize: 4, numWorkers: 1, retryAfterSeconds: 3 });
    const statuses: number[] = [];
    let accepted = 0;
    for (let i = 1; i <= 6; i++) {
      const response = await post(url, body([i * 10, i * 10 + 1]), { 'content-type': 'application/json' });
      statuses.push(response.status);
      if (response.status === 200) accepted += 2;
      else expect(response.headers.get('retry-after')).toBe('3');
    }
    // One batch is with the stalled worker, two wait in the queue (4 spans), the rest is refused.
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // Refused is not dropped: the client was told to retry (issue 12, bug 6). Read from the /metrics text.
    const exposition = await registry.metrics();
    expect(exposition).toContain(
      'spanstream_collector_spans_refused_total{format="otlp",transport="http",reason="queue_full"} 6',
    );
    expect(exposition).not.toMatch(/jaeger_collector_spans_dropped_total\{[^}]*\} [1-9]/);
    writer.resume();
    await expect.poll(() => writer.spans.length).toBe(accepted);
    expect(await metricValue(registry, 'jaeger_collector_spans_dropped_total')).toBe(0);
  });
});
