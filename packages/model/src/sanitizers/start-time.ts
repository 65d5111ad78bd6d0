/**
 * Which span start times are accepted. Storage is partitioned by start time (Elasticsearch daily
 * indices, Cassandra buckets), so a start time in 1970 or 9999 would create an index for that date.
 * Jaeger has no such window; ours accepts all real data by default: anything since 2000-01-01 (late
 * backfills, the 2017 fixtures) and up to one day ahead of the collector's clock.
 */
export interface StartTimeWindow {
  /** Spans starting more than this (µs) before now are refused. 0 = no limit beyond `EARLIEST_START_MICROS`. */
  readonly maxAgeMicros: number;
  /** Spans starting more than this (µs) after now are refused. 0 = no limit. */
  readonly maxFutureMicros: number;
}

/** 2000-01-01T00:00:00Z: no tracing data is older, and anything before it is a clock or encoding error. */
export const EARLIEST_START_MICROS = Date.UTC(2000, 0, 1) * 1000;

export const DEFAULT_START_TIME_WINDOW: StartTimeWindow = {
  maxAgeMicros: 0,
  maxFutureMicros: 24 * 3600 * 1_000_000,
};

/** Every refusal reason starts with this, so counters can label it `start_time`. */
export const START_TIME_REASON_PREFIX = 'startTime ';

const MAX_DATE_MICROS = 8.64e15 * 1000;

function show(micros: number): string {
  const text = Math.abs(micros) < MAX_DATE_MICROS ? new Date(micros / 1000).toISOString() : 'out of range';
  return `${micros}µs (${text})`;
}

const hours = (micros: number) => `${+(micros / 3_600_000_000).toFixed(3)}h`;

/** The reason a start time is outside the window, or undefined when it is inside. */
export function startTimeOutsideWindow(
  startTime: number,
  window: StartTimeWindow,
  nowMicros: number,
): string | undefined {
  if (!Number.isFinite(startTime) || startTime >= MAX_DATE_MICROS)
    return `${START_TIME_REASON_PREFIX}${show(startTime)} is not a date`;
  if (startTime < EARLIEST_START_MICROS)
    return `${START_TIME_REASON_PREFIX}${show(startTime)} is before 2000-01-01`;
  if (window.maxAgeMicros > 0 && startTime < nowMicros - window.maxAgeMicros)
    return `${START_TIME_REASON_PREFIX}${show(startTime)} is more than ${hours(window.maxAgeMicros)} in the past`;
  if (window.maxFutureMicros > 0 && startTime > nowMicros + window.maxFutureMicros)
    return `${START_TIME_REASON_PREFIX}${show(startTime)} is more than ${hours(window.maxFutureMicros)} in the future`;
  return undefined;
}
