// @vitest-environment node
// Browser tests of the Monitor (SPM) tab: Debian's Chromium against the real query service serving
// the built UI. The query service has no metrics backend of its own here, so the test answers
// `/api/metrics/*` itself in the browser (playwright's page.route) with Jaeger-shaped MetricFamily
// JSON — only in this test; the aggregator's real API is checked end to end elsewhere.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser.ts';
import { browserSuite } from './browser-suite.ts';
import { startUiServer } from './ui-server.ts';

const SERVICE = 'query01-service';
const OPERATIONS = ['GET /cart', 'POST /checkout'];

const suite = browserSuite(() => startUiServer());
const { newPage } = suite;

/**
 * A Jaeger metrics API for one service: `service_*` families (per operation with groupByOperation),
 * one point per step over the lookback. Operation i has latency (quantile × 100 + i × 100) ms,
 * (2 + i) calls/s and a 5 % error rate; NaN at the first point, as Prometheus answers for an empty window.
 */
function metricFamily(url: URL): unknown {
  const q = url.searchParams;
  const kind = url.pathname.split('/').pop()!;
  const grouped = q.get('groupByOperation') === 'true';
  const end = Number(q.get('endTs'));
  const step = Number(q.get('step'));
  const start = end - Number(q.get('lookback'));
  const value = (i: number): number =>
    kind === 'latencies' ? Number(q.get('quantile')) * 100 + i * 100 : kind === 'calls' ? 2 + i : 0.05;
  const series = (grouped ? OPERATIONS : [q.get('service')!]).map((label, i) => ({
    labels: [
      { name: 'service_name', value: q.get('service')! },
      ...(grouped ? [{ name: 'operation', value: label }] : []),
    ],
    metricPoints: Array.from({ length: Math.floor((end - start) / step) + 1 }, (_, k) => ({
      gaugeValue: { doubleValue: k === 0 ? 'NaN' : value(i) },
      timestamp: new Date(start + k * step).toISOString(),
    })),
  }));
  const names = { latencies: 'latencies', calls: 'call_rate', errors: 'error_rate' } as Record<
    string,
    string
  >;
  return {
    name: `${grouped ? 'service_operation' : 'service'}_${names[kind]}`,
    type: 'GAUGE',
    help: `${kind}, grouped by ${grouped ? 'service & operation' : 'service'}`,
    metrics: series,
  };
}

async function serveMetrics(page: Page, requests: URL[]): Promise<void> {
  await page.route('**/api/metrics/**', (route: Route) => {
    const url = new URL(route.request().url());
    requests.push(url);
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(metricFamily(url)) });
  });
}

describe('Monitor tab', () => {
  it('draws latency, error-rate and request-rate charts and the per-operation table from the metrics API', async () => {
    const page = await newPage();
    const requests: URL[] = [];
    await serveMetrics(page, requests);
    await page.goto(`${suite.server.url}search`);
    await page.click('nav >> text=Monitor');
    await page.selectOption('select[name=service]', SERVICE);
    await page.locator('table[aria-label=Operations] tbody tr').nth(1).waitFor();

    const latencyLines = page.locator('figure[aria-label=Latency] path.chart-line');
    expect(
      await latencyLines.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-series'))),
    ).toEqual(['p50', 'p75', 'p95']);
    // Every line is drawn (a NaN point is a gap, not a zero).
    for (const d of await latencyLines.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '')))
      expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    await expect.poll(() => page.locator('figure[aria-label="Error rate"] path.chart-line').count()).toBe(1);
    await expect
      .poll(() => page.locator('figure[aria-label="Request rate"] path.chart-line').count())
      .toBe(1);

    const rows = await page
      .locator('table[aria-label=Operations] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // Sorted by impact (p95 × rate): POST /checkout 195 ms × 3/s outweighs GET /cart 95 ms × 2/s.
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['POST /checkout View traces', '195 ms', '3.00/s', '5.00%'],
      ['GET /cart View traces', '95 ms', '2.00/s', '5.00%'],
    ]);

    // Jaeger UI's requests: every quantile, server spans, 1 h back in 1 min steps, grouped for the table.
    const asked = requests
      .filter((u) => u.searchParams.get('service') === SERVICE)
      .map(
        (u) =>
          `${u.pathname.split('/').pop()} ${u.searchParams.get('quantile') ?? ''} ${u.searchParams.get('groupByOperation') ?? 'false'}`,
      );
    expect([...new Set(asked)].sort()).toEqual(
      [
        'calls  false',
        'calls  true',
        'errors  false',
        'errors  true',
        'latencies 0.5 false',
        'latencies 0.75 false',
        'latencies 0.95 false',
        'latencies 0.95 true',
      ].sort(),
    );
    expect(requests.filter((u) => u.searchParams.get('service') === SERVICE)).toHaveLength(8);
    for (const u of requests.filter((r) => r.searchParams.get('service') === SERVICE)) {
      expect(u.searchParams.get('spanKind')).toBe('server');
      expect(u.searchParams.get('lookback')).toBe(String(3600_000));
      expect(u.searchParams.get('step')).toBe(String(60_000));
    }

    await page.screenshot({ path: screenshotPath('monitor-tab'), fullPage: true });
    // Another time range asks again, and is kept in the URL.
    requests.length = 0;
    await page.selectOption('select[name=range]', { label: 'Last 6 hours' });
    await expect.poll(() => requests.length).toBe(8);
    expect(requests.every((u) => u.searchParams.get('lookback') === String(6 * 3600_000))).toBe(true);
    expect(page.url()).toContain(`range=${6 * 3600_000}`);

    // The table links to the traces of an operation.
    await page
      .locator('table[aria-label=Operations] tr', { hasText: 'GET /cart' })
      .locator('a', { hasText: 'View traces' })
      .click();
    await page.waitForURL(/\/search\?/);
    const search = new URL(page.url()).searchParams;
    expect([search.get('service'), search.get('operation')]).toEqual([SERVICE, 'GET /cart']);
  });

  it('shows the "not configured" state for the query service\'s own answer without a metrics backend (501)', async () => {
    const page = await newPage();
    await page.goto(`${suite.server.url}monitor?service=${SERVICE}`);
    await page.locator('.monitor-empty h2').waitFor();
    expect(await page.locator('.monitor-empty h2').textContent()).toBe(
      'Get started with Service Performance Monitoring',
    );
    // The real query service's answer: Jaeger's 501 "metrics querying is currently disabled".
    expect(await page.locator('.monitor-empty').textContent()).toContain(
      'metrics querying is currently disabled',
    );
    expect(await page.locator('.monitor-empty a').getAttribute('href')).toMatch(
      /^https:\/\/www\.jaegertracing\.io\//,
    );
    expect(await page.locator('figure.line-chart').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('monitor-not-configured') });
  });

  it('shows the same state when there is no metrics API at all (404, e.g. an older backend)', async () => {
    const page = await newPage();
    await page.route('**/api/metrics/**', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          total: 0,
          limit: 0,
          offset: 0,
          errors: [{ code: 404, msg: '404 page not found' }],
        }),
      }),
    );
    await page.goto(`${suite.server.url}monitor?service=${SERVICE}`);
    await page.locator('.monitor-empty').waitFor();
    expect(await page.locator('.monitor-empty').textContent()).toContain('404 page not found');
  });
});
