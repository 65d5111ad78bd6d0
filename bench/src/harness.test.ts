import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childCpuSeconds, childPeakRssMiB, formatTable, Latencies, runConcurrently } from './harness.ts';

describe('Latencies', () => {
  it('computes nearest-rank percentiles', () => {
    const latencies = new Latencies();
    for (let i = 100; i >= 1; i--) latencies.record(i);
    expect([latencies.percentile(50), latencies.percentile(99), latencies.percentile(100)]).toEqual([
      50, 99, 100,
    ]);
    expect(latencies.percentile(0)).toBe(1);
    expect(latencies.count).toBe(100);
  });

  it('is NaN without samples', () => {
    expect(new Latencies().percentile(50)).toBeNaN();
  });
});

describe('runConcurrently', () => {
  it('claims every index exactly once', async () => {
    const seen: number[] = [];
    await runConcurrently(25, 4, async (i) => {
      await Promise.resolve();
      seen.push(i);
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});

describe('child process probes', () => {
  it('reads CPU time and peak RSS of a running child from /proc', async () => {
    const child = spawn('sleep', ['5']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(childCpuSeconds(child.pid!)).toBeGreaterThanOrEqual(0);
      expect(childPeakRssMiB(child.pid!)).toBeGreaterThan(0);
    } finally {
      child.kill();
    }
  });
});

describe('formatTable', () => {
  it('prints a Markdown table with dashes for missing figures', () => {
    const table = formatTable([
      { name: 'a', spansPerSecond: 12345.6, spansPerCpuSecond: 20000, p50Ms: 1.234, p99Ms: 5, rssMiB: 80.4 },
      { name: 'bb', spansPerSecond: 10, rssMiB: 50, notes: 'x' },
    ]);
    expect(table.split('\n')).toEqual([
      '| bench | spans/s | spans/CPU-s | p50 ms | p99 ms | peak RSS MiB | notes |',
      '| ----- | ------- | ----------- | ------ | ------ | ------------ | ----- |',
      '| a     | 12,346  | 20,000      | 1.23   | 5.00   | 80           |       |',
      '| bb    | 10      | -           | -      | -      | 50           | x     |',
    ]);
  });
});
