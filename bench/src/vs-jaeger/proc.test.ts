import { describe, expect, it } from 'vitest';
import { parseLoadAverage, parseStatCpuSeconds, parseStatusMiB, ProcessWindow } from './proc.ts';

describe('/proc parsing', () => {
  it('adds utime and stime (fields 14 and 15) in clock ticks, counting after the command name', () => {
    // A command name with spaces and parentheses must not shift the fields.
    const stat = '4242 (jaeger (v2) x) S 1 4242 4242 0 -1 4194560 12345 0 0 0 1234 567 0 0 20 0 12 0 100 0 0';
    expect(parseStatCpuSeconds(stat)).toBeCloseTo(18.01, 10);
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseStatCpuSeconds('nonsense')).toThrow(/not a \/proc/);
  });

  it('reads VmHWM and VmRSS in MiB, NaN when the field is absent', () => {
    const status = 'Name:\tnode\nVmPeak:\t 999999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(parseStatusMiB(status, 'VmHWM')).toBe(200);
    expect(parseStatusMiB(status, 'VmRSS')).toBe(100);
    expect(parseStatusMiB('Name:\tzombie\n', 'VmHWM')).toBeNaN();
  });

  it('reads the 1-minute load average', () => {
    expect(parseLoadAverage('11.51 7.49 4.73 3/1200 4242\n')).toBe(11.51);
    expect(() => parseLoadAverage('')).toThrow();
  });

  it('measures this very process over a window of busy work', () => {
    const window = new ProcessWindow(process.pid);
    const until = performance.now() + 120;
    let spin = 0;
    while (performance.now() < until) spin++;
    const figures = window.finish();
    expect(spin).toBeGreaterThan(0);
    expect(figures.cpuSeconds).toBeGreaterThan(0);
    expect(figures.wallSeconds).toBeGreaterThanOrEqual(0.12);
    expect(figures.peakRssMiB).toBeGreaterThanOrEqual(figures.sampledRssPeakMiB);
    expect(figures.load).toHaveLength(2);
  });
});
