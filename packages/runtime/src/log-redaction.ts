import { SECRET_KEY, redactUrlCredentials } from '@spanstream/config';
import { pino } from 'pino';

const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

/**
 * A copy of a serialized error with request headers and credential-named fields removed. Driver errors
 * carry the request they failed on: an @elastic/elasticsearch ResponseError/ConnectionError holds
 * `meta.meta.request.params.headers` (with `authorization`) and `meta.meta.connection.headers`.
 */
function scrub(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactUrlCredentials(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth > MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1, seen));
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // Never log request headers (Authorization, cookies, API keys): not even a header's name is needed.
    out[key] = key.toLowerCase() === 'headers' || SECRET_KEY.test(key) ? REDACTED : scrub(v, depth + 1, seen);
  }
  return out;
}

/** pino's error serializer (message, stack, cause, own fields) followed by `scrub`. */
export function serializeError(error: unknown): unknown {
  const serialized: unknown = error instanceof Error ? pino.stdSerializers.err(error) : error;
  return scrub(serialized, 0, new WeakSet());
}

/** The last line of defence: a URL with user-info anywhere in a log line (a message, a config value). */
export const redactLine = (line: string): string => redactUrlCredentials(line);
