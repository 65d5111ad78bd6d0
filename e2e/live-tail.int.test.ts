/**
 * The query service's live tail (`GET /api/stream/spans`, issue 16) as real processes on a real
 * broker: `npm run collector` (SPAN_STORAGE_TYPE=kafka) → topic → `npm run query` with
 * `--query.live.enabled`, read by SSE clients over HTTP.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveTail, createQueryService, defaultQueryOptions } from '@spanstream/query';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { createMemoryStore } from '@spanstream/storage-memory';
import { uniqueName } from '@spanstream/testkit';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './src/kafka.ts';
import {
  collectorReceiverFlags,
  queryListenerFlags,
  startService,
  stopService,
  type ServiceProcess,
} from './src/processes.ts';

const BUFFER_SIZE = 32;
let admin: KafkaAdmin;
let topic: TopicUnderTest;
let collector: ServiceProcess | undefined;
let query: ServiceProcess | undefined;
let otlpPort = 0;
let queryPort = 0;

beforeAll(async () => {
  admin = await kafkaAdmin();
  topic = await admin.createTopic(3);
  const receivers = await collectorReceiverFlags();
  otlpPort = receivers.otlpHttpPort;
  collector = await startService('collector', [...receivers.args, ...topic.producerArgs], {
    SPAN_STORAGE_TYPE: 'kafka',
  });
  const listeners = await queryListenerFlags();
  queryPort = listeners.httpPort;
  query = await startService('query', [
    ...listeners.args,
    '--query.live.enabled=true',
    `--query.live.brokers=${topic.brokers}`,
    `--query.live.topic=${topic.topic}`,
    `--query.live.buffer-size=${BUFFER_SIZE}`,
    '--query.live.max-clients=60',
    '--query.live.heartbeat-interval=1s',
  ]);
});

afterAll(async () => {
  const codes = [await stopService(query), await stopService(collector)];
  await admin.close();
  expect(codes, `${query?.output()}\n${collector?.output()}`).toEqual([0, 0]);
});

interface LiveEvent {
  readonly event: string;
  readonly data: unknown;
}

/** An SSE reader over fetch: events as they arrive, parsed from the `event:` and `data:` lines. */
class LiveClient {
  readonly events: LiveEvent[] = [];
  readonly #abort = new AbortController();
  readonly #done: Promise<void>;
  comments = 0;

  constructor(query: string) {
    const url = `http://127.0.0.1:${queryPort}/api/stream/spans?${query}`;
    this.#done = fetch(url, { signal: this.#abort.signal })
      .then(async (response) => {
        if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
        expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const decoder = new TextDecoder();
        let pending = '';
        const reader = response.body!.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          pending += decoder.decode(read.value, { stream: true });
          let end: number;
          while ((end = pending.indexOf('\n\n')) >= 0) {
            this.#parse(pending.slice(0, end));
            pending = pending.slice(end + 2);
          }
        }
      })
      .catch((error: unknown) => {
        if (!this.#abort.signal.aborted) throw error;
      });
  }

  #parse(block: string): void {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments++;
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (data !== '') this.events.push({ event, data: JSON.parse(data) });
  }

  spans(): { operationName: string; traceID: string; process: { serviceName: string } }[] {
    return this.events.filter((e) => e.event === 'span').map((e) => e.data as never);
  }

  async ready(): Promise<void> {
    await expect.poll(() => this.events.some((e) => e.event === 'ready'), { timeout: 30_000 }).toBe(true);
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }
}

function otlpSpan(name: string, attributes: Record<string, string>, durationMs = 5) {
  const start = BigInt(Date.now()) * 1_000_000n;
  return {
    traceId: randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    name,
    kind: 2,
    startTimeUnixNano: String(start),
    endTimeUnixNano: String(start + BigInt(durationMs) * 1_000_000n),
    attributes: Object.entries(attributes).map(([key, value]) => ({ key, value: { stringValue: value } })),
  };
}

/** Posts spans of one service as OTLP/JSON to the collector; they are on the topic once it answers 200. */
async function post(service: string, spans: readonly ReturnType<typeof otlpSpan>[]): Promise<void> {
  const body = {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeSpans: [{ spans }],
      },
    ],
  };
  const response = await fetch(`http://127.0.0.1:${otlpPort}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.text()).toBe(200);
}

async function adminMetric(name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${query!.adminPort}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line === undefined ? 0 : Number(line.split(' ').pop());
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

describe('live tail: collector → Kafka → query /api/stream/spans', () => {
  it('an SSE client sees a span posted to the collector within 2 s', async () => {
    const service = uniqueName('live-svc');
    const client = new LiveClient(`service=${service}`);
    await client.ready();
    const posted = Date.now();
    await post(service, [otlpSpan('GET /cart', { 'http.method': 'GET' })]);
    await expect.poll(() => client.spans().length, { timeout: 2000, interval: 20 }).toBe(1);
    const latencyMs = Date.now() - posted;
    const [span] = client.spans();
    expect(span).toMatchObject({ operationName: 'GET /cart', process: { serviceName: service } });
    expect(span!.traceID).toMatch(/^[0-9a-f]{32}$/);
    console.log(`live tail: span seen ${latencyMs} ms after the collector was sent it`);
    // Heartbeat comments keep an idle stream open (--query.live.heartbeat-interval=1s).
    await expect.poll(() => client.comments, { timeout: 5000 }).toBeGreaterThan(1);
    await client.close();
  });

  it('applies service, operation, tag and duration filters server-side', async () => {
    const [a, b] = [uniqueName('live-a'), uniqueName('live-b')];
    const errorsOfA = new LiveClient(
      `service=${a}&operation=checkout&tags=${encodeURIComponent('{"error":"true"}')}&minDuration=10ms`,
    );
    const allOfB = new LiveClient(`service=${b}`);
    await Promise.all([errorsOfA.ready(), allOfB.ready()]);
    await post(a, [
      otlpSpan('checkout', { error: 'true' }, 50),
      otlpSpan('checkout', { error: 'true' }, 1),
      otlpSpan('checkout', { error: 'false' }, 50),
      otlpSpan('browse', { error: 'true' }, 50),
    ]);
    await post(b, [otlpSpan('checkout', { error: 'true' }, 50), otlpSpan('other', {}, 1)]);
    await expect.poll(() => allOfB.spans().length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => errorsOfA.spans().length, { timeout: 10_000 }).toBe(1);
    expect(errorsOfA.spans()[0]).toMatchObject({ operationName: 'checkout', process: { serviceName: a } });
    expect(allOfB.spans().every((s) => s.process.serviceName === b)).toBe(true);
    await Promise.all([errorsOfA.close(), allOfB.close()]);
  });

  it('answers 400 for a malformed filter, as /api/traces does', async () => {
    const response = await fetch(`http://127.0.0.1:${queryPort}/api/stream/spans?tag=nocolon`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ code: 400, msg: "malformed 'tag' parameter, expecting key:value, received: nocolon" }],
    });
  });

  it('50 clients that do not read cost a bounded amount of memory: their events are dropped and counted', async () => {
    // The same flood twice: with one reading client only (the baseline: decoding, serializing),
    // then with 50 stalled clients beside it. What the stalled ones add is what the bound is about.
    const baseline = await flood(0);
    const stalled = await flood(50);
    for (const [name, m] of [
      ['1 reader', baseline],
      ['50 stalled clients + 1 reader', stalled],
    ] as const) {
      console.log(
        `live tail, ${name}, ${FLOOD_SPANS} spans of 8 KiB: heap +${mib(m.heap)} MiB, external ` +
          `+${mib(m.external)} MiB, RSS +${mib(m.rss)} MiB, ${m.dropped} events dropped, the reader got ${m.received}`,
      );
    }
    expect(stalled.dropped).toBeGreaterThan(50 * BUFFER_SIZE);
    // The bound: 50 × (32 queued events + ~48 KiB of stream buffers) is a few MiB; keeping every
    // event of the 50 stalled clients would be 800 MiB.
    expect(stalled.heap).toBeLessThan(64 * 1024 * 1024);
    expect(stalled.external).toBeLessThan(64 * 1024 * 1024);
    expect(stalled.rss).toBeLessThan(128 * 1024 * 1024);
  });

  it('a topic that does not exist ends the stream with a tail-error naming it and the brokers', async () => {
    const store = createMemoryStore();
    const logger = createLogger({ level: 'silent' });
    const registry = createMetricsRegistry({ defaultMetrics: false });
    const missing = uniqueName('live-missing');
    const liveTail = createLiveTail(
      {
        kafka: { brokers: topic.brokers.split(','), clientId: 'live-missing-topic' },
        topic: missing,
        encoding: 'otlp_proto',
        bufferSize: 8,
        maxClients: 2,
        heartbeatMs: 15_000,
      },
      { logger, registry },
    );
    const service = createQueryService({
      reader: store.reader,
      dependencies: store.dependencies,
      logger,
      registry,
      options: defaultQueryOptions(),
      liveTail,
    });
    await service.start();
    try {
      const response = await fetch(`http://127.0.0.1:${service.ports.http}/api/stream/spans`);
      expect(response.status).toBe(200);
      // The stream ends after the error event: text() resolves.
      const text = await response.text();
      expect(text).toContain('event: tail-error\n');
      expect(text).toContain(`cannot read topic ${missing} from ${topic.brokers}`);
    } finally {
      await service.stop();
    }
  });

  it('a query service without --query.live.enabled answers 503 with an error naming the flag', async () => {
    const listeners = await queryListenerFlags();
    const plain = await startService('query', listeners.args);
    try {
      const response = await fetch(`http://127.0.0.1:${listeners.httpPort}/api/stream/spans`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { msg: string }[] };
      expect(body.errors[0]!.msg).toContain('--query.live.enabled');
    } finally {
      expect(await stopService(plain)).toBe(0);
    }
  });
});

const FLOOD_SPANS = 2000;

interface FloodMeasure {
  /** growth of the query process during the flood, bytes */
  readonly heap: number;
  readonly external: number;
  readonly rss: number;
  /** events the query dropped during the flood (every client) */
  readonly dropped: number;
  /** span events the reading client got (the rest it was told were dropped) */
  readonly received: number;
}

/**
 * Opens one reading client and `stalledCount` raw connections that never read, posts
 * FLOOD_SPANS spans of ~8 KiB (16 MiB per client), waits until the reader got or was told it
 * missed every one, and measures the query process; closes every client.
 */
async function flood(stalledCount: number): Promise<FloodMeasure> {
  const service = uniqueName('live-flood');
  const pid = query!.child.pid!;
  const reader = new LiveClient(`service=${service}`);
  await reader.ready();
  const stalled: Socket[] = [];
  for (let i = 0; i < stalledCount; i++) {
    const socket = connect(queryPort, '127.0.0.1');
    socket.write(`GET /api/stream/spans?service=${service} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    // Read nothing: the kernel's buffers fill, then the server's queue, then events are dropped.
    socket.pause();
    stalled.push(socket);
  }
  await expect
    .poll(() => adminMetric('spanstream_query_live_clients'), { timeout: 30_000 })
    .toBe(stalledCount + 1);
  const before = await memory(pid);
  const droppedBefore = await adminMetric('spanstream_query_live_dropped_events_total');
  const padding = 'x'.repeat(8 * 1024);
  for (let batch = 0; batch < FLOOD_SPANS / 100; batch++) {
    await post(
      service,
      Array.from({ length: 100 }, (_, i) => otlpSpan(`op-${batch}-${i}`, { padding })),
    );
  }
  const accounted = (): number => reader.spans().length + lastDropped(reader);
  await expect.poll(accounted, { timeout: 60_000 }).toBe(FLOOD_SPANS);
  const after = await memory(pid);
  const dropped = (await adminMetric('spanstream_query_live_dropped_events_total')) - droppedBefore;
  for (const socket of stalled) socket.destroy();
  await reader.close();
  await expect.poll(() => adminMetric('spanstream_query_live_clients'), { timeout: 10_000 }).toBe(0);
  return {
    heap: after.heap - before.heap,
    external: after.external - before.external,
    rss: after.rss - before.rss,
    dropped,
    received: reader.spans().length,
  };
}

async function memory(pid: number): Promise<{ heap: number; external: number; rss: number }> {
  return {
    heap: await adminMetric('nodejs_heap_size_used_bytes'),
    external: await adminMetric('nodejs_external_memory_bytes'),
    rss: rssBytes(pid),
  };
}

function lastDropped(client: LiveClient): number {
  const reports = client.events.filter((e) => e.event === 'dropped');
  return reports.length === 0 ? 0 : (reports[reports.length - 1]!.data as { dropped: number }).dropped;
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
