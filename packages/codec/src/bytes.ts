import { Buffer } from 'node:buffer';
import type { SpanId, TraceId } from '@spanstream/model';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/** Hex text to bytes; undefined when it is not an even number of hex digits. */
export function hexToBytes(text: string): Uint8Array | undefined {
  if (!HEX.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'hex'));
}

export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Standard or URL-safe base64 to bytes; undefined when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

// Hot-path ID conversions (every span, every reference): Buffer's native hex codec instead of
// the model's portable per-byte helpers.

/** 16 bytes to a TraceId; undefined for another length or all zero. */
export function traceIdOf(bytes: Uint8Array): TraceId | undefined {
  if (bytes.length !== 16) return undefined;
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
  return hex === ZERO_TRACE ? undefined : (hex as TraceId);
}

/** 8 bytes to a SpanId; undefined for another length or all zero. */
export function spanIdOf(bytes: Uint8Array): SpanId | undefined {
  if (bytes.length !== 8) return undefined;
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('hex');
  return hex === ZERO_SPAN ? undefined : (hex as SpanId);
}

/** A (lowercase hex) ID to its bytes. */
export function idBytes(id: TraceId | SpanId): Uint8Array {
  return Buffer.from(id, 'hex');
}
