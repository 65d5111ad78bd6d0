import type { Micros } from '@spanstream/model';
import { micros } from '@spanstream/model';
import type { GoParsed } from './go-parse.ts';
import { goQuote } from './go-parse.ts';

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Go's time.Parse(time.RFC3339Nano, …) to µs since the epoch (sub-µs digits
 * truncated). Date.parse would drop everything below the millisecond.
 */
export function parseRfc3339(text: string): GoParsed<Micros> {
  const match = RFC3339.exec(text);
  const invalid: GoParsed<Micros> = {
    ok: false,
    error: `parsing time ${goQuote(text)} as "2006-01-02T15:04:05.999999999Z07:00": not an RFC 3339 timestamp`,
  };
  if (match === null) return invalid;
  const [, y, mo, d, h, mi, s, frac = '', , sign, oh = '0', om = '0'] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return invalid;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(ms).getUTCDate() !== day) return invalid; // e.g. February 30
  const offsetMinutes = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const fractionMicros = Number(frac.padEnd(9, '0').slice(0, 6));
  return { ok: true, value: micros((ms - offsetMinutes * 60_000) * 1000 + fractionMicros) };
}
