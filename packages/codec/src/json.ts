import { CodecError, describeError } from './result.ts';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A request body as given, or parsed when it is JSON text (CodecError when that text is not JSON). */
export function parseJsonBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new CodecError(`malformed JSON: ${describeError(error)}`, { cause: error });
  }
}
