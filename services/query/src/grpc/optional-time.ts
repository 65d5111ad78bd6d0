import { timestampToMicros } from '@spanstream/codec';
import type { Micros } from '@spanstream/model';
import type { google } from '@spanstream/proto';

/** A request's time parameter in µs; undefined when unset or zero (Go's zero time: "not given"). */
export function optionalTimestamp(ts: google.protobuf.ITimestamp | null | undefined): Micros | undefined {
  const value = timestampToMicros(ts);
  return value === 0 ? undefined : value;
}
