import { normalizePrefix, type EsIndex } from '../es/jaeger-indices.ts';

const DAY_MS = 86_400_000;

export interface CleanerRule {
  readonly indexPrefix: string;
  readonly indexDateSeparator: string;
  /** Rollover indices (`…jaeger-span-000002`) instead of daily ones. */
  readonly rollover: boolean;
  /** Only `…jaeger-span-archive-NNNNNN` (rollover archive indices), as Jaeger's `--archive`. */
  readonly archive: boolean;
  readonly numDays: number;
}

/**
 * Jaeger's cut-off (`CalculateDeletionCutoff`): tomorrow 00:00 UTC minus NUM_DAYS days, so that today
 * and the NUM_DAYS-1 days before are kept (NUM_DAYS=0 deletes everything up to today included).
 */
export function deletionCutoffMs(nowMs: number, numDays: number): number {
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  return today + DAY_MS - numDays * DAY_MS;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KINDS = '(?:span|service|dependencies|sampling)';

/**
 * The indices the cleaner deletes, sorted. Daily indices (`…jaeger-span-2024-01-31`, hourly ones too)
 * are judged by the day in their name; rollover indices (`…-000002`), which carry no date, by their
 * creation date, as Jaeger does for all. An index holding one of the prefix's `*-write` aliases is
 * never deleted, nor anything whose name does not match exactly (another prefix, a user index).
 */
export function indicesToDelete(indices: readonly EsIndex[], rule: CleanerRule, nowMs: number): string[] {
  const prefix = escape(normalizePrefix(rule.indexPrefix));
  const cutoff = deletionCutoffMs(nowMs, rule.numDays);
  const writeAliases = ['span', 'service', 'dependencies', 'sampling', 'span-archive'].map(
    (kind) => `${normalizePrefix(rule.indexPrefix)}jaeger-${kind}-write`,
  );
  const sep = escape(rule.indexDateSeparator);
  const daily = new RegExp(
    `^${prefix}jaeger-${KINDS}-(\\d{4})${sep}(\\d{2})${sep}(\\d{2})(?:${sep}\\d{2})?$`,
  );
  const rollover = rule.archive
    ? new RegExp(`^${prefix}jaeger-span-archive-\\d{6}$`)
    : new RegExp(`^${prefix}jaeger-${KINDS}-\\d{6}$`);
  const selected = indices.filter((index) => {
    if (writeAliases.some((alias) => index.aliases.has(alias))) return false;
    if (rule.rollover || rule.archive) return rollover.test(index.name) && index.creationMs < cutoff;
    const match = daily.exec(index.name);
    if (match === null) return false;
    const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return day < cutoff;
  });
  return selected.map((index) => index.name).sort();
}
