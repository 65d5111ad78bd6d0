import type { EsOptions, RolloverFrequency } from './options.ts';

export type IndexKind = 'span' | 'service' | 'dependencies' | 'sampling';

const HOUR_MS = 3_600_000;
/** Above this many dated names, a read uses the index pattern instead (URL length). */
const MAX_LISTED_INDICES = 50;

/**
 * Jaeger's index names: `[<prefix>-]jaeger-<kind>-<date>` in daily/hourly mode, or the `-write`
 * and `-read` aliases in rollover mode (`plugin/storage/es/spanstore/{writer,reader}.go`).
 */
export class IndexNames {
  readonly #prefix: string;
  readonly #separator: string;
  readonly #useAliases: boolean;
  readonly #archive: boolean;
  readonly #frequency: Record<IndexKind, RolloverFrequency>;
  /** The last dated write index per kind and the UTC hour/day it covers (one name per span written). */
  readonly #lastWrite = new Map<IndexKind, { readonly period: number; readonly name: string }>();

  constructor(
    options: Pick<
      EsOptions,
      | 'archive'
      | 'indexPrefix'
      | 'indexDateSeparator'
      | 'useAliases'
      | 'rolloverFrequencySpans'
      | 'rolloverFrequencyServices'
    >,
  ) {
    this.#prefix = options.indexPrefix === '' ? '' : `${options.indexPrefix.replace(/-$/, '')}-`;
    this.#separator = options.indexDateSeparator;
    this.#useAliases = options.useAliases;
    this.#archive = options.archive;
    this.#frequency = {
      span: options.rolloverFrequencySpans,
      service: options.rolloverFrequencyServices,
      dependencies: 'day',
      sampling: 'day',
    };
  }

  /** `[<prefix>-]jaeger-<kind>`: the base of every index of that kind (Jaeger's names). */
  base(kind: IndexKind): string {
    return `${this.#prefix}jaeger-${kind}`;
  }

  /**
   * `[<prefix>-]spanstream-<kind>`: Spanstream's index template, named apart from Jaeger's
   * `[<prefix>-]jaeger-<kind>` so that neither silently replaces the other on one prefix.
   */
  template(kind: IndexKind): string {
    return `${this.#prefix}spanstream-${kind}`;
  }

  /** The pattern matching every index of a kind (templates, cleanup). */
  pattern(kind: IndexKind): string {
    return `${this.base(kind)}-*`;
  }

  /** Jaeger's archive index (`…jaeger-span-archive`), the base of its aliases. */
  archiveIndex(): string {
    return `${this.base('span')}-archive`;
  }

  /** Where a document with this timestamp (ms) is written. */
  writeIndex(kind: IndexKind, timestampMs: number): string {
    if (this.#archive && kind === 'span')
      return this.#useAliases ? `${this.archiveIndex()}-write` : this.archiveIndex();
    if (this.#useAliases) return `${this.base(kind)}-write`;
    const frequency = this.#frequency[kind];
    // UTC hours and days are whole multiples of their length since the epoch (no leap seconds in JS).
    const period = Math.floor(timestampMs / (frequency === 'hour' ? HOUR_MS : 24 * HOUR_MS));
    const last = this.#lastWrite.get(kind);
    if (last?.period === period) return last.name;
    const name = `${this.base(kind)}-${this.#date(timestampMs, frequency)}`;
    this.#lastWrite.set(kind, { period, name });
    return name;
  }

  /** The indices to read for [startMs, endMs]: the read alias, or every dated index in the range. */
  readIndices(kind: IndexKind, startMs: number, endMs: number): string[] {
    if (this.#archive && kind === 'span')
      return [this.#useAliases ? `${this.archiveIndex()}-read` : this.archiveIndex()];
    if (this.#useAliases) return [`${this.base(kind)}-read`];
    const frequency = this.#frequency[kind];
    const step = frequency === 'hour' ? HOUR_MS : 24 * HOUR_MS;
    const names: string[] = [];
    const seen = new Set<string>();
    for (let t = Math.min(startMs, endMs); t <= endMs + step; t += step) {
      const name = `${this.base(kind)}-${this.#date(Math.min(t, endMs), frequency)}`;
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
      if (names.length > MAX_LISTED_INDICES) return [this.pattern(kind)];
    }
    return names.reverse(); // newest first, as Jaeger's timeRangeIndices
  }

  #date(timestampMs: number, frequency: RolloverFrequency): string {
    const iso = new Date(timestampMs).toISOString(); // YYYY-MM-DDTHH:…, always UTC
    const sep = this.#separator;
    const day = `${iso.slice(0, 4)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(8, 10)}`;
    return frequency === 'hour' ? `${day}${sep}${iso.slice(11, 13)}` : day;
  }
}
