import { readFileSync } from 'node:fs';

// Linux reports /proc CPU times in clock ticks; USER_HZ is 100 on every mainstream kernel build.
export const CLOCK_TICKS_PER_SECOND = 100;

/** utime + stime (all threads) in seconds, from the text of `/proc/<pid>/stat`. */
export function parseStatCpuSeconds(stat: string): number {
  // The command name (field 2) may contain spaces and parentheses: fields are counted after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`not a /proc/<pid>/stat line: ${stat}`);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** A `kB` field of `/proc/<pid>/status` (`VmHWM`, `VmRSS`) in MiB; NaN when absent. */
export function parseStatusMiB(status: string, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match === null ? Number.NaN : Number(match[1]) / 1024;
}

/** CPU seconds a live process has used so far (call before and after a window and subtract). */
export function cpuSecondsOf(pid: number): number {
  return parseStatCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** Peak resident set of a live process so far (VmHWM), MiB. */
export function peakRssMiBOf(pid: number): number {
  return parseStatusMiB(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM');
}

/** Resident set of a live process now (VmRSS), MiB. */
function rssMiBOf(pid: number): number {
  return parseStatusMiB(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
}

/** The 1-minute load average, from the text of `/proc/loadavg`. */
export function parseLoadAverage(loadavg: string): number {
  const match = /^\d+(?:\.\d+)?(?= )/.exec(loadavg);
  if (match === null) throw new Error(`not a /proc/loadavg line: ${loadavg}`);
  return Number(match[0]);
}

export function loadAverage(): number {
  return parseLoadAverage(readFileSync('/proc/loadavg', 'utf8'));
}

/**
 * A process's CPU and memory over one measured window: CPU from `/proc/<pid>/stat` at `start()` and
 * `finish()`, the VmRSS peak sampled in between (every `everyMs`), VmHWM (peak of the process's life)
 * at the end, and the 1-minute load average at both ends.
 */
export class ProcessWindow {
  readonly #pid: number;
  readonly #cpuBefore: number;
  readonly #loadBefore: number;
  readonly #started = performance.now();
  readonly #timer: NodeJS.Timeout;
  #rssPeak: number;

  constructor(pid: number, everyMs = 200) {
    this.#pid = pid;
    this.#cpuBefore = cpuSecondsOf(pid);
    this.#loadBefore = loadAverage();
    this.#rssPeak = rssMiBOf(pid);
    this.#timer = setInterval(() => {
      try {
        this.#rssPeak = Math.max(this.#rssPeak, rssMiBOf(this.#pid));
      } catch {
        // the process exited: finish() reports it
      }
    }, everyMs);
  }

  finish(): WindowFigures {
    clearInterval(this.#timer);
    const cpuSeconds = cpuSecondsOf(this.#pid) - this.#cpuBefore;
    this.#rssPeak = Math.max(this.#rssPeak, rssMiBOf(this.#pid));
    return {
      cpuSeconds,
      wallSeconds: (performance.now() - this.#started) / 1000,
      sampledRssPeakMiB: this.#rssPeak,
      peakRssMiB: peakRssMiBOf(this.#pid),
      load: [this.#loadBefore, loadAverage()],
    };
  }
}

export interface WindowFigures {
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  /** Highest VmRSS sampled during the window. */
  readonly sampledRssPeakMiB: number;
  /** VmHWM at the end: the peak of the whole process life, start-up included. */
  readonly peakRssMiB: number;
  /** 1-minute load average at the start and the end of the window. */
  readonly load: readonly [number, number];
}
