// @vitest-environment node
// Browser tests: Debian's Chromium (playwright-core) against the real query service serving the
// built UI, with Jaeger's storage fixtures and a few generated traces in a memory store.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyLink } from '../src/api/types.ts';
import { diffTraces } from '../src/model/diff.ts';
import { formatDuration } from '../src/model/format.ts';
import { findSpans } from '../src/model/timeline-rows.ts';
import { buildTrace } from '../src/model/trace.ts';
import { screenshotPath } from './browser.ts';
import { browserSuite } from './browser-suite.ts';
import { scenarioTraces, startUiServer, type UiServer } from './ui-server.ts';

const OTLP_EXAMPLE = fileURLToPath(
  new URL('../../../fixtures/jaeger-storage/otlp/traces/example_trace.json', import.meta.url),
);
const scenario = scenarioTraces(Date.now() * 1000);

const suite = browserSuite(() => startUiServer({ traces: [scenario.a, scenario.b, scenario.large] }));
const { open } = suite;

async function text(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  await locator.waitFor();
  return (await locator.textContent()) ?? '';
}

async function searchFor(page: Page, service: string, lookback: string, tags = ''): Promise<void> {
  await page.locator('select[name=service] option', { hasText: service }).waitFor({ state: 'attached' });
  await page.selectOption('select[name=service]', service);
  await page.selectOption('select[name=lookback]', lookback);
  await page.fill('input[name=tags]', tags);
  await page.click('button:has-text("Find Traces")');
}

describe('search page', () => {
  it('searches by service through the form and keeps the query in the URL', async () => {
    const page = await open('search');
    await searchFor(page, 'query01-service', '2d');
    expect(await text(page, '.results-bar strong')).toBe('1 Trace');
    expect(await text(page, '.result-title a')).toContain('query01-service: some-operation');
    expect(page.url()).toMatch(/service=query01-service.*lookback=2d/);
    expect(await page.locator('svg.scatter circle').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('01-search'), fullPage: true });
  });

  it('searches by tag in logfmt and shows an empty result for a tag that does not match', async () => {
    const page = await open('search');
    await searchFor(page, 'query01-service', '2d', 'sameplacetag1=sameplacevalue sameplacetag2=123');
    expect(await text(page, '.results-bar strong')).toBe('1 Trace');
    expect(new URL(page.url()).searchParams.get('tags')).toBe(
      'sameplacetag1=sameplacevalue sameplacetag2=123',
    );
    await searchFor(page, 'query01-service', '2d', 'sameplacetag1=other');
    // (the same element says "Searching…" first)
    await page.locator('.search-main', { hasText: 'No trace results. Try another query.' }).waitFor();
  });

  it('shows a bad duration as a message instead of searching', async () => {
    const page = await open('search?service=query01-service&lookback=2d&minDuration=soon');
    expect(await text(page, '.search-main .error')).toContain('minDuration');
  });

  it('sorts results and opens a trace from the scatter plot', async () => {
    const page = await open('search?service=service-0&lookback=1h&sort=longest');
    await page.locator('.result-item').nth(1).waitFor();
    const ids = await page
      .locator('.result-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-trace-id')));
    expect(ids).toEqual(['b16b16b16b16b16b', 'c0ffee0000000002', 'c0ffee0000000001']);
    await page.selectOption('select[name=sort]', 'leastSpans');
    await expect
      .poll(() => page.locator('.result-item').first().getAttribute('data-trace-id'))
      .toBe('c0ffee0000000001');
    await page.click('svg.scatter circle[data-trace-id="c0ffee0000000002"]');
    await page.waitForURL(/\/trace\/c0ffee0000000002$/);
    expect(await text(page, '.trace-facts')).toContain('40');
  });
});

describe('trace page', () => {
  it('opens a trace from the results, expands a span and reads a tag', async () => {
    const page = await open('search?service=query01-service&lookback=2d');
    await page.click('.result-title a');
    expect(await text(page, '.trace-header h1')).toContain('query01-service: some-operation');
    await page.click('.span-row .span-label');
    expect(await text(page, '.span-detail tr[data-key="sameplacetag1"] .kv-value')).toBe('sameplacevalue');
    expect(await text(page, '.span-detail tr[data-key="sameplacetag2"] .kv-value')).toBe('123');
    await page.screenshot({ path: screenshotPath('02-trace-timeline-detail'), fullPage: true });
  });

  it('looks a trace up by ID from the top bar', async () => {
    const page = await open('search');
    await page.fill('input[aria-label="Lookup by Trace ID"]', 'c0ffee0000000001');
    await page.press('input[aria-label="Lookup by Trace ID"]', 'Enter');
    await page.waitForURL(/\/trace\/c0ffee0000000001$/);
    expect(await text(page, '.trace-facts')).toContain('30');
  });

  it('switches to the graph view and the other views', async () => {
    const page = await open('trace/c0ffee0000000001');
    await page.click('button[role=tab]:has-text("Trace Graph")');
    await page.locator('svg[aria-label="Trace graph"] .graph-node').first().waitFor();
    const trace = buildTrace(scenario.a);
    const operations = new Set(trace.spans.map((s) => `${s.serviceName}/${s.operationName}`));
    expect(await page.locator('svg[aria-label="Trace graph"] .graph-node').count()).toBe(operations.size);
    await page.screenshot({ path: screenshotPath('03-trace-graph'), fullPage: true });
    await page.selectOption('select[aria-label="Colour nodes by"]', 'selftime');
    await expect
      .poll(() => page.locator('svg[aria-label="Trace graph"] .graph-node rect[style*="rgba"]').count())
      .toBe(operations.size);

    await page.click('button[role=tab]:has-text("Trace Statistics")');
    await expect
      .poll(() => page.locator('table[aria-label="Trace statistics"] tbody tr').count())
      .toBe(operations.size);
    await page.screenshot({ path: screenshotPath('04-trace-statistics'), fullPage: true });

    await page.click('button[role=tab]:has-text("Trace Spans Table")');
    expect(await text(page, '.span-table .muted')).toBe('30 spans');

    await page.click('button[role=tab]:has-text("Trace Flamegraph")');
    await page.locator('svg[aria-label="Flame graph"] .flame-box').first().waitFor();
    await page.screenshot({ path: screenshotPath('05-trace-flamegraph'), fullPage: true });

    await page.click('button[role=tab]:has-text("Trace JSON (unadjusted)")');
    // The JSON opens as a tree (defects.test.ts has the 10,000-span case): the trace's spans, folded.
    const spans = page.locator('[aria-label="Trace JSON"] button.json-toggle', { hasText: 'spans:' });
    expect(await spans.textContent()).toContain('[30 items]');
  });

  it('finds spans in the trace and moves between them with the keyboard', async () => {
    const page = await open('trace/c0ffee0000000001');
    const expected = findSpans(buildTrace(scenario.a), 'service-3').size;
    await page.fill('input[aria-label="Find in trace"]', 'service-3');
    expect(await text(page, '.timeline-tools .muted')).toBe(`${expected} matching`);
    expect(await page.locator('.span-row.match').count()).toBe(expected);
    await page.focus('.timeline-scroll');
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.span-row.focused.match').count()).toBe(1);
    const focusedID = await page.locator('.span-row.focused').getAttribute('data-span-id');
    const focused = buildTrace(scenario.a).byID.get(focusedID!)!;
    await page.keyboard.press('z');
    expect(await text(page, '.ruler .tick')).toBe(formatDuration(focused.relativeStart));
    await page.click('button:has-text("Reset zoom")');
    expect(await text(page, '.ruler .tick')).toBe('0µs');
    await page.focus('.timeline-scroll');
    await page.keyboard.press('[');
    await expect.poll(() => page.locator('.span-row').count()).toBe(1);
    await page.keyboard.press(']');
    await expect.poll(() => page.locator('.span-row').count()).toBe(30);
  });

  it('opens a 10,000-span trace with only the visible rows in the DOM and scrolls to the last span', async () => {
    const page = await open('trace/b16b16b16b16b16b');
    expect(await text(page, '.trace-facts')).toContain('10000');
    await page.locator('.span-row').first().waitFor();
    expect(await page.locator('.span-row').count()).toBeLessThan(150);
    const last = buildTrace(scenario.large).ordered.at(-1)!;
    await page.focus('.timeline-scroll');
    await page.keyboard.press('End');
    await page.locator(`.span-row[data-span-id="${last.spanID}"]`).waitFor();
    expect(await page.locator('.span-row').count()).toBeLessThan(150);
    await page.screenshot({ path: screenshotPath('06-trace-large'), fullPage: true });
    // Drag across the overview to zoom into a tenth of the trace; double-click to zoom out.
    const box = (await page.locator('.overview').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await page.locator('button:has-text("Reset zoom")').waitFor();
    const firstTick = await text(page, '.ruler .tick');
    expect(firstTick).not.toBe('0µs');
    await page.screenshot({ path: screenshotPath('06b-trace-large-zoomed'), fullPage: true });
    await page.dblclick('.overview');
    await page.locator('button:has-text("Reset zoom")').waitFor({ state: 'detached' });
  });

  it('opens a trace from an uploaded OTLP JSON file', async () => {
    const page = await open('search');
    await page.click('button:has-text("Upload")');
    await page.setInputFiles('input[aria-label="Upload trace JSON"]', OTLP_EXAMPLE);
    await page.click('.result-title a');
    expect(await text(page, '.trace-facts')).toContain('Total Spans5');
    expect(await page.locator('.span-row').count()).toBe(5);
  });
});

describe('compare and dependencies', () => {
  it('compares two traces selected on the search page', async () => {
    const page = await open('search?service=service-0&lookback=1h');
    await page.check('input[aria-label="Select c0ffee0000000001 for comparison"]');
    await page.check('input[aria-label="Select c0ffee0000000002 for comparison"]');
    await page.click('button:has-text("Compare 2/2")');
    await page.waitForURL(/\/trace\/c0ffee0000000001\.\.\.c0ffee0000000002$/);
    const diff = diffTraces(buildTrace(scenario.a), buildTrace(scenario.b));
    for (const state of ['both', 'onlyA', 'onlyB'] as const) {
      const s = diff.summary[state];
      expect(await text(page, `.diff-summary [data-state=${state}]`)).toContain(
        `${s.nodes} nodes, ${s.spans} spans`,
      );
    }
    expect(await page.locator('table[aria-label="Trace diff"] tbody tr').count()).toBe(diff.nodes.length);
    await page.screenshot({ path: screenshotPath('07-compare'), fullPage: true });
  });

  it('shows the service dependency graph with the API call counts', async () => {
    const page = await open('search');
    await page.click('nav >> text=System Architecture');
    await page.locator('svg[aria-label="Service dependency graph"] .graph-node').first().waitFor();
    const endTs = Date.now();
    const res = await fetch(`${suite.server.url}api/dependencies?endTs=${endTs}&lookback=${7 * 86_400_000}`);
    const links = ((await res.json()) as { data: DependencyLink[] }).data;
    expect(links.length).toBeGreaterThan(0);
    const rows = page.locator('table[aria-label="Dependencies"] tbody tr');
    expect(await rows.count()).toBe(links.length);
    const top = [...links].sort((x, y) => y.callCount - x.callCount)[0]!;
    expect(await rows.first().innerText()).toBe(`${top.parent}\t${top.child}\t${top.callCount}`);
    const services = new Set(links.flatMap((l) => [l.parent, l.child]));
    expect(await page.locator('svg[aria-label="Service dependency graph"] .graph-node').count()).toBe(
      services.size,
    );
    await page.screenshot({ path: screenshotPath('08-dependencies'), fullPage: true });
  });
});

describe('base path and UI config', () => {
  let prefixed: UiServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spanstream-ui-config-'));
    const configPath = join(dir, 'ui-config.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        dependencies: { menuEnabled: false },
        menu: [{ label: 'Runbook', url: 'https://example.com/runbook' }],
        linkPatterns: [
          {
            type: 'tags',
            key: 'sameplacetag1',
            url: 'https://example.com/t/#{sameplacetag1}',
            text: 'Open #{sameplacetag1}',
          },
        ],
      }),
    );
    prefixed = await startUiServer({ basePath: '/jaeger', uiConfigPath: configPath, archive: true });
  }, 120_000);
  afterAll(() => prefixed.stop());

  it('serves the UI under --query.base-path and honours menu, linkPatterns, dependencies and archive', async () => {
    expect(prefixed.url).toMatch(/\/jaeger\/$/);
    const page = await open('search?service=query01-service&lookback=2d', prefixed.url);
    await page.locator('nav a', { hasText: 'Runbook' }).waitFor();
    expect(await page.locator('nav a', { hasText: 'System Architecture' }).count()).toBe(0);
    await page.click('.result-title a');
    await page.waitForURL(/\/jaeger\/trace\//);
    await page.click('.span-row .span-label');
    const link = page.locator('.span-detail tr[data-key="sameplacetag1"] a');
    expect(await link.getAttribute('href')).toBe('https://example.com/t/sameplacevalue');
    await page.click('button:has-text("Archive Trace")');
    await page.locator('button:has-text("Archived")').waitFor();
    await page.screenshot({ path: screenshotPath('09-base-path-config'), fullPage: true });
  });
});
