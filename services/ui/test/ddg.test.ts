// @vitest-environment node
// Browser tests for the deep dependency graph and the System Architecture filters (issue 19): the real
// query service over a memory store holding traces with a known multi-hop graph (ddg-scenario.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser.ts';
import { browserSuite } from './browser-suite.ts';
import { ddgScenarioTraces } from './ddg-scenario.ts';
import { startUiServer } from './ui-server.ts';

const suite = browserSuite(() =>
  startUiServer({ traces: ddgScenarioTraces(Date.now() * 1000), fixtures: false }),
);
const { open } = suite;

const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/** The drawn dependency graph's services, sorted. */
async function graphServices(page: Page): Promise<string[]> {
  const nodes = page.locator('svg[aria-label="Service dependency graph"] .graph-node');
  const names = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-service') ?? ''));
  return names.sort();
}

/** The deep dependency graph's nodes: `service[:operation]` → hops (negative upstream). */
async function ddgNodes(page: Page): Promise<Record<string, number>> {
  await page.locator('.ddg-node').first().waitFor();
  const nodes = await page.locator('.ddg-node').evaluateAll((els) =>
    els.map((e) => {
      const op = e.getAttribute('data-operation');
      const name = `${e.getAttribute('data-service') ?? ''}${op === null ? '' : `:${op}`}`;
      return [name, Number(e.getAttribute('data-distance'))] as const;
    }),
  );
  return Object.fromEntries(nodes);
}

describe('System Architecture filters', () => {
  it('filters by name, minimum calls, hidden services and neighbourhood, all in the URL', async () => {
    const page = await open('dependencies');
    await page.locator('.graph-node').first().waitFor();
    expect(await graphServices(page)).toEqual([
      'api',
      'auth',
      'batch',
      'db',
      'frontend',
      'orders',
      'storage',
    ]);
    const rows = page.locator('table[aria-label="Dependencies"] tbody tr');
    expect(await rows.count()).toBe(6);

    await page.fill('input[name="q"]', 'stor');
    await expect.poll(() => param(page, 'q')).toBe('stor');
    await expect.poll(() => graphServices(page)).toEqual(['db', 'storage']);
    expect(await rows.count()).toBe(1);
    await page.fill('input[name="q"]', '');

    await page.fill('input[name="minCalls"]', '2');
    await expect.poll(() => param(page, 'minCalls')).toBe('2');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await graphServices(page)).not.toContain('batch');

    await page.locator('.ddg-hide summary').click();
    // The checkbox mirrors the URL, which the router updates in a transition: under load it is checked a
    // moment after the click, which `page.check` (it verifies at once) reports as "did not change".
    await page.click('input[aria-label="Hide auth"]');
    await expect.poll(() => page.isChecked('input[aria-label="Hide auth"]')).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('hide')).toEqual(['auth']);
    await expect.poll(() => graphServices(page)).toEqual(['api', 'db', 'frontend', 'orders', 'storage']);

    // A click on a node keeps only its neighbourhood.
    await page.locator('.graph-node[data-service="db"]').click();
    await expect.poll(() => param(page, 'focus')).toBe('db');
    await expect.poll(() => graphServices(page)).toEqual(['db', 'orders', 'storage']);

    // The URL alone restores the view.
    await page.reload();
    await page.locator('.graph-node').first().waitFor();
    expect(await graphServices(page)).toEqual(['db', 'orders', 'storage']);
    expect(await page.inputValue('input[name="minCalls"]')).toBe('2');
    expect(await page.inputValue('select[name="focus"]')).toBe('db');
    expect(await rows.allInnerTexts()).toEqual(['orders\tdb\t3', 'db\tstorage\t2']);
    await page.screenshot({ path: screenshotPath('20-dependency-filters'), fullPage: true });

    await page.click('a:has-text("Deep Dependency Graph")');
    await page.waitForURL(/\/deep-dependencies\?/);
    expect(param(page, 'service')).toBe('db');
    expect(await ddgNodes(page)).toEqual({ db: 0, orders: -1, api: -2, batch: -2, storage: 1 });
  });
});

describe('Deep Dependency Graph', () => {
  it('shows the focal service with its upstream and downstream hops, and refocuses on a click', async () => {
    const page = await open('deep-dependencies?service=orders&up=5&down=5');
    expect(await ddgNodes(page)).toEqual({ orders: 0, api: -1, batch: -1, frontend: -2, db: 1, storage: 2 });
    expect(await page.locator('.ddg-focal').getAttribute('data-service')).toBe('orders');
    expect(await page.locator('svg[aria-label="Deep dependency graph"] path.edge').count()).toBe(5);
    // The hop selectors offer as many hops as the graph has.
    expect(await page.locator('select[name="Upstream hops"] option').allTextContents()).toEqual([
      '1 / 2',
      '2 / 2',
      '3 / 2',
      '4 / 2',
      '5 / 2',
    ]);

    await page.selectOption('select[name="Upstream hops"]', '1');
    await expect.poll(() => param(page, 'up')).toBe('1');
    await expect.poll(() => ddgNodes(page)).toEqual({ orders: 0, api: -1, batch: -1, db: 1, storage: 2 });

    await page.locator('.ddg-node[data-service="db"]').click();
    await expect.poll(() => param(page, 'service')).toBe('db');
    await expect.poll(() => ddgNodes(page)).toEqual({ db: 0, orders: -1, storage: 1 });

    await page.selectOption('select[name="direction"]', 'downstream');
    await expect.poll(() => param(page, 'dir')).toBe('downstream');
    await expect.poll(() => ddgNodes(page)).toEqual({ db: 0, storage: 1 });

    await page.reload();
    expect(await ddgNodes(page)).toEqual({ db: 0, storage: 1 });
    expect(await page.inputValue('select[name="direction"]')).toBe('downstream');
    expect(await page.locator('.ddg-focal').getAttribute('data-service')).toBe('db');

    await page.click('a.ddg-view-traces');
    await page.waitForURL(/\/search\?/);
    expect(param(page, 'service')).toBe('db');
    await page.locator('.result-title a').first().waitFor();
    expect(await page.locator('.result-title a').count()).toBe(3);
  });

  it('builds the operation-level graph from the traces of a search', async () => {
    const page = await open('search?service=orders&lookback=1h');
    await page.locator('.result-title a').first().waitFor();
    await page.click('.results-bar a:has-text("Deep Dependency Graph")');
    await page.waitForURL(/\/deep-dependencies\?/);
    expect(new URLSearchParams(param(page, 'search') ?? '').get('service')).toBe('orders');
    await page.selectOption('select[name="Upstream hops"]', '2');
    await page.selectOption('select[name="Downstream hops"]', '2');
    await expect
      .poll(() => ddgNodes(page))
      .toEqual({
        'orders:CreateOrder': 0,
        'orders:ListOrders': 0,
        'api:POST /checkout': -1,
        'batch:nightly': -1,
        'frontend:GET /checkout': -2,
        'db:INSERT': 1,
        'db:SELECT': 1,
        'storage:write': 2,
      });

    await page.screenshot({ path: screenshotPath('21-ddg-operations'), fullPage: true });
    await page.selectOption('select[name="operation"]', 'ListOrders');
    await expect.poll(() => param(page, 'operation')).toBe('ListOrders');
    await expect
      .poll(() => ddgNodes(page))
      .toEqual({
        'orders:ListOrders': 0,
        'batch:nightly': -1,
        'db:SELECT': 1,
      });
    await page.reload();
    expect(await ddgNodes(page)).toEqual({ 'orders:ListOrders': 0, 'batch:nightly': -1, 'db:SELECT': 1 });
  });

  it("opens from a trace page as that trace's operation-level graph", async () => {
    const page = await open('search?service=batch&lookback=1h');
    await page.locator('.result-title a').first().click();
    await page.waitForURL(/\/trace\//);
    const traceID = new URL(page.url()).pathname.split('/').pop()!;
    await page.click('a.trace-ddg');
    await page.waitForURL(/\/deep-dependencies\?/);
    expect(param(page, 'service')).toBe('batch');
    expect(param(page, 'search')).toBe(`traceID=${traceID}`);
    expect(await ddgNodes(page)).toEqual({ 'batch:nightly': 0, 'orders:ListOrders': 1, 'db:SELECT': 2 });
  });

  it('opens from a service of a search result', async () => {
    const page = await open('search?service=batch&lookback=1h');
    await page.locator('.result-meta a.service-tag', { hasText: 'db' }).click();
    await page.waitForURL(/\/deep-dependencies\?/);
    expect(param(page, 'service')).toBe('db');
    // The search found only the nightly trace: its operations are the whole graph.
    expect(await ddgNodes(page)).toEqual({ 'db:SELECT': 0, 'orders:ListOrders': -1, 'batch:nightly': -2 });
  });
});
