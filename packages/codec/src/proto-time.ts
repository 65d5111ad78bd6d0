import type { Micros } from '@spanstream/model';
import type { google } from '@spanstream/proto';
import type Long from 'long';

const toNumber = (value: Long | number | null | undefined): number =>
  value == null ? 0 : typeof value === 'number' ? value : value.toNumber();

/**
 * A google.protobuf.Timestamp as whole µs since the epoch; unset is 0 (proto3's zero value, Go's
 * zero time for Jaeger's query parameters). Sub-µs nanos are dropped, as Jaeger's model does.
 */
export function timestampToMicros(ts: google.protobuf.ITimestamp | null | undefined): Micros {
  if (ts == null) return 0 as Micros;
  return (toNumber(ts.seconds) * 1_000_000 + Math.floor((ts.nanos ?? 0) / 1000)) as Micros;
}

/**
 * A google.protobuf.Duration as whole µs; unset is 0. Sub-µs nanos are dropped toward zero, as
 * Jaeger's `model.DurationAsMicroseconds` does.
 */
export function durationToMicros(d: google.protobuf.IDuration | null | undefined): Micros {
  if (d == null) return 0 as Micros;
  return (toNumber(d.seconds) * 1_000_000 + Math.trunc((d.nanos ?? 0) / 1000)) as Micros;
}
