/**
 * The streaming aggregator end to end, as real processes (issue 16): a 4-service workload posted to
 * `npm run collector` → Kafka → `npm run ingester` (Cassandra) and `npm run aggregator` (its own group:
 * dependencies to Cassandra, RED metrics to Redis under this run's key prefix) → `npm run query` with
 * `--metrics-storage.type=redis` serving the built UI. `/api/dependencies` shows exactly the workload's
 * edges within 90 s of sending, and the UI's Monitor tab, in Debian's Chromium, shows the services, and
 * per operation the request rate, error rate and p95 latency computed from the spans sent.
 */
import { encodeOtlpTraces } from '@spanstream/codec';
import { sortedEdges, workload, type Workload } from '@spanstream/aggregator/testing';
import { latencyBucket, type MetricFamily } from '@spanstream/metrics-store';
import type { Span } from '@spanstream/model';
import { redisUrl, uniqueName } from '@spanstream/testkit';
import { ensureUiBuilt, launchBrowser, screenshotPath, type Browser } from '@spanstream/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './src/kafka.ts';
import {
  collectorReceiverFlags,
  queryListenerFlags,
  startService,
  stopService,
  type ServiceProcess,
} from './src/processes.ts';
import { storageUnderTest, type StorageUnderTest } from './src/storage.ts';

/** The metrics store's resolution: spans are counted in 10-second slots of their start time. */
const SLOT_MS = 10_000;
const TRACES = 400;

let admin: KafkaAdmin | undefined;
let storage: StorageUnderTest | undefined;
let topic: TopicUnderTest;
let browser: Browser | undefined;
let otlpPort = 0;
let queryPort = 0;
const started: ServiceProcess[] = [];

async function start(...args: Parameters<typeof startService>): Promise<ServiceProcess> {
  const service = await startService(...args);
  started.push(service);
  return service;
}

beforeAll(async () => {
  await ensureUiBuilt();
  admin = await kafkaAdmin();
  topic = await admin.createTopic(3);
  storage = await storageUnderTest('cassandra');
  const metricsArgs = [
    '--metrics-storage.type=redis',
    `--metrics-storage.redis.url=${await redisUrl()}`,
    `--metrics-storage.redis.key-prefix=${uniqueName('e2e-monitor')}:`,
    '--metrics-storage.redis.retention=1h',
  ];
  // The ingester creates the keyspace before it reports ready; the others start after it.
  await start('ingester', [...topic.consumerArgs, ...storage.args]);
  // Readiness waits for the consumer group: nothing sent later is missed.
  await start('aggregator', [
    `--kafka.consumer.brokers=${topic.brokers}`,
    `--kafka.consumer.topic=${topic.topic}`,
    `--kafka.consumer.group-id=${uniqueName('e2e-aggregator')}`,
    '--kafka.consumer.initial-offset=earliest',
    ...storage.args,
    ...metricsArgs,
  ]);
  const listeners = await queryListenerFlags();
  queryPort = listeners.httpPort;
  await start('query', [...listeners.args, ...storage.args, ...metricsArgs]);
  const receivers = await collectorReceiverFlags();
  otlpPort = receivers.otlpHttpPort;
  await start('collector', [...receivers.args, ...topic.producerArgs], { SPAN_STORAGE_TYPE: 'kafka' });
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(30_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  const codes = [];
  for (const service of started.reverse()) codes.push([service.name, await stopService(service)]);
  await admin?.close();
  await storage?.cleanup();
  expect(codes.filter(([, code]) => code !== 0)).toEqual([]);
});

async function post(spans: readonly Span[]): Promise<void> {
  for (let i = 0; i < spans.length; i += 500) {
    const response = await fetch(`http://127.0.0.1:${otlpPort}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf' },
      body: new Uint8Array(encodeOtlpTraces(spans.slice(i, i + 500))),
    });
    expect(response.status).toBe(200);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${queryPort}${path}`);
  expect(response.status, path).toBe(200);
  return ((await response.json()) as { data: T }).data;
}

/** Server spans of `service` and `operation` in the workload. */
const servers = (load: Workload, service: string, operation: string): Span[] =>
  load.spans.filter(
    (s) =>
      s.process.serviceName === service &&
      s.operationName === operation &&
      s.tags.some((t) => t.key === 'span.kind' && t.value === 'server'),
  );

const isError = (s: Span): boolean => s.tags.some((t) => t.key === 'error' && t.value === true);

/** The exact p95 (ms) of the spans' durations: the value ranked ⌈0.95·n⌉. */
function p95Ms(spans: readonly Span[]): number {
  const durations = spans.map((s) => s.duration / 1000).sort((a, b) => a - b);
  return durations[Math.ceil(0.95 * durations.length) - 1]!;
}

describe('aggregator → Redis → query → Monitor tab (collector, Kafka, Cassandra, real processes)', () => {
  it('shows exact edges within 90 s, and the Monitor tab shows rates, error rates and p95 of the spans sent', async () => {
    // Every span starts inside one 10-second slot nine minutes ago, so each metrics window either holds
    // all of an operation's calls or none, and most points of the last 15 minutes hold them.
    const slotMs = Math.floor((Date.now() - 540_000) / SLOT_MS) * SLOT_MS;
    const load = workload(TRACES, slotMs);
    expect(new Set(load.spans.map((s) => Math.floor(s.startTime / 1000 / SLOT_MS)))).toEqual(
      new Set([slotMs / SLOT_MS]),
    );
    const sentAt = Date.now();
    await post(load.spans);

    // Dependencies: the aggregator's 1-minute windows on Cassandra, through the query's API.
    type Link = { parent: string; child: string; callCount: number };
    await expect
      .poll(
        async () =>
          sortedEdges(await getJson<Link[]>(`/api/dependencies?endTs=${Date.now()}&lookback=3600000`)),
        {
          timeout: 90_000 - (Date.now() - sentAt),
          interval: 1_000,
        },
      )
      .toEqual(sortedEdges(load.edges));
    expect(Date.now() - sentAt).toBeLessThan(90_000);

    // The metrics API over exactly the slot: calls per second over a 10-minute window.
    const select = servers(load, 'db', 'SELECT');
    expect(await getJson<unknown>('/api/metrics/minstep')).toBe(SLOT_MS);
    const response = await fetch(
      `http://127.0.0.1:${queryPort}/api/metrics/calls?service=db&groupByOperation=true&endTs=${slotMs + SLOT_MS}&lookback=0&step=60000&ratePer=600000`,
    );
    expect(response.status).toBe(200);
    const family = (await response.json()) as MetricFamily;
    expect(family.name).toBe('service_operation_call_rate');
    const selectRate = family.metrics?.find((m) => m.labels.some((l) => l.value === 'SELECT'))
      ?.metricPoints[0]?.gaugeValue.doubleValue;
    expect(Math.abs(selectRate! / (select.length / 600) - 1)).toBeLessThan(0.05);

    // The Monitor tab.
    const page = await browser!.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const asked: URL[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/metrics/calls')) asked.push(new URL(request.url()));
    });
    await page.goto(`http://127.0.0.1:${queryPort}/search`);
    await page.click('nav >> text=Monitor');
    const services = page.locator('select[name=service] option');
    await expect.poll(() => services.allTextContents()).toEqual(['api', 'auth', 'db', 'frontend']);
    await page.selectOption('select[name=service]', 'db');
    await page.selectOption('select[name=range]', { label: 'Last 15 minutes' });
    const rows = page.locator('table[aria-label=Operations] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    for (const chart of ['Latency', 'Error rate', 'Request rate'])
      expect(await page.locator(`figure[aria-label="${chart}"] path.chart-line`).count()).toBeGreaterThan(0);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    await page.screenshot({ path: screenshotPath('monitor-aggregator'), fullPage: true });

    // What the table shows per operation: means over the range's points (Jaeger UI's table), where
    // a point's rate counts the calls of the 10 minutes before it, and points without calls have no
    // error rate or latency. With every call in one slot: the rate is calls/600 s at the points whose
    // window holds the slot, 0 at the others.
    const query = asked.find(
      (u) =>
        u.searchParams.get('groupByOperation') === 'true' &&
        u.searchParams.get('service') === 'db' &&
        u.searchParams.get('lookback') === String(15 * 60_000),
    )!;
    expect(query).toBeDefined();
    const [endTs, lookback, step, ratePer] = ['endTs', 'lookback', 'step', 'ratePer'].map((k) =>
      Number(query.searchParams.get(k)),
    ) as [number, number, number, number];
    const points: number[] = [];
    for (let t = endTs - lookback; t <= endTs; t += step) points.push(t);
    const holding = points.filter((t) => slotMs < t && slotMs >= t - ratePer).length;
    expect(holding).toBeGreaterThan(0);
    for (const operation of ['SELECT', 'flush']) {
      const spans = servers(load, 'db', operation);
      const row = table.find((r) => r[0]!.startsWith(`${operation} `));
      expect(row, JSON.stringify(table)).toBeDefined();
      const [, p95Text, rateText, errorText] = row!;
      const rate = (holding * spans.length) / (ratePer / 1000) / points.length;
      // Shown with two decimals: within 5 %, or the display's rounding.
      expect(Math.abs(parseFloat(rateText!) - rate)).toBeLessThanOrEqual(Math.max(0.05 * rate, 0.005));
      const errorRate = spans.filter(isError).length / spans.length;
      expect(Math.abs(parseFloat(errorText!) / 100 - errorRate)).toBeLessThanOrEqual(0.0005);
      // The p95 of the histogram, within one bucket of the spans' exact p95.
      const shown = parseFloat(p95Text!);
      expect(
        Math.abs(latencyBucket(shown) - latencyBucket(p95Ms(spans))),
        `${operation} p95 ${shown} ms`,
      ).toBeLessThanOrEqual(1);
    }
    // SELECT fails in every tenth trace; flush never.
    expect(table.find((r) => r[0]!.startsWith('flush '))![3]).toBe('0.00%');
    expect(errors).toEqual([]);
    await page.close();
  });
});
