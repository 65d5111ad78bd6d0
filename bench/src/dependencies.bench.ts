import { loadavg } from 'node:os';
import { join } from 'node:path';
import { threeServiceTraces } from '@spanstream/jobs/testing/dependencies';
import { createElasticsearchStore } from '@spanstream/storage-elasticsearch';
import { stackEsOptions } from '@spanstream/storage-elasticsearch/testing';
import { startNodeProcess } from '@spanstream/testkit';
import type { BenchResult } from './harness.ts';

/** Spans loaded (7.2 a trace on average): `BENCH_DEPENDENCIES_SPANS` overrides. */
const SPANS = Number(process.env['BENCH_DEPENDENCIES_SPANS'] ?? 200_000);
const TRACES_PER_WRITE = 200;
const DAY_MS = 86_400_000;
const RUN = join(import.meta.dirname, 'dependencies-run.ts');

interface RunReport {
  readonly result: { readonly spans: number; readonly items: number };
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** One run in a child process; undefined when it ran out of heap (the bounded-memory check). */
async function runJob(
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): Promise<RunReport | undefined> {
  const child = startNodeProcess(RUN, { args, nodeArgs, inheritEnv: true });
  const code = await child.exited;
  if (code !== 0 && /heap out of memory/.test(child.stderr())) return undefined;
  if (code !== 0) throw new Error(`dependencies run exited ${String(code)}: ${child.stderr().slice(-2000)}`);
  const line = child.stdout().trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as RunReport;
}

/**
 * The dependencies job's scan over Elasticsearch: `SPANS` spans of a three-service workload written by
 * our ES writer into one day's index, then the job run in a child process (its own RSS and CPU) with
 * one partition, with eight partitions two at a time, and with a partition per 12,500 spans in a
 * 96 MiB old space (which one partition over the whole day does not fit in: memory is bounded by a
 * partition, not by the day). The machine is shared: the load average is printed beside each figure.
 */
export async function run(): Promise<BenchResult[]> {
  const options = await stackEsOptions('bench_deps', 'elasticsearch');
  const store = await createElasticsearchStore(options);
  const day = Math.floor(Date.now() / DAY_MS) * DAY_MS - 2 * DAY_MS;
  const date = new Date(day).toISOString().slice(0, 10);
  try {
    let written = 0;
    const traces = Math.ceil(SPANS / 7.2);
    const chunkMs = (DAY_MS - 120_000) / Math.ceil(traces / TRACES_PER_WRITE);
    for (let t = 0; t < traces; t += TRACES_PER_WRITE) {
      const start = day + (t / TRACES_PER_WRITE) * chunkMs;
      const spans = threeServiceTraces(Math.min(TRACES_PER_WRITE, traces - t), start, chunkMs - 1000);
      await store.writer.writeSpans(spans);
      written += spans.length;
    }
    await store.refresh();
    const flags = [
      '--storage=elasticsearch',
      `--es.server-urls=${options.serverUrls[0]!}`,
      `--es.index-prefix=${options.indexPrefix}`,
      `--date=${date}`,
    ];
    const results: BenchResult[] = [];
    const small = Math.max(1, Math.ceil(written / 12_500));
    const heap = ['--max-old-space-size=96'];
    const variants: [partitions: number, parallelism: number, nodeArgs: string[]][] = [
      [1, 1, []],
      [8, 2, []],
      [small, 1, heap],
    ];
    for (const [partitions, parallelism, nodeArgs] of variants) {
      const before = load();
      const report = await runJob(
        [...flags, `--partitions=${partitions}`, `--parallelism=${parallelism}`],
        nodeArgs,
      );
      if (report === undefined)
        throw new Error(`out of heap with ${partitions} partitions ${nodeArgs.join(' ')}`);
      if (report.result.spans !== written)
        throw new Error(`the job read ${report.result.spans} spans of the ${written} written`);
      let bounded = '';
      if (nodeArgs.length > 0) {
        const whole = await runJob([...flags, '--partitions=1', '--parallelism=1'], nodeArgs);
        bounded = `; ${nodeArgs.join(' ')}: one partition ${whole === undefined ? 'runs out of heap' : `fits too (${whole.peakRssMiB.toFixed(0)} MiB)`}`;
      }
      results.push({
        name: `dependencies job, Elasticsearch, ${partitions} partition${partitions === 1 ? '' : 's'} x${parallelism}${nodeArgs.length > 0 ? ', 96 MiB heap' : ''}`,
        spansPerSecond: report.result.spans / report.seconds,
        spansPerCpuSecond: report.result.spans / report.cpuSeconds,
        rssMiB: report.peakRssMiB,
        notes: `${written.toLocaleString('en-US')} spans, ${report.result.items} edges, ${report.seconds.toFixed(1)} s incl. connect and write; target >= 50,000 spans/s; load avg before ${before}, after ${load()} (2 shared cores; CPU is the job's, not the server's)${bounded}`,
      });
    }
    return results;
  } finally {
    await store.purge();
    await store.close();
  }
}
