/** µs → short human duration (`850µs`, `1.25ms`, `3.4s`, `2m 5s`). */
export function formatDuration(micros: number): string {
  if (micros < 1000) return `${trim(micros)}µs`;
  if (micros < 1e6) return `${trim(micros / 1000)}ms`;
  if (micros < 60e6) return `${trim(micros / 1e6)}s`;
  const minutes = Math.floor(micros / 60e6);
  const seconds = Math.round((micros - minutes * 60e6) / 1e6);
  return `${minutes}m ${seconds}s`;
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}

export function formatTimestamp(micros: number): string {
  const d = new Date(micros / 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function formatRelative(micros: number, nowMillis: number): string {
  const seconds = Math.round((nowMillis - micros / 1000) / 1000);
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes ago`;
  if (seconds < 86400) return `${Math.round(seconds / 3600)} hours ago`;
  return `${Math.round(seconds / 86400)} days ago`;
}

export function formatTagValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Evenly spaced "nice" ticks for a time ruler of `duration` µs. */
export function rulerTicks(duration: number, count = 5): number[] {
  if (duration <= 0) return [0];
  return Array.from({ length: count + 1 }, (_, i) => (duration * i) / count);
}
