import { EventEmitter } from 'node:events';
import type { Span } from '@spanstream/model';
import { micros, parseSpanId, parseTraceId, stringTag } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import type { SpanSource } from './live-hub.ts';
import { createLiveHub } from './live-hub.ts';
import { parseLiveFilter } from './span-filter.ts';
import type { EventSink } from './sse-client.ts';

function span(i: number, service = 'frontend', tags: Record<string, string> = {}): Span {
  return {
    traceId: parseTraceId(i.toString(16).padStart(32, '0'))!,
    spanId: parseSpanId((i + 1).toString(16))!,
    operationName: `op-${i % 2}`,
    references: [],
    flags: 1,
    startTime: micros(1_700_000_000_000_000 + i),
    duration: micros(1000 * i),
    tags: Object.entries(tags).map(([k, v]) => stringTag(k, v)),
    logs: [],
    process: { serviceName: service, tags: [] },
    warnings: [],
  };
}

/** A connection that accepts `room` chunks, then reports full until `drain()`. */
class FakeSink extends EventEmitter implements EventSink {
  readonly chunks: string[] = [];
  ended = false;
  room: number;
  constructor(room = Infinity) {
    super();
    this.room = room;
  }
  write(chunk: string | Buffer): boolean {
    this.chunks.push(chunk.toString());
    return this.chunks.length < this.room;
  }
  drain(room: number): void {
    this.room = this.chunks.length + room;
    this.emit('drain');
  }
  end(): void {
    this.ended = true;
  }
  spanNames(): string[] {
    return this.chunks
      .filter((c) => c.startsWith('event: span'))
      .map((c) => (JSON.parse(c.split('data: ')[1]!) as { operationName: string }).operationName);
  }
}

class FakeSource implements SpanSource {
  starts = 0;
  stops = 0;
  publish: ((spans: readonly Span[]) => void) | undefined;
  start(onSpans: (spans: readonly Span[]) => void): Promise<void> {
    this.starts++;
    this.publish = onSpans;
    return Promise.resolve();
  }
  stop(): Promise<void> {
    this.stops++;
    this.publish = undefined;
    return Promise.resolve();
  }
}

const counts = { sent: 0, dropped: 0, clients: 0 };
const metrics = {
  clientsChanged: (n: number) => (counts.clients = n),
  eventSent: () => counts.sent++,
  eventDropped: () => counts.dropped++,
};

function hub(source: SpanSource, bufferSize = 4) {
  return createLiveHub(source, {
    bufferSize,
    maxClients: 2,
    heartbeatMs: 60_000,
    encode: (s) => JSON.stringify({ operationName: s.operationName }),
    metrics,
  });
}

function filter(query: Record<string, string>) {
  const parsed = parseLiveFilter(query);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('live hub', () => {
  it('starts the source with the first client, stops it with the last, and refuses clients past the maximum', async () => {
    const source = new FakeSource();
    const live = hub(source);
    const a = await live.join(filter({}), new FakeSink());
    const b = await live.join(filter({}), new FakeSink());
    expect(source.starts).toBe(1);
    expect(live.full).toBe(true);
    a.leave();
    expect(source.stops).toBe(0);
    b.leave();
    await expect.poll(() => source.stops).toBe(1);
    await live.join(filter({}), new FakeSink());
    expect(source.starts).toBe(2);
    await live.close();
    expect(source.stops).toBe(2);
  });

  it('sends each client only the spans its filter matches (service, operation, tags, durations)', async () => {
    const source = new FakeSource();
    const live = hub(source, 100);
    const all = new FakeSink();
    const some = new FakeSink();
    await live.join(filter({}), all);
    await live.join(
      filter({
        service: 'frontend',
        operation: 'op-1',
        tags: '{"http.status_code":"5.."}',
        minDuration: '2ms',
      }),
      some,
    );
    source.publish!([
      span(1, 'frontend', { 'http.status_code': '500' }),
      span(3, 'frontend', { 'http.status_code': '503' }),
      span(5, 'backend', { 'http.status_code': '500' }),
      span(7, 'frontend', { 'http.status_code': '200' }),
      span(2, 'frontend', { 'http.status_code': '500' }),
    ]);
    expect(all.spanNames()).toHaveLength(5);
    // span 1 is too short, 5 another service, 7 has another status, 2 another operation
    expect(some.chunks.filter((c) => c.startsWith('event: span'))).toHaveLength(1);
    await live.close();
  });

  it('queues at most bufferSize events for a stalled client, counts the rest, and reports them when it drains', async () => {
    const source = new FakeSource();
    const live = hub(source, 4);
    const slow = new FakeSink(2);
    const sub = await live.join(filter({}), slow);
    counts.dropped = 0;
    source.publish!(Array.from({ length: 20 }, (_, i) => span(i)));
    // 2 written before the connection reported full, 4 queued, 14 dropped
    expect(slow.chunks).toHaveLength(2);
    expect(sub.client.dropped).toBe(14);
    expect(counts.dropped).toBe(14);
    slow.drain(100);
    expect(slow.chunks[2]).toBe('event: dropped\ndata: {"dropped":14}\n\n');
    expect(slow.chunks).toHaveLength(2 + 1 + 4);
    await live.close();
    expect(slow.ended).toBe(true);
  });

  it('rejects a bad filter with the wording of /api/traces', () => {
    expect(parseLiveFilter({ tag: 'nocolon' })).toEqual({
      ok: false,
      error: "malformed 'tag' parameter, expecting key:value, received: nocolon",
    });
    expect(parseLiveFilter({ minDuration: '5ms', maxDuration: '1ms' }).ok).toBe(false);
  });
});
