// The live tail route in the real query service (HTTP, fastify, SSE framing, shutdown), with spans
// from an in-memory source instead of Kafka (the Kafka path: e2e/live-tail.int.test.ts).
import { createMetricsRegistry } from '@spanstream/runtime';
import { createMemoryStore } from '@spanstream/storage-memory';
import type { Span } from '@spanstream/model';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultQueryOptions } from '../src/config.ts';
import type { LiveTailOptions } from '../src/live/live-config.ts';
import type { SpanSource } from '../src/live/live-hub.ts';
import { createLiveTail } from '../src/live/live-tail.ts';
import type { QueryService } from '../src/query-service.ts';
import { createQueryService } from '../src/query-service.ts';
import { fixture, silentLogger } from './harness.ts';

const OPTIONS: LiveTailOptions = {
  kafka: { brokers: ['127.0.0.1:1'], clientId: 'unused' },
  topic: 'unused',
  encoding: 'protobuf',
  bufferSize: 8,
  maxClients: 2,
  heartbeatMs: 50,
};

class MemorySource implements SpanSource {
  publish: ((spans: readonly Span[]) => void) | undefined;
  failWith: Error | undefined;
  stops = 0;
  start(onSpans: (spans: readonly Span[]) => void): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.publish = onSpans;
    return Promise.resolve();
  }
  stop(): Promise<void> {
    this.stops++;
    this.publish = undefined;
    return Promise.resolve();
  }
}

let service: QueryService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

async function start(source?: SpanSource): Promise<string> {
  const store = createMemoryStore();
  const registry = createMetricsRegistry({ defaultMetrics: false });
  service = createQueryService({
    reader: store.reader,
    dependencies: store.dependencies,
    logger: silentLogger,
    registry,
    options: defaultQueryOptions(),
    liveTail: source && createLiveTail(OPTIONS, { logger: silentLogger, registry, source }),
  });
  await service.start();
  return `http://127.0.0.1:${service.ports.http}/api/stream/spans`;
}

/** Reads SSE text from a response until `until` holds for what was read. */
async function readUntil(response: Response, until: (text: string) => boolean): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const read = await reader.read();
    if (read.done) break;
    text += decoder.decode(read.value, { stream: true });
  }
  reader.releaseLock();
  return text;
}

describe('GET /api/stream/spans', () => {
  it('streams ready, then matching spans as Jaeger JSON with their process, and heartbeat comments', async () => {
    const source = new MemorySource();
    const url = await start(source);
    const spans = [...fixture('default').spans];
    const service0 = spans[0]!.process.serviceName;
    const response = await fetch(`${url}?service=${encodeURIComponent(service0)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await readUntil(response, (t) => t.includes('event: ready'));
    source.publish!([...spans, { ...spans[0]!, process: { serviceName: 'other', tags: [] } }]);
    const text = await readUntil(response, (t) => t.includes(': ping'));
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('event: span'))
      .map((block) => JSON.parse(block.split('data: ')[1]!) as Record<string, unknown>);
    expect(events).toHaveLength(spans.filter((s) => s.process.serviceName === service0).length);
    expect(events[0]).toMatchObject({
      traceID: expect.stringMatching(/^[0-9a-f]+$/) as unknown,
      spanID: spans[0]!.spanId,
      operationName: spans[0]!.operationName,
      processID: 'p1',
      process: { serviceName: service0 },
    });
  });

  it('ends open streams and stops the source when the service stops', async () => {
    const source = new MemorySource();
    const url = await start(source);
    const response = await fetch(url);
    await readUntil(response, (t) => t.includes('event: ready'));
    await service!.stop();
    service = undefined;
    await readUntil(response, () => false);
    expect(source.stops).toBe(1);
  });

  it('refuses clients past --query.live.max-clients with 503', async () => {
    const url = await start(new MemorySource());
    const open = [await fetch(url), await fetch(url)];
    for (const r of open) await readUntil(r, (t) => t.includes('event: ready'));
    const third = await fetch(url);
    expect(third.status).toBe(503);
    expect(await third.json()).toMatchObject({
      errors: [{ code: 503, msg: 'too many live tail clients (--query.live.max-clients)' }],
    });
  });

  it('reports a source that cannot start as a tail-error event, then ends the stream', async () => {
    const source = new MemorySource();
    source.failWith = new Error('Kafka unreachable');
    const url = await start(source);
    const response = await fetch(url);
    const text = await readUntil(response, () => false);
    expect(text).toContain('event: tail-error\ndata: {"msg":"Kafka unreachable"}\n\n');
    // The next client tries again.
    source.failWith = undefined;
    const retry = await fetch(url);
    expect(await readUntil(retry, (t) => t.includes('event: ready'))).toContain('event: ready');
  });

  it('answers 503 naming the flag when the live tail is disabled', async () => {
    const url = await start();
    const response = await fetch(url);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: { msg: string }[] };
    expect(body.errors[0]!.msg).toContain('--query.live.enabled=true');
  });
});
