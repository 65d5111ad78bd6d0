import type { DecodeResult } from '../result.ts';

// What the Jaeger JSON readers (api_v2 proto-JSON and UI JSON) share: each field reader throws a
// JsonFieldError, and the span loop turns it into a rejection of that span alone.

class JsonFieldError extends Error {}

export function fail(message: string): never {
  throw new JsonFieldError(message);
}

/** An optional JSON array: absent or null reads as empty. */
export function array(value: unknown, name: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(`${name} must be an array`);
}

/** Adds the span `read` returns to `out`, or its JsonFieldError as the rejection of span `index`. */
export function collectSpan(
  out: DecodeResult,
  index: number,
  read: () => DecodeResult['spans'][number],
): void {
  try {
    out.spans.push(read());
  } catch (error) {
    if (!(error instanceof JsonFieldError)) throw error;
    out.rejected.push({ index, reason: error.message });
  }
}
