import { describe, expect, it } from 'vitest';
import type { EsIndex } from '../es/jaeger-indices.ts';
import { deletionCutoffMs, indicesToDelete, type CleanerRule } from './select.ts';

const DAY = 86_400_000;
const now = Date.parse('2024-03-10T15:30:00Z');
const day = (offset: number, sep = '-') =>
  new Date(now - offset * DAY).toISOString().slice(0, 10).replaceAll('-', sep);
const index = (name: string, creationMs = now, aliases: string[] = []): EsIndex => ({
  name,
  creationMs,
  aliases: new Map(aliases.map((alias) => [alias, undefined])),
});
const rule: CleanerRule = {
  indexPrefix: 'p',
  indexDateSeparator: '-',
  rollover: false,
  archive: false,
  numDays: 7,
};

describe('deletionCutoffMs (Jaeger: tomorrow 00:00 UTC minus NUM_DAYS)', () => {
  it('keeps today and the NUM_DAYS-1 days before', () => {
    expect(new Date(deletionCutoffMs(now, 7)).toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(new Date(deletionCutoffMs(now, 0)).toISOString()).toBe('2024-03-11T00:00:00.000Z');
  });
});

describe('indicesToDelete', () => {
  it('deletes the daily indices of the prefix older than the cut-off, by the day in their name', () => {
    const indices = Array.from({ length: 10 }, (_, n) => [
      index(`p-jaeger-span-${day(n)}`),
      index(`p-jaeger-service-${day(n)}`),
    ]).flat();
    const deleted = indicesToDelete(indices, rule, now);
    expect(deleted).toEqual(
      [7, 8, 9].flatMap((n) => [`p-jaeger-service-${day(n)}`, `p-jaeger-span-${day(n)}`]).sort(),
    );
  });

  it('never touches another prefix, unprefixed indices, non-Jaeger names or write-alias holders', () => {
    const old = day(30);
    const indices = [
      index(`jaeger-span-${old}`),
      index(`other-jaeger-span-${old}`),
      index(`pp-jaeger-span-${old}`),
      index(`p-jaeger-span-${old}-backup`),
      index(`p-jaeger-spans-${old}`),
      index(`p-jaeger-span-${old}`, now, ['p-jaeger-span-write']),
      index(`p-jaeger-dependencies-${old}`),
      index(`p-jaeger-sampling-${old}`),
    ];
    expect(indicesToDelete(indices, rule, now)).toEqual([
      `p-jaeger-dependencies-${old}`,
      `p-jaeger-sampling-${old}`,
    ]);
  });

  it('reads other date separators and hourly indices', () => {
    const indices = [index(`p-jaeger-span-${day(9, '.')}.13`), index(`p-jaeger-span-${day(1, '.')}`)];
    expect(indicesToDelete(indices, { ...rule, indexDateSeparator: '.' }, now)).toEqual([
      `p-jaeger-span-${day(9, '.')}.13`,
    ]);
    // With '-' expected, dotted names are not Jaeger's daily indices.
    expect(indicesToDelete(indices, rule, now)).toEqual([]);
  });

  it('judges rollover indices by their creation date, sparing the write index', () => {
    const old = now - 10 * DAY;
    const indices = [
      index('p-jaeger-span-000001', old, ['p-jaeger-span-read']),
      index('p-jaeger-span-000002', old, ['p-jaeger-span-write']),
      index('p-jaeger-span-000003', now),
      index(`p-jaeger-span-${day(30)}`, old),
      index('p-jaeger-span-archive-000001', old),
    ];
    expect(indicesToDelete(indices, { ...rule, rollover: true }, now)).toEqual(['p-jaeger-span-000001']);
    expect(indicesToDelete(indices, { ...rule, archive: true }, now)).toEqual([
      'p-jaeger-span-archive-000001',
    ]);
  });
});
