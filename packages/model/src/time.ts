/** Microseconds: since the Unix epoch for timestamps, or a length for durations. Jaeger's unit. */
export type Micros = number & { readonly __brand: 'Micros' };
/** Milliseconds, used only at API edges (Jaeger's dependencies endTs/lookback). */
export type Millis = number & { readonly __brand: 'Millis' };

export const micros = (value: number): Micros => value as Micros;
export const millis = (value: number): Millis => value as Millis;

export const millisToMicros = (value: Millis): Micros => (value * 1000) as Micros;
export const microsToMillis = (value: Micros): Millis => Math.floor(value / 1000) as Millis;

/** Nanoseconds as bigint (OTLP's unit) to microseconds, truncating as Jaeger does. */
export const nanosToMicros = (value: bigint): Micros => Number(value / 1000n) as Micros;
export const microsToNanos = (value: Micros): bigint => BigInt(value) * 1000n;

export const nowMicros = (): Micros => (Date.now() * 1000) as Micros;
