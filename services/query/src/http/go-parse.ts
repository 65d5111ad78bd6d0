/**
 * Parsers that mirror Go's `time.ParseDuration` and `strconv.ParseInt`, with
 * Go's error texts, so that 400 messages read exactly like Jaeger's
 * ("unable to parse param 'minDuration': time: invalid duration \"abc\"").
 */
export type GoParsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const NANOS_PER_UNIT: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5 micro sign
  μs: 1000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX_INT64 = (1n << 63n) - 1n;
const PART = /^(\d*)(?:\.(\d*))?([^\d.]*)/;

/** Go's time.ParseDuration; the value is nanoseconds. */
export function parseGoDuration(text: string): GoParsed<bigint> {
  const invalid: GoParsed<bigint> = { ok: false, error: `time: invalid duration ${goQuote(text)}` };
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0n };
  if (rest === '') return invalid;
  let total = 0n;
  while (rest !== '') {
    const match = PART.exec(rest)!;
    const [whole, intPart = '', fracPart, unit = ''] = match;
    if (intPart === '' && (fracPart === undefined || fracPart === '')) return invalid;
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${goQuote(text)}` };
    const scale = NANOS_PER_UNIT[unit];
    if (scale === undefined)
      return { ok: false, error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    total += BigInt(intPart || '0') * scale + fractionNanos(fracPart ?? '', scale);
    if (total > MAX_INT64) return invalid;
    rest = rest.slice(whole.length);
  }
  return { ok: true, value: negative ? -total : total };
}

/** The fractional digits times the unit, truncated to whole nanoseconds as Go does. */
function fractionNanos(digits: string, scale: bigint): bigint {
  if (digits === '') return 0n;
  return (BigInt(digits) * scale) / 10n ** BigInt(digits.length);
}

/** Go's strconv.ParseInt(text, 10, bits). */
export function parseGoInt(text: string, bits: 32 | 64): GoParsed<bigint> {
  const fn = 'strconv.ParseInt';
  if (!/^[+-]?\d+$/.test(text))
    return { ok: false, error: `${fn}: parsing ${goQuote(text)}: invalid syntax` };
  const value = BigInt(text);
  const limit = 1n << BigInt(bits - 1);
  if (value >= limit || value < -limit) {
    return { ok: false, error: `${fn}: parsing ${goQuote(text)}: value out of range` };
  }
  return { ok: true, value };
}

/** Go's strconv.ParseBool. */
export function parseGoBool(text: string): GoParsed<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax` };
}

/** Go's %q for the printable strings users type (quotes and backslashes escaped). */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}
