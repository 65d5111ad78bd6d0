import type { Micros } from '@spanstream/model';
import { micros } from '@spanstream/model';
import type { google } from '@spanstream/proto';

type LongLike = number | { toNumber(): number } | null | undefined;

function toNumber(value: LongLike): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** A protobuf Timestamp as µs since the epoch; undefined when unset or zero (Go's zero time). */
export function timestampToMicros(ts: google.protobuf.ITimestamp | null | undefined): Micros | undefined {
  if (ts === null || ts === undefined) return undefined;
  const seconds = toNumber(ts.seconds);
  const nanos = ts.nanos ?? 0;
  if (seconds === 0 && nanos === 0) return undefined;
  return micros(seconds * 1_000_000 + Math.trunc(nanos / 1000));
}

/** A protobuf Duration as (fractional) µs; 0 when unset. */
export function durationToMicros(d: google.protobuf.IDuration | null | undefined): number {
  if (d === null || d === undefined) return 0;
  return toNumber(d.seconds) * 1_000_000 + (d.nanos ?? 0) / 1000;
}
