import { loadConfig } from '@spanstream/config';
import { createLogger } from '@spanstream/runtime';
import { elasticsearchTestFlags, elasticsearchUrl, uniqueName } from '@spanstream/testkit';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { type Collector, createCollector } from '../src/collector.ts';
import { collectorOptionsFromConfig } from '../src/config.ts';
import { collectorConfig } from '../src/main-config.ts';
import { createWriter } from '../src/writer.ts';
import { ALL_OFF, metricValue } from './support.ts';

// Issue 12, bug 5: a span starting in 9999 made Elasticsearch create `…-jaeger-span-9999-12-31`.
const prefix = uniqueName('h2-collector-start');
const running: { collector: Collector; stop: () => Promise<void> }[] = [];

async function indices(): Promise<string[]> {
  const response = await fetch(`${await elasticsearchUrl()}/_cat/indices/${prefix}-*?format=json&h=index`);
  return ((await response.json()) as { index: string }[]).map((i) => i.index);
}

afterAll(async () => {
  for (const r of running) {
    await r.collector.stop();
    await r.stop();
  }
  const es = await elasticsearchUrl();
  for (const index of await indices()) await fetch(`${es}/${index}`, { method: 'DELETE' });
  await fetch(`${es}/_index_template/${prefix}-*`, { method: 'DELETE' });
});

describe('collector with Elasticsearch storage: start times outside the window', () => {
  it('creates no index for a span in 9999 or 1970, and stores the 2017 and today neighbours', async () => {
    const loaded = loadConfig(collectorConfig, { argv: await elasticsearchTestFlags(prefix), env: {} });
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded));
    const logger = createLogger({ level: 'silent' });
    const registry = new Registry();
    const { sink, service } = await createWriter(loaded.values, logger, registry);
    const options = {
      ...collectorOptionsFromConfig(loaded.values, {}),
      ...ALL_OFF,
      zipkinHostPort: { host: '127.0.0.1', port: 0 },
    };
    const collector = createCollector({ sink, logger, registry, options });
    running.push({ collector, stop: () => service.stop() });
    await collector.start();
    const zipkin = (id: string, name: string, timestamp: number) => ({
      traceId: '000000000000a001',
      id,
      name,
      timestamp,
      duration: 5,
      localEndpoint: { serviceName: 'h2-start-time' },
    });
    const response = await fetch(`http://127.0.0.1:${collector.ports.zipkin}/api/v2/spans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        zipkin('000000000000a002', 'year-9999', Date.UTC(9999, 11, 31) * 1000),
        zipkin('000000000000a003', 'epoch', 1),
        zipkin('000000000000a004', 'fixture-2017', Date.UTC(2017, 0, 26) * 1000),
        zipkin('000000000000a005', 'today', Date.now() * 1000),
      ]),
    });
    expect(response.status).toBe(202);
    await expect
      .poll(async () => (await indices()).filter((n) => n.includes('jaeger-span-2017-01-26')).length, {
        timeout: 20_000,
      })
      .toBe(1);
    await expect.poll(() => metricValue(registry, 'jaeger_collector_spans_saved_by_svc_total')).toBe(2);
    expect((await indices()).filter((n) => /9999-12-31|1970-01-01/.test(n))).toEqual([]);
    expect(
      await metricValue(registry, 'jaeger_collector_spans_rejected_total', { reason: 'start_time' }),
    ).toBe(2);
  });
});
