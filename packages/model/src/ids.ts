/** 128-bit trace ID as 32 lowercase hex characters. */
export type TraceId = string & { readonly __brand: 'TraceId' };
/** 64-bit span ID as 16 lowercase hex characters. */
export type SpanId = string & { readonly __brand: 'SpanId' };

const HEX = /^[0-9a-f]+$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

/**
 * Parses a trace ID written as 1–32 hex characters (Jaeger accepts short IDs
 * and left-pads them). Returns undefined for anything else, including all-zero.
 */
export function parseTraceId(text: string): TraceId | undefined {
  const lower = text.toLowerCase();
  if (lower.length === 0 || lower.length > 32 || !HEX.test(lower)) return undefined;
  const padded = lower.padStart(32, '0');
  return padded === ZERO_TRACE ? undefined : (padded as TraceId);
}

/** Parses a span ID written as 1–16 hex characters; all-zero is invalid. */
export function parseSpanId(text: string): SpanId | undefined {
  const lower = text.toLowerCase();
  if (lower.length === 0 || lower.length > 16 || !HEX.test(lower)) return undefined;
  const padded = lower.padStart(16, '0');
  return padded === ZERO_SPAN ? undefined : (padded as SpanId);
}

/** Hex of raw ID bytes (16 bytes for a trace, 8 for a span); undefined when the length is wrong or all zero. */
export function traceIdFromBytes(bytes: Uint8Array): TraceId | undefined {
  return bytes.length === 16 ? parseTraceId(bytesToHex(bytes)) : undefined;
}

export function spanIdFromBytes(bytes: Uint8Array): SpanId | undefined {
  return bytes.length === 8 ? parseSpanId(bytesToHex(bytes)) : undefined;
}

export function idToBytes(id: TraceId | SpanId): Uint8Array {
  const out = new Uint8Array(id.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(id.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Jaeger splits a trace ID into two unsigned 64-bit halves (high, low). */
export function traceIdToHighLow(id: TraceId): { high: bigint; low: bigint } {
  return { high: BigInt(`0x${id.slice(0, 16)}`), low: BigInt(`0x${id.slice(16)}`) };
}

export function traceIdFromHighLow(high: bigint, low: bigint): TraceId | undefined {
  const mask = (1n << 64n) - 1n;
  const hex =
    (BigInt.asUintN(64, high) & mask).toString(16).padStart(16, '0') +
    BigInt.asUintN(64, low).toString(16).padStart(16, '0');
  return parseTraceId(hex);
}
