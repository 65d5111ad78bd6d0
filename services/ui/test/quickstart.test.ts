// @vitest-environment node
// The README's quickstart as a newcomer runs it (issue 19): its exact shell block against a fresh
// all-in-one, then the UI's search form with its default settings finds the trace.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, startNodeProcess, type NodeProcess } from '@spanstream/testkit';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { ensureUiBuilt } from './ui-server.ts';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const ALL_IN_ONE = fileURLToPath(new URL('../../all-in-one/src/main.ts', import.meta.url));

/** The shell block of the quickstart that sends the first span. */
function quickstartBlock(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Quickstart'));
  const block = /```sh\n(now=[\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README: no quickstart block starting with now=');
  return block;
}

let allInOne: NodeProcess | undefined;
let browser: Browser | undefined;
let ports: { otlp: number; query: number };

beforeAll(async () => {
  await ensureUiBuilt();
  ports = { otlp: await freePort(), query: await freePort() };
  allInOne = startNodeProcess(ALL_IN_ONE, {
    args: [
      `--collector.otlp.http.host-port=127.0.0.1:${ports.otlp}`,
      `--query.http-server.host-port=127.0.0.1:${ports.query}`,
      '--admin.http.host-port=127.0.0.1:0',
      '--collector.otlp.grpc.host-port=127.0.0.1:0',
      '--collector.grpc-server.host-port=127.0.0.1:0',
      '--collector.http-server.host-port=127.0.0.1:0',
      '--collector.zipkin.host-port=127.0.0.1:0',
      '--collector.sampling.http.host-port=127.0.0.1:0',
      '--query.grpc-server.host-port=127.0.0.1:0',
      '--processor.jaeger-compact.server-host-port=127.0.0.1:0',
      '--processor.jaeger-binary.server-host-port=127.0.0.1:0',
      '--processor.zipkin-compact.server-host-port=127.0.0.1:0',
    ],
  });
  await vi.waitFor(
    async () => {
      expect((await fetch(`http://127.0.0.1:${ports.query}/api/services`)).status).toBe(200);
    },
    { timeout: 60_000, interval: 200 },
  );
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  allInOne?.child.kill('SIGTERM');
  await allInOne?.exited;
});

it("runs the README's quickstart commands, and the search form's defaults find the trace", async () => {
  const script = quickstartBlock().replaceAll('localhost:4318', `127.0.0.1:${ports.otlp}`);
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script]);
  expect(stdout.trim()).toBe('{}');
  // The collector acknowledges before its queue writes: the service is listed within moments.
  await vi.waitFor(
    async () => {
      const services = (await (await fetch(`http://127.0.0.1:${ports.query}/api/services`)).json()) as {
        data: string[];
      };
      expect(services.data).toContain('hello-service');
    },
    { timeout: 10_000, interval: 100 },
  );

  const page = await browser!.context.newPage();
  await page.goto(`http://127.0.0.1:${ports.query}/search`);
  // Only the service is chosen: lookback, limit and the rest stay as the form opens.
  await page
    .locator('select[name=service] option', { hasText: 'hello-service' })
    .waitFor({ state: 'attached' });
  await page.selectOption('select[name=service]', 'hello-service');
  await page.click('button:has-text("Find Traces")');
  const result = page.locator('.result-title a');
  await result.first().waitFor();
  expect(await result.count()).toBe(1);
  expect(await result.first().textContent()).toContain('hello-service: say-hello');
  await result.first().click();
  await page.locator('.trace-header h1').waitFor();
  expect(page.url()).toContain('/trace/5b8efff798038103d269b633813fc60c');
});
