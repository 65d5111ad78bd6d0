/**
 * Go's duration format (`time.ParseDuration` / `Duration.String`), which Jaeger's flags and APIs use:
 * `1h2m3s`, `1.5ms`, `100us`, `-2m`. A parsed duration is milliseconds (possibly fractional) with a brand,
 * so it passes straight to timers yet cannot be mixed up with a plain number by accident.
 */
export type Duration = number & { readonly __unit: 'duration-ms' };

const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;

export const durationMs = (ms: number): Duration => ms as Duration;

/** Parses a Go duration; `undefined` when the text is not one (callers turn that into their own error). */
export function parseDuration(text: string): Duration | undefined {
  let rest = text.trim();
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return durationMs(0);
  if (rest === '') return undefined;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < rest.length) {
    const match = PART.exec(rest);
    if (match === null) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
  }
  return durationMs(sign * total);
}

/** Formats as Go's `Duration.String()` does: `1h0m0s`, `2m3.5s`, `1.5ms`, `0s`. */
export function formatDuration(ms: number): string {
  if (ms < 0) return `-${formatDuration(-ms)}`;
  const nanos = Math.round(ms * 1e6);
  if (nanos === 0) return '0s';
  if (nanos < 1000) return `${nanos}ns`;
  if (nanos < 1e6) return `${trimFraction(nanos / 1e3)}µs`;
  if (nanos < 1e9) return `${trimFraction(nanos / 1e6)}ms`;
  const hours = Math.floor(nanos / 3.6e12);
  const minutes = Math.floor((nanos % 3.6e12) / 6e10);
  const seconds = trimFraction((nanos % 6e10) / 1e9);
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${minutes}m${seconds}s`;
  return `${seconds}s`;
}

// Up to 9 fractional digits like Go, without trailing zeros and without float noise.
function trimFraction(value: number): string {
  return value.toFixed(9).replace(/\.?0+$/, '');
}
