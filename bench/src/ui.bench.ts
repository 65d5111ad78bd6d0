/**
 * UI: time to first render of the trace timeline for a 10,000-span trace in headless Chromium (Debian's,
 * via playwright-core), served by the real query service from a memory store; then frame times while
 * scrolling that timeline. CPU and RSS are Chromium's (every process under the bench's profile).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { launchBrowser, ROW_HEIGHT, scenarioTraces, startUiServer } from '@spanstream/ui/testing';
import type { Page } from 'playwright-core';
import { childCpuSeconds, childPeakRssMiB, Latencies } from './harness.ts';
import type { BenchResult } from './harness.ts';

const WARMUP = 2;
const RUNS = 10;
const SCROLL_FRAMES = 120;
const SCROLL_PX = 400;

interface Marks {
  firstRow: number;
  traceFetched: number;
}

/** Chromium's processes: the browser (its command line names our profile) and all its descendants. */
function chromiumProcesses(profile: string): number[] {
  const parents = new Map<number, number>();
  const roots: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const pid = Number(name);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`))
        roots.push(pid);
    } catch {
      // the process exited while we looked
    }
  }
  const tree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

function sumOver(pids: readonly number[], f: (pid: number) => number): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += f(pid);
    } catch {
      // exited renderer: its share is gone with it
    }
  }
  return total;
}

// Runs in the page before the app: notes when the first timeline row is on screen (after the frame
// that paints it) and when the trace JSON finished downloading.
function installMarks(): void {
  const w = globalThis as unknown as { __marks?: Marks };
  const observer = new MutationObserver(() => {
    if (document.querySelector('.span-row') === null) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        const fetched = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/api/traces/')) as PerformanceResourceTiming | undefined;
        w.__marks = { firstRow: performance.now(), traceFetched: fetched?.responseEnd ?? Number.NaN };
      }),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One navigation to the trace page; the page (and its renderer process) is reused between loads. */
async function loadOnce(page: Page, url: string): Promise<Marks> {
  await page.goto(url);
  await page.waitForFunction(
    () => (globalThis as unknown as { __marks?: Marks }).__marks !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => (globalThis as unknown as { __marks: Marks }).__marks);
}

/** Frame-to-frame times while the timeline scrolls 400 px per frame (virtualized rows re-rendering). */
async function scrollFrames(page: Page, frames: number): Promise<number[]> {
  await page.locator('.span-row').first().waitFor();
  return page.evaluate(
    async ([n, px]) => {
      const el = document.querySelector('.timeline-scroll')!;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < n; i++) {
        el.scrollTop += px;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    },
    [frames, SCROLL_PX] as const,
  );
}

export async function run(): Promise<BenchResult[]> {
  const { large } = scenarioTraces(Date.now() * 1000);
  const server = await startUiServer({ fixtures: false, traces: [large] });
  const browser = await launchBrowser();
  try {
    const url = `${server.url}trace/${large.traceID}`;
    const page = await browser.context.newPage();
    await page.addInitScript(installMarks);
    for (let i = 0; i < WARMUP; i++) await loadOnce(page, url);
    // Renderers that exit take their CPU time with them, so sample while the page is still open.
    const cpuBefore = sumOver(chromiumProcesses(browser.profile), childCpuSeconds);
    const total = new Latencies();
    const render = new Latencies();
    let totalMs = 0;
    for (let i = 0; i < RUNS; i++) {
      const marks = await loadOnce(page, url);
      totalMs += marks.firstRow;
      total.record(marks.firstRow);
      render.record(marks.firstRow - marks.traceFetched);
    }
    const cpu = sumOver(chromiumProcesses(browser.profile), childCpuSeconds) - cpuBefore;
    const frames = new Latencies();
    let scrollMs = 0;
    for (const ms of await scrollFrames(page, SCROLL_FRAMES)) {
      frames.record(ms);
      scrollMs += ms;
    }
    const rss = sumOver(chromiumProcesses(browser.profile), childPeakRssMiB);
    await page.close();
    return [
      {
        name: 'ui: 10k-span timeline, first render',
        spansPerSecond: (large.spans.length * RUNS) / (totalMs / 1000),
        ...(cpu > 0 ? { spansPerCpuSecond: (large.spans.length * RUNS) / cpu } : {}),
        p50Ms: total.percentile(50),
        p99Ms: total.percentile(99),
        rssMiB: rss,
        notes: `navigation → first row painted (fetch+parse+layout+render), ${RUNS} loads; render after fetch p50 ${render.percentile(50).toFixed(0)} ms; RSS = sum of Chromium processes`,
      },
      {
        name: 'ui: 10k-span timeline, scrolling',
        // Rows (ROW_HEIGHT px each) that pass through the viewport per second of scrolling.
        spansPerSecond: (SCROLL_FRAMES * SCROLL_PX) / ROW_HEIGHT / (scrollMs / 1000),
        p50Ms: frames.percentile(50),
        p99Ms: frames.percentile(99),
        rssMiB: rss,
        notes: `frame time while scrolling ${SCROLL_PX} px/frame for ${SCROLL_FRAMES} frames (16.7 ms = 60 fps)`,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
