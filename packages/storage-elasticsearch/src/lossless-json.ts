/**
 * JSON parsing that keeps integers beyond ±(2^53−1) exact, as bigint. Jaeger v2 stores int64 tag
 * values as JSON numbers (`9007199254740993`); `JSON.parse` would round them to a double. The
 * reviver reads each number's source text (Node ≥ 21), and runs only when the text holds a number
 * token long enough to be unsafe, so ordinary responses parse at full speed.
 */
const MAYBE_UNSAFE_INTEGER = /[:,[]\s*-?(?:\d{17,}|9\d{15})\s*[,}\]]/;
const INTEGER = /^-?\d+$/;

export function needsLosslessParse(text: string): boolean {
  return MAYBE_UNSAFE_INTEGER.test(text);
}

export function parseJsonLossless(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) =>
    typeof value === 'number' &&
    !Number.isSafeInteger(value) &&
    context?.source !== undefined &&
    INTEGER.test(context.source)
      ? BigInt(context.source)
      : value,
  );
}
