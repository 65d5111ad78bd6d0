// @vitest-environment node
// Browser tests for the defects a first real use of the UI found (issue 19): page titles, favicon,
// About menu, multi-line values, the detail of the last visible row, opt-in analytics.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInfo } from '@spanstream/runtime';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RawTrace } from '../src/api/types.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { scenarioTraces, startUiServer, type UiServer } from './ui-server.ts';

const STACKTRACE =
  'java.lang.IllegalStateException: cart is empty\n\tat Cart.checkout(Cart.java:42)\n\tat Main.run(Main.java:7)';

/** Scenario trace A with a multi-line `exception.stacktrace` tag on its root span. */
function withStacktrace(trace: RawTrace): RawTrace {
  const [root, ...rest] = trace.spans;
  const tags = [...(root!.tags ?? []), { key: 'exception.stacktrace', type: 'string', value: STACKTRACE }];
  return { ...trace, spans: [{ ...root!, tags }, ...rest] };
}

const scenario = scenarioTraces(Date.now() * 1000);
let server: UiServer;
let browser: Browser;
let pageErrors: string[] = [];
const pages: Page[] = [];

beforeAll(async () => {
  server = await startUiServer({ traces: [withStacktrace(scenario.a), scenario.large], fixtures: false });
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(20_000);
}, 180_000);

afterAll(async () => {
  await (browser as Browser | undefined)?.close();
  await (server as UiServer | undefined)?.stop();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

/** Opens a page, failing the test on any page error, CSP violation or 404 of the page's own origin. */
async function open(path: string, base = server.url): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      pageErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() === 404 && response.url().startsWith(new URL(base).origin))
      pageErrors.push(`404 ${response.url()}`);
  });
  await page.goto(base + path);
  return page;
}

describe('titles, favicon and version', () => {
  it('titles trace pages with the root span and trace ID, search pages with the service', async () => {
    const page = await open(`trace/${scenario.a.traceID}`);
    await page.locator('.trace-header h1').waitFor();
    const heading = (await page.locator('.trace-header h1').textContent()) ?? '';
    const title = await page.title();
    expect(title).toContain(scenario.a.traceID.slice(0, 7));
    // The heading starts with "service: operation", which the title repeats.
    expect(heading.startsWith(title.split(' (')[0]!)).toBe(true);
    expect(title).not.toBe('Spanstream');

    const service = scenario.a.processes[scenario.a.spans[0]!.processID]!.serviceName;
    const search = await open(`search?service=${encodeURIComponent(service)}&lookback=1h`);
    await search.locator('.result-title a').first().waitFor();
    expect(await search.title()).toBe(`Search: ${service} — Spanstream`);
  });

  it('has a favicon that loads under a base path (no 404 on any request of the page)', async () => {
    const prefixed = await startUiServer({ basePath: '/jaeger', fixtures: false });
    try {
      const page = await open('search', prefixed.url);
      await page.locator('nav').waitFor();
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toMatch(/^data:image\/svg\+xml,/);
    } finally {
      await prefixed.stop();
    }
  });

  it("shows the version in Jaeger UI's About menu, the same as the admin port's /version", async () => {
    const page = await open('search');
    await page.click('.about-menu summary');
    const about = (await page.locator('.about-menu .nav-group-items').textContent()) ?? '';
    // The admin server answers buildInfo() on /version (packages/runtime/test/admin-server.test.ts).
    expect(about).toContain(`Spanstream ${buildInfo().gitVersion}`);
  });
});

describe('span details', () => {
  it('keeps the line breaks of a multi-line tag value and offers to copy it', async () => {
    const page = await open(`trace/${scenario.a.traceID}`);
    await page.locator('.span-row .span-label').first().click();
    const cell = page.locator('.span-detail tr[data-key="exception.stacktrace"] .kv-value');
    await cell.waitFor();
    expect(await cell.innerText()).toBe(STACKTRACE.replace(/\t/g, '\t'));
    // Three lines of monospace text: the cell is several line-heights tall.
    const box = (await cell.boundingBox())!;
    expect(box.height).toBeGreaterThan(30);
    await page.locator('.span-detail tr[data-key="exception.stacktrace"] .copy-button').click();
    await page
      .locator('.span-detail tr[data-key="exception.stacktrace"] .copy-button', { hasText: 'copied' })
      .waitFor();
  });

  it('scrolls the detail of the last visible row into view when it opens', async () => {
    const page = await open(`trace/${scenario.large.traceID}`);
    const scroller = page.locator('.timeline-scroll');
    await page.locator('.span-row').first().waitFor();
    const view = (await scroller.boundingBox())!;
    // The last row whose top is inside the scroller's viewport.
    const rows = await page.locator('.span-row').evaluateAll((elements, bottom) => {
      return elements
        .map((e) => ({ id: e.getAttribute('data-span-id'), top: e.getBoundingClientRect().top }))
        .filter((r) => r.top < bottom - 20);
    }, view.y + view.height);
    const last = rows.at(-1)!;
    await page.locator(`.span-row[data-span-id="${last.id}"] .span-label`).click();
    const detail = page.locator(`.span-detail[data-span-id="${last.id}"]`);
    await detail.waitFor();
    await expect
      .poll(async () => {
        const box = (await detail.boundingBox())!;
        return box.y >= view.y - 1 && box.y < view.y + view.height - 40;
      })
      .toBe(true);
  });
});

describe('tracking.gaID', () => {
  let tracked: UiServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spanstream-ga-'));
    const path = join(dir, 'ui-config.json');
    writeFileSync(path, JSON.stringify({ tracking: { gaID: 'G-TEST1234' } }));
    tracked = await startUiServer({ uiConfigPath: path, fixtures: false });
  }, 120_000);
  afterAll(() => tracked.stop());

  it('loads Google Analytics only when the option is set, allowed by the page CSP', async () => {
    const page = await open('search', tracked.url);
    const script = page.locator('script[data-tracking="google-analytics"]');
    await script.waitFor({ state: 'attached' });
    expect(await script.getAttribute('src')).toBe('https://www.googletagmanager.com/gtag/js?id=G-TEST1234');
    const csp = (await fetch(tracked.url)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' https://www.googletagmanager.com");

    const plain = await open('search');
    await plain.locator('nav').waitFor();
    expect(await plain.locator('script[data-tracking]').count()).toBe(0);
    expect((await fetch(server.url)).headers.get('content-security-policy')).not.toContain('google');
  });
});
