import Long from 'long';

// protobufjs decodes 64-bit fields as Long (the generated code is built with --force-long);
// the model uses bigint for int64 values and number microseconds for times.

const TWO_32 = 4294967296;

export function longToBigint(value: Long | number): bigint {
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  const big = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
  return value.unsigned ? big : BigInt.asIntN(64, big);
}

export function bigintToLong(value: bigint, unsigned = false): Long {
  return Long.fromBits(Number(BigInt.asIntN(32, value)), Number(BigInt.asIntN(32, value >> 32n)), unsigned);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An int64 for protobufjs' writer, which takes a number or a Long: a number when it is exact
 * (no Long allocated), a Long beyond 2^53. Typed as Long for the generated interfaces.
 */
export function int64ForWriter(value: bigint): Long {
  return (value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : bigintToLong(value)) as unknown as Long;
}

/** A safe integer handed to protobufjs' writer as is (it accepts numbers for 64-bit fields). */
export const numberForWriter = (value: number): Long => value as unknown as Long;

/**
 * Unsigned nanoseconds (fixed64) to whole microseconds, truncating as Jaeger does.
 * Exact without BigInt: 2^32 = 4294967 * 1000 + 296.
 */
export function nanosToMicros(value: Long | number): number {
  if (typeof value === 'number') return Math.floor(value / 1000);
  const high = value.high >>> 0;
  const low = value.low >>> 0;
  return high * 4294967 + Math.floor((high * 296 + low) / 1000);
}

/** (end - start) in nanoseconds, truncated to microseconds toward zero, as Go's Duration does. */
export function durationMicros(start: Long | number, end: Long | number): number {
  if (typeof start === 'number' && typeof end === 'number') return Math.trunc((end - start) / 1000) + 0;
  const s = typeof start === 'number' ? Long.fromNumber(start, true) : start;
  const e = typeof end === 'number' ? Long.fromNumber(end, true) : end;
  // Exact whenever the difference fits a double's integer range (about 104 days).
  const diff = ((e.high >>> 0) - (s.high >>> 0)) * TWO_32 + ((e.low >>> 0) - (s.low >>> 0));
  // `+ 0` turns -0 (from truncating a small negative difference) into 0.
  if (Number.isSafeInteger(diff)) return Math.trunc(diff / 1000) + 0;
  return Number((longToBigint(e.toUnsigned()) - longToBigint(s.toUnsigned())) / 1000n);
}

/** Microseconds to unsigned nanoseconds (fixed64). */
export function microsToNanosLong(micros: number): Long {
  return Long.fromNumber(micros, true).multiply(1000);
}
