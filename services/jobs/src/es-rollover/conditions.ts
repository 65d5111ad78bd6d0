/** Rollover conditions (`--conditions '{"max_age":"2d"}'`), checked at start: invalid JSON names the value. */
export function parseConditions(text: string, flag = '--conditions'): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${flag}: invalid JSON ${JSON.stringify(text)} (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${flag}: expected a JSON object such as {"max_age":"2d"}, got ${JSON.stringify(text)}`);
  return parsed as Record<string, unknown>;
}

export const LOOKBACK_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;
export type LookbackUnit = (typeof LOOKBACK_UNITS)[number];

/**
 * Jaeger's lookback reference (`getTimeReference`), in UTC: indices created before it leave the read
 * alias. Days and weeks count back from tomorrow 00:00, so `--unit days --unit-count 1` keeps today's.
 */
export function lookbackReferenceMs(nowMs: number, unit: LookbackUnit, count: number): number {
  const now = new Date(nowMs);
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const truncate = (step: number) => Math.floor(nowMs / step) * step;
  switch (unit) {
    case 'seconds':
      return truncate(1000) - count * 1000;
    case 'minutes':
      return truncate(60_000) - count * 60_000;
    case 'hours':
      return truncate(3_600_000) - count * 3_600_000;
    case 'days':
      return midnight + 86_400_000 - count * 86_400_000;
    case 'weeks':
      return midnight + 86_400_000 - count * 7 * 86_400_000;
    case 'months':
      return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, now.getUTCDate());
    case 'years':
      return Date.UTC(now.getUTCFullYear() - count, now.getUTCMonth(), now.getUTCDate());
  }
}
