import { readdirSync, readFileSync } from 'node:fs';
import { CLOCK_TICKS_PER_SECOND, cpuSecondsOf, peakRssMiBOf } from './vs-jaeger/proc.ts';

/**
 * What a bench module reports; each `bench/src/<name>.bench.ts` exports
 * `run(): Promise<BenchResult[]>`. `rssMiB` is the peak RSS of whatever did the work (this process, or
 * the child process under test); `spansPerCpuSecond` divides by that same process's CPU time.
 */
export interface BenchResult {
  readonly name: string;
  readonly spansPerSecond: number;
  readonly spansPerCpuSecond?: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
  readonly rssMiB: number;
  readonly notes?: string;
}

export type BenchModule = { run(): Promise<BenchResult[]> };

/** CPU seconds (user + system) of this process since `since`, from `process.cpuUsage`. */
export function cpuSecondsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/**
 * CPU seconds (user + system) a child process has used so far, from `/proc/<pid>/stat`. Call it before
 * and after the measured window and subtract; the child must still be running.
 */
export function childCpuSeconds(pid: number): number {
  return cpuSecondsOf(pid);
}

/**
 * CPU seconds per thread name of a running child (`/proc/<pid>/task/<tid>/stat`, summed by `comm`:
 * `node` is the main thread, `V8 DefaultWorke` V8's GC and compiler helpers, `libuv-worker` the pool).
 * Subtract two readings with `cpuByThreadSince`.
 */
export function childThreadCpuSeconds(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
    out.set(name, (out.get(name) ?? 0) + seconds);
  }
  return out;
}

/** `after − before` per thread name, as `name 1.23 s` parts, largest first. */
export function cpuByThreadSince(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)] as const)
    .filter(([, seconds]) => seconds > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`)
    .join(', ');
}

/** Peak RSS of a running child in MiB (`VmHWM` in `/proc/<pid>/status`). */
export function childPeakRssMiB(pid: number): number {
  return peakRssMiBOf(pid);
}

/** Peak RSS of this process in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Latency samples in milliseconds. A sorted array is exact and plenty for the ~10^5 samples a bench
 * takes; no histogram library needed.
 */
export class Latencies {
  readonly #samples: number[] = [];
  #sorted = true;

  record(ms: number): void {
    this.#samples.push(ms);
    this.#sorted = false;
  }

  /** Times `fn` and records its duration. */
  async time<T>(fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.record(performance.now() - start);
    }
  }

  get count(): number {
    return this.#samples.length;
  }

  /** Nearest-rank percentile, `p` in 0..100; NaN without samples. */
  percentile(p: number): number {
    if (this.#samples.length === 0) return Number.NaN;
    if (!this.#sorted) {
      this.#samples.sort((a, b) => a - b);
      this.#sorted = true;
    }
    const rank = Math.ceil((p / 100) * this.#samples.length);
    return this.#samples[Math.min(this.#samples.length - 1, Math.max(0, rank - 1))]!;
  }
}

/** Runs `fn` `concurrency` times in parallel until `total` units are claimed; each call claims one. */
export async function runConcurrently(
  total: number,
  concurrency: number,
  fn: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

const round = (value: number | undefined, digits: number): string =>
  value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits);

const thousands = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '-' : Math.round(value).toLocaleString('en-US');

/** A Markdown table (pasted as is into docs/performance.md). */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['bench', 'spans/s', 'spans/CPU-s', 'p50 ms', 'p99 ms', 'peak RSS MiB', 'notes'];
  const rows = results.map((r) => [
    r.name,
    thousands(r.spansPerSecond),
    thousands(r.spansPerCpuSecond),
    round(r.p50Ms, 2),
    round(r.p99Ms, 2),
    round(r.rssMiB, 0),
    r.notes ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export type { ServiceProcess } from './processes.ts';
export { freePort, startServiceProcess } from './processes.ts';
