// @vitest-environment node
// Browser tests for the trace views of issue 19 that go with Jaeger UI's: the trace graph with one
// node per call path, compare as a coloured diff graph, statistics grouped by a tag, and the
// aggregated (merged call paths) flame graph for one trace and over search results.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RawTrace } from '../src/api/types.ts';
import { callPaths } from '../src/model/call-paths.ts';
import { diffGraph } from '../src/model/diff-graph.ts';
import { groupStats } from '../src/model/grouped-stats.ts';
import { pathGraph } from '../src/model/path-graph.ts';
import { buildTrace } from '../src/model/trace.ts';
import { screenshotPath } from './browser.ts';
import { browserSuite } from './browser-suite.ts';
import { chromiumCpuSeconds } from './chromium-cpu.ts';
import { scenarioTraces, startUiServer } from './ui-server.ts';

const STATUS = [200, 200, 404, 500];

/** Scenario trace A with `http.status_code` on every span but the root. */
function withStatusCodes(trace: RawTrace): RawTrace {
  return {
    ...trace,
    spans: trace.spans.map((s, i) =>
      i === 0
        ? s
        : {
            ...s,
            tags: [...(s.tags ?? []), { key: 'http.status_code', type: 'int64', value: STATUS[i % 4] }],
          },
    ),
  };
}

const scenario = scenarioTraces(Date.now() * 1000);
const traceA = withStatusCodes(scenario.a);
const suite = browserSuite(
  () => startUiServer({ traces: [traceA, scenario.b, scenario.large], fixtures: false }),
  { timeout: 30_000 },
);
const { open } = suite;

/** Pairs of elements (from `selector`) whose boxes overlap by more than half a pixel both ways. */
async function overlapping(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return found;
  });
}

describe('trace graph with one node per call path', () => {
  it('draws a node per call path of a small trace, the mode kept in the URL', async () => {
    const expected = pathGraph(buildTrace(traceA));
    const page = await open(`trace/${traceA.traceID}?view=graph`);
    await page.locator('.graph-node').first().waitFor();
    await page.selectOption('select[aria-label="Graph nodes"]', 'paths');
    await expect.poll(() => new URL(page.url()).searchParams.get('graph')).toBe('paths');
    await page.locator('.trace-graph[data-grouping="paths"]').waitFor();
    expect(await page.locator('.graph-node').count()).toBe(expected.nodes.length);
    // Each node says how many spans took its path: together, every span of the trace once.
    const counts = await page
      .locator('.graph-node .node-meta')
      .evaluateAll((e) => e.map((t) => Number(/^(\d+)×/.exec(t.textContent ?? '')?.[1])));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(traceA.spans.length);
    await page.reload();
    await page.locator('.trace-graph[data-grouping="paths"] .graph-node').first().waitFor();
    expect(await page.locator('select[aria-label="Graph nodes"]').inputValue()).toBe('paths');
  });

  it('stays readable on a 10,000-span trace: busiest paths, the rest folded, nothing overlapping', async () => {
    const expected = pathGraph(buildTrace(scenario.large), 150);
    const page = await open(`trace/${scenario.large.traceID}?view=graph&graph=paths`);
    await page.locator('.graph-node').first().waitFor();
    expect(await page.locator('.graph-node').count()).toBe(expected.nodes.length);
    expect(await page.locator('.graph-node[data-folded]').count()).toBe(
      expected.nodes.filter((n) => n.folded !== undefined).length,
    );
    expect(await page.locator('.graph-summary').textContent()).toContain(
      `150 of ${expected.total} call paths`,
    );
    expect(await page.locator('.edge-label').count()).toBeGreaterThan(5);
    expect(await overlapping(page, '.edge-label')).toEqual([]);
    expect(await overlapping(page, '.graph-node > rect:first-of-type')).toEqual([]);
    await page.screenshot({ path: screenshotPath('19-trace-graph-paths') });
  });
});

describe('compare as a coloured graph', () => {
  it('colours the call paths of both traces by where they occur and how their count changed', async () => {
    const expected = diffGraph(buildTrace(traceA), buildTrace(scenario.b));
    const page = await open(`trace/${traceA.traceID}...${scenario.b.traceID}`);
    await page.locator('table[aria-label="Trace diff"]').waitFor();
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('graph');
    await page.locator('.diff-node').first().waitFor();
    expect(await page.locator('.diff-node').count()).toBe(expected.nodes.length);
    for (const c of ['onlyA', 'onlyB', 'more', 'fewer', 'same'] as const) {
      const want = expected.nodes.filter((n) => n.diffClass === c).length;
      expect(await page.locator(`.diff-node[data-class="${c}"]`).count(), c).toBe(want);
    }
    expect(expected.nodes.some((n) => n.diffClass === 'onlyB')).toBe(true);
    // Only-in-B paths are drawn green, only-in-A red, whatever the theme.
    const fill = (c: string) =>
      page
        .locator(`.diff-node[data-class="${c}"] rect`)
        .first()
        .evaluate((r) => getComputedStyle(r).fill);
    expect(await fill('onlyB')).toBe('rgb(47, 158, 68)');
    if (expected.nodes.some((n) => n.diffClass === 'onlyA'))
      expect(await fill('onlyA')).toBe('rgb(224, 49, 49)');
    expect(await page.locator('.diff-legend li').allTextContents()).toEqual([
      'Only in A',
      'Fewer in B',
      'Same count',
      'More in B',
      'Only in B',
    ]);
    const first = expected.nodes[0]!;
    expect(await page.locator(`.diff-node .diff-counts`).first().textContent()).toBe(
      `A ${first.countA} · B ${first.countB} · Δ ${first.countB - first.countA > 0 ? '+' : ''}${first.countB - first.countA}`,
    );
    await page.screenshot({ path: screenshotPath('19-compare-graph') });
    expect(await page.locator('.diff-graph .graph-summary').count()).toBe(0);

    // The other way round, B's extra calls are only in A: red.
    const reversed = await open(`trace/${scenario.b.traceID}...${traceA.traceID}?view=graph`);
    await reversed.locator('.diff-node').first().waitFor();
    const onlyA = reversed.locator('.diff-node[data-class="onlyA"]');
    expect(await onlyA.count()).toBe(expected.nodes.filter((n) => n.diffClass === 'onlyB').length);
    expect(
      await onlyA
        .locator('rect')
        .first()
        .evaluate((r) => getComputedStyle(r).fill),
    ).toBe('rgb(224, 49, 49)');
  });

  it('folds the diff graph of a 10,000-span trace to its 300 busiest call paths', async () => {
    const expected = diffGraph(buildTrace(scenario.large), buildTrace(traceA), 300);
    const page = await open(`trace/${scenario.large.traceID}...${traceA.traceID}?view=graph`);
    await page.locator('.diff-node').first().waitFor();
    expect(await page.locator('.diff-node').count()).toBe(expected.nodes.length);
    expect(await page.locator('.diff-node[data-folded]').count()).toBe(
      expected.nodes.filter((n) => n.folded !== undefined).length,
    );
    expect(await page.locator('.diff-graph .graph-summary').textContent()).toBe(
      `300 of ${expected.total} call paths, the others folded into dashed nodes`,
    );
    expect(await overlapping(page, '.diff-node rect')).toEqual([]);
  });
});

describe('statistics grouped by a tag', () => {
  it('groups by service + operation, then by http.status_code, sortable', async () => {
    const expected = groupStats(buildTrace(traceA), 'operation', 'tag:http.status_code');
    const page = await open(`trace/${traceA.traceID}?view=statistics`);
    const table = page.locator('table[aria-label="Trace statistics"]');
    await table.waitFor();
    await page.selectOption('select[aria-label="Then by"]', 'tag:http.status_code');
    await expect.poll(() => new URL(page.url()).searchParams.get('subgroup')).toBe('tag:http.status_code');
    const subRows = expected.reduce((n, g) => n + g.children.length, 0);
    await expect.poll(() => table.locator('tbody tr.sub-row').count()).toBe(subRows);
    expect(await table.locator('tbody tr:not(.sub-row)').count()).toBe(expected.length);
    expect(await table.locator('thead th').first().textContent()).toContain('Tag http.status_code');

    // Sort by count: groups by descending count, each group's sub-rows too, summing to the group.
    await table.getByRole('button', { name: 'Count' }).click();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        sub: tr.classList.contains('sub-row'),
        label: tr.children[0]!.textContent ?? '',
        count: Number(tr.children[1]!.textContent),
      })),
    );
    const groups: { count: number; subs: number[] }[] = [];
    for (const r of rows) {
      if (r.sub) groups.at(-1)!.subs.push(r.count);
      else groups.push({ count: r.count, subs: [] });
    }
    expect(groups.map((g) => g.count)).toEqual(groups.map((g) => g.count).sort((a, b) => b - a));
    for (const g of groups) {
      expect(g.subs.reduce((a, b) => a + b, 0)).toBe(g.count);
      expect(g.subs).toEqual([...g.subs].sort((a, b) => b - a));
    }
    const labels = rows.filter((r) => r.sub).map((r) => r.label);
    expect(labels).toContain('500');
    expect(labels).toContain('Without http.status_code');

    // Grouped by the tag alone: one row per status code and one for the spans without it.
    await page.selectOption('select[aria-label="Then by"]', '');
    await page.selectOption('select[aria-label="Group by"]', 'tag:http.status_code');
    await expect
      .poll(() => table.locator('tbody tr td:first-child').allTextContents())
      .toEqual(expect.arrayContaining(['200', '404', '500', 'Without http.status_code']));
    expect(await table.locator('tbody tr').count()).toBe(4);
  });
});

describe('aggregated flame graph', () => {
  it('merges identical call paths of a 10,000-span trace, boxes nested and apart', async () => {
    const tree = callPaths([buildTrace(scenario.large)]);
    const page = await open(`trace/${scenario.large.traceID}?view=flamegraph`);
    await page.locator('svg[aria-label="Flame graph"] .flame-box').first().waitFor();
    const started = Date.now();
    const cpuBefore = chromiumCpuSeconds(suite.browser.profile);
    await page.getByRole('tab', { name: 'Merged call paths' }).click();
    await page.locator('svg[aria-label="Aggregated flame graph"] .flame-box').first().waitFor();
    const elapsed = Date.now() - started;
    const cpu = chromiumCpuSeconds(suite.browser.profile) - cpuBefore;
    // For the record, not a bound: wall time on this shared machine depends on the load; CPU less so.
    console.log(
      `aggregated flame graph of a 10,000-span trace: ${elapsed} ms wall, ${cpu.toFixed(2)} Chromium CPU-s (click to boxes), load average ${loadavg()[0]!.toFixed(1)}`,
    );
    expect(new URL(page.url()).searchParams.get('flame')).toBe('merged');
    expect(await page.locator('.aggregated-flame .muted').first().textContent()).toContain(
      `${tree.paths.length} call paths merged from 10000 spans`,
    );
    const boxes = page.locator('svg[aria-label="Aggregated flame graph"] .flame-box');
    expect(await boxes.count()).toBeGreaterThan(50);
    expect(await overlapping(page, 'svg[aria-label="Aggregated flame graph"] .flame-box rect')).toEqual([]);
    // The root path spans the whole width; a box's label stays inside the box.
    const root = boxes.first();
    expect(await root.getAttribute('data-path')).toBe('service-0: op-0-0');
    const outside = await boxes.evaluateAll((groups) =>
      groups.flatMap((g) => {
        const label = g.querySelector('text');
        if (!label) return [];
        return label.getBoundingClientRect().right >
          g.querySelector('rect')!.getBoundingClientRect().right + 1
          ? [label.textContent ?? '']
          : [];
      }),
    );
    expect(outside).toEqual([]);
    await page.selectOption('select[aria-label="Box width"]', 'self');
    await expect.poll(() => boxes.count()).toBeGreaterThan(50);
    expect(await overlapping(page, 'svg[aria-label="Aggregated flame graph"] .flame-box rect')).toEqual([]);
    await page.screenshot({ path: screenshotPath('19-aggregated-flame') });
  });

  it('merges the call paths of the traces found by a search', async () => {
    const page = await open('search?service=service-0&lookback=1h');
    await page.locator('.result-title a').first().waitFor();
    expect(await page.locator('.result-item').count()).toBe(3);
    await page.getByRole('button', { name: 'Aggregated flame graph' }).click();
    const root = page.locator('svg[aria-label="Aggregated flame graph"] .flame-box').first();
    await root.waitFor();
    const total = traceA.spans.length + scenario.b.spans.length + scenario.large.spans.length;
    expect(await page.locator('.aggregated-flame .muted').first().textContent()).toContain(
      `from ${total} spans of 3 traces`,
    );
    // All three traces start with the same root call: one box counting three spans.
    expect(await root.getAttribute('data-count')).toBe('3');
    expect(await root.locator('title').textContent()).toContain('in 3 of 3 traces');
    await root.click();
    await page.getByRole('button', { name: 'Reset zoom' }).waitFor();
  });
});
