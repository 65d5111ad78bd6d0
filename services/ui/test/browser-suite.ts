import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import type { UiServer } from './ui-server.ts';

export interface BrowserSuiteOptions {
  /** Playwright's default timeout for every action and wait (ms). */
  readonly timeout?: number;
  /** Also fail on a 404 from the page's own origin (a missing asset). */
  readonly failOn404?: boolean;
}

/** The query service and Chromium of one test file, and the pages its tests open. */
export interface BrowserSuite {
  /** The running query service serving the built UI (set once `beforeAll` ran). */
  readonly server: UiServer;
  readonly browser: Browser;
  /** A new page, watched for errors, not navigated yet (for `page.route` before the first load). */
  readonly newPage: (base?: string) => Promise<Page>;
  /** A new watched page at `base + path`; `base` defaults to the suite's server. */
  readonly open: (path: string, base?: string) => Promise<Page>;
}

/**
 * Registers the hooks of a browser test file: starts the query service (`start`) and Debian's Chromium
 * once, closes every page after each test, and fails the test that opened a page on any uncaught
 * error in it or a Content-Security-Policy violation (the query service's CSP must block nothing the
 * UI does).
 */
export function browserSuite(
  start: () => Promise<UiServer>,
  options: BrowserSuiteOptions = {},
): BrowserSuite {
  let server: UiServer | undefined;
  let browser: Browser | undefined;
  let pageErrors: string[] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await start();
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(options.timeout ?? 20_000);
  }, 180_000);

  afterAll(async () => {
    // Either may be missing when beforeAll failed (e.g. no Chromium): report that failure, not this one.
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    expect(pageErrors).toEqual([]);
    pageErrors = [];
  });

  const suite: BrowserSuite = {
    get server() {
      if (server === undefined) throw new Error('the UI server is not started (beforeAll failed?)');
      return server;
    },
    get browser() {
      if (browser === undefined) throw new Error('Chromium is not started (beforeAll failed?)');
      return browser;
    },
    async newPage(base = suite.server.url) {
      const page = await suite.browser.context.newPage();
      pages.push(page);
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          pageErrors.push(message.text());
      });
      if (options.failOn404) {
        const origin = new URL(base).origin;
        page.on('response', (response) => {
          if (response.status() === 404 && response.url().startsWith(origin))
            pageErrors.push(`404 ${response.url()}`);
        });
      }
      return page;
    },
    async open(path, base = suite.server.url) {
      const page = await suite.newPage(base);
      await page.goto(base + path);
      return page;
    },
  };
  return suite;
}
