const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A UTC day: its `YYYY-MM-DD` name and its span start times [startMs, endMs). */
export interface Day {
  readonly date: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** `YYYY-MM-DD` → the day, undefined unless it is a real calendar date. */
export function parseDay(date: string): Day | undefined {
  const match = DATE.exec(date);
  if (match === null) return undefined;
  const startMs = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2024-02-30 over to March: only a date that formats back to itself is real.
  if (Number.isNaN(startMs) || new Date(startMs).toISOString().slice(0, 10) !== date) return undefined;
  return { date, startMs, endMs: startMs + DAY_MS };
}

/** The run's day: the given date, else the UTC day of `nowMs` (Jaeger's default, today). */
export function resolveDay(date: string | undefined, nowMs: number): Day {
  const name = date ?? new Date(nowMs).toISOString().slice(0, 10);
  const day = parseDay(name);
  if (day === undefined) throw new Error(`dependencies: invalid date ${JSON.stringify(name)}`);
  return day;
}
