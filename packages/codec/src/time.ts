// Time text formats of the Jaeger encodings, all at the model's microsecond precision.

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** RFC 3339 (as protobuf JSON and Go write it) to microseconds since the epoch; sub-µs digits are truncated. */
export function parseRfc3339Micros(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const millis = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(millis)) return undefined;
  const offsetMinutes = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const micros = Number((frac ?? '').padEnd(6, '0').slice(0, 6));
  return (millis - offsetMinutes * 60_000) * 1000 + micros;
}

/** Microseconds to RFC 3339 in UTC with 0, 3 or 6 fractional digits, as Go's jsonpb writes a Timestamp. */
export function formatRfc3339Micros(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const iso = new Date(seconds * 1000).toISOString(); // yyyy-mm-ddThh:mm:ss.000Z
  return `${iso.slice(0, 19)}${fractionDigits(fraction)}Z`;
}

/** Microseconds to a protobuf JSON Duration: "0.000100s", "1.500s", "3s". */
export function formatDurationMicros(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const seconds = Math.floor(abs / 1_000_000);
  return `${sign}${seconds}${fractionDigits(abs - seconds * 1_000_000)}s`;
}

function fractionDigits(micros: number): string {
  if (micros === 0) return '';
  if (micros % 1000 === 0) return `.${String(micros / 1000).padStart(3, '0')}`;
  return `.${String(micros).padStart(6, '0')}`;
}

const UNIT_NANOS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const GO_DURATION = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const PART = /(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/g;

/**
 * A duration as protobuf JSON ("0.000100s") or Go's time.Duration text ("100000ns",
 * "1h2m3.5s", "1.5ms") to microseconds, truncated toward zero. Undefined if malformed.
 * Decimal arithmetic in BigInt: a float would turn "8852717.929215s" into ...214 µs.
 */
export function parseDurationMicros(text: string): number | undefined {
  if (text === '0') return 0;
  if (!GO_DURATION.test(text)) return undefined;
  let nanos = 0n;
  for (const [, whole, fraction, unit] of text.matchAll(PART)) {
    const scale = UNIT_NANOS[unit!]!;
    nanos += BigInt(whole || '0') * scale;
    if (fraction) nanos += (BigInt(fraction) * scale) / 10n ** BigInt(fraction.length);
  }
  const micros = Number(nanos / 1000n);
  return text.startsWith('-') && micros !== 0 ? -micros : micros;
}
