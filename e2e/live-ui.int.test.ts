/**
 * The UI's Live page on a real pipeline: a trace posted to `npm run collector` (Kafka storage)
 * appears on the Live page of a query service whose live tail reads the topic, and a click opens
 * the trace. The query service here runs in-process over a memory store (the UI test server), into
 * which the test writes the same trace, as an ingester would, for the trace page to find.
 */
import { randomBytes } from 'node:crypto';
import { encodeOtlpTraces, fromJaegerUiTrace } from '@spanstream/codec';
import { createLiveTail, type LiveHub } from '@spanstream/query';
import { createLogger, createMetricsRegistry } from '@spanstream/runtime';
import { uniqueName } from '@spanstream/testkit';
import {
  launchBrowser,
  makeSyntheticTrace,
  screenshotPath,
  startUiServer,
  type Browser,
  type UiServer,
} from '@spanstream/ui/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaAdmin, type KafkaAdmin, type TopicUnderTest } from './src/kafka.ts';
import { collectorReceiverFlags, startService, stopService, type ServiceProcess } from './src/processes.ts';

type RawTrace = ReturnType<typeof makeSyntheticTrace>;

let admin: KafkaAdmin;
let topic: TopicUnderTest;
let collector: ServiceProcess | undefined;
let otlpPort = 0;
let ui: UiServer | undefined;
let browser: Browser | undefined;
const prefix = uniqueName('live-ui');

/** A 5-span trace of two services named for this run, starting now. */
const trace: RawTrace = (() => {
  const raw = makeSyntheticTrace({
    spans: 5,
    services: 2,
    traceID: randomBytes(16).toString('hex'),
    startTime: Date.now() * 1000,
  });
  const processes = Object.fromEntries(
    Object.entries(raw.processes).map(([id, p]) => [id, { ...p, serviceName: `${prefix}-${p.serviceName}` }]),
  );
  return { ...raw, processes };
})();

beforeAll(async () => {
  admin = await kafkaAdmin();
  topic = await admin.createTopic(1);
  const receivers = await collectorReceiverFlags();
  otlpPort = receivers.otlpHttpPort;
  collector = await startService('collector', [...receivers.args, ...topic.producerArgs], {
    SPAN_STORAGE_TYPE: 'kafka',
  });
  const liveTail: LiveHub = createLiveTail(
    {
      kafka: { brokers: topic.brokers.split(','), clientId: 'live-ui-test' },
      topic: topic.topic,
      encoding: 'otlp_proto',
      bufferSize: 256,
      maxClients: 5,
      heartbeatMs: 15_000,
    },
    { logger: createLogger({ level: 'silent' }), registry: createMetricsRegistry({ defaultMetrics: false }) },
  );
  ui = await startUiServer({ fixtures: false, traces: [trace], liveTail });
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(30_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ui?.stop();
  const code = await stopService(collector);
  await admin.close();
  expect(code, collector?.output()).toBe(0);
});

async function postToCollector(raw: RawTrace): Promise<void> {
  const { spans, rejected } = fromJaegerUiTrace(raw);
  expect(rejected).toEqual([]);
  const response = await fetch(`http://127.0.0.1:${otlpPort}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf' },
    body: new Uint8Array(encodeOtlpTraces(spans)),
  });
  expect(response.status).toBe(200);
}

describe('Live page', () => {
  it('shows spans posted to the collector as they arrive; pause holds them; a click opens the trace', async () => {
    const page = await browser!.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ui!.url}search`);
    await page.click('nav >> text=Live');
    await page.locator('.live-status', { hasText: 'Live' }).waitFor();

    // Paused: arrivals are held (and counted), not shown.
    await page.click('button:has-text("Pause")');
    await postToCollector(trace);
    await page.locator('.live-status', { hasText: 'Paused: 5 new span(s) held' }).waitFor();
    expect(await page.locator('table[aria-label="Live spans"] tbody tr').count()).toBe(0);
    await page.click('button:has-text("Resume")');
    const rows = page.locator('table[aria-label="Live spans"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(5);
    const services = await rows.locator('td:nth-child(2)').allTextContents();
    expect(new Set(services)).toEqual(new Set(Object.values(trace.processes).map((p) => p.serviceName)));

    // A service filter is applied by the server, and kept in the URL.
    const only = `${prefix}-service-1`;
    await page.selectOption('select[name=service]', only);
    await page.click('button:has-text("Tail")');
    await page.waitForURL(new RegExp(`service=${only}`));
    await page.locator('.live-status', { hasText: 'Live' }).waitFor();
    await postToCollector(trace);
    const expected = trace.spans.filter((s) => trace.processes[s.processID]!.serviceName === only).length;
    // Collector → Kafka → the live tail's consumer → SSE: seconds under a loaded machine, not vitest's 1 s poll default.
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(expected);
    expect(new Set(await rows.locator('td:nth-child(2)').allTextContents())).toEqual(new Set([only]));

    await page.screenshot({ path: screenshotPath('live-page') });
    // Click-through to the trace page.
    await rows.first().locator('a.trace-id').click();
    await page.waitForURL(new RegExp(`/trace/${trace.traceID}`));
    await page.locator('.trace-header h1').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the query service has no live tail', async () => {
    const plain = await startUiServer({ fixtures: false });
    try {
      const page = await browser!.context.newPage();
      await page.goto(`${plain.url}live`);
      await page.locator('.live-page .error').waitFor();
      expect(await page.locator('.live-page .error').textContent()).toContain('--query.live.enabled');
      await page.close();
    } finally {
      await plain.stop();
    }
  });
});
