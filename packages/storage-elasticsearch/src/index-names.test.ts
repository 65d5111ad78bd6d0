import { describe, expect, it } from 'vitest';
import { IndexNames } from './index-names.ts';
import { DEFAULT_ES_OPTIONS } from './options.ts';

const at = (iso: string) => Date.parse(iso);

describe('IndexNames', () => {
  it("names daily indices by UTC date, with Jaeger's prefix and separator rules", () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, indexPrefix: 'prod', indexDateSeparator: '.' });
    expect(names.writeIndex('span', at('2020-11-20T23:59:59Z'))).toBe('prod-jaeger-span-2020.11.20');
    expect(names.writeIndex('service', at('2020-11-21T00:00:00Z'))).toBe('prod-jaeger-service-2020.11.21');
    expect(names.pattern('dependencies')).toBe('prod-jaeger-dependencies-*');
    expect(new IndexNames(DEFAULT_ES_OPTIONS).writeIndex('span', at('2020-01-02T03:04:05Z'))).toBe(
      'jaeger-span-2020-01-02',
    );
  });

  it('appends the hour with hourly rollover', () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, rolloverFrequencySpans: 'hour' });
    expect(names.writeIndex('span', at('2020-01-02T03:04:05Z'))).toBe('jaeger-span-2020-01-02-03');
    expect(names.writeIndex('service', at('2020-01-02T03:04:05Z'))).toBe('jaeger-service-2020-01-02');
  });

  it('names each write by its own hour or day, whatever the previous write was (the last name is reused)', () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, rolloverFrequencySpans: 'hour' });
    const sequence = [
      '2020-01-02T03:59:59.999Z',
      '2020-01-02T03:00:00Z',
      '2020-01-02T04:00:00Z',
      '2020-01-01T23:59:59Z',
      '1969-12-31T23:30:00Z',
      '2020-01-02T04:30:00Z',
    ];
    expect(sequence.map((iso) => names.writeIndex('span', at(iso)))).toEqual([
      'jaeger-span-2020-01-02-03',
      'jaeger-span-2020-01-02-03',
      'jaeger-span-2020-01-02-04',
      'jaeger-span-2020-01-01-23',
      'jaeger-span-1969-12-31-23',
      'jaeger-span-2020-01-02-04',
    ]);
    expect(sequence.map((iso) => names.writeIndex('service', at(iso)))).toEqual([
      'jaeger-service-2020-01-02',
      'jaeger-service-2020-01-02',
      'jaeger-service-2020-01-02',
      'jaeger-service-2020-01-01',
      'jaeger-service-1969-12-31',
      'jaeger-service-2020-01-02',
    ]);
  });

  it('reads every dated index of a range, newest first, and falls back to the pattern for long ranges', () => {
    const names = new IndexNames(DEFAULT_ES_OPTIONS);
    expect(names.readIndices('span', at('2020-01-01T23:00:00Z'), at('2020-01-03T01:00:00Z'))).toEqual([
      'jaeger-span-2020-01-03',
      'jaeger-span-2020-01-02',
      'jaeger-span-2020-01-01',
    ]);
    const hourly = new IndexNames({ ...DEFAULT_ES_OPTIONS, rolloverFrequencySpans: 'hour' });
    expect(hourly.readIndices('span', at('2020-01-01T00:00:00Z'), at('2020-01-05T00:00:00Z'))).toEqual([
      'jaeger-span-*',
    ]);
  });

  it("uses Jaeger's single archive index, or its aliases, for spans of the archive store", () => {
    const archive = new IndexNames({ ...DEFAULT_ES_OPTIONS, archive: true });
    expect(archive.writeIndex('span', 0)).toBe('jaeger-span-archive');
    expect(archive.readIndices('span', 0, Date.now())).toEqual(['jaeger-span-archive']);
    const aliased = new IndexNames({ ...DEFAULT_ES_OPTIONS, archive: true, useAliases: true });
    expect(aliased.writeIndex('span', 0)).toBe('jaeger-span-archive-write');
    expect(aliased.readIndices('span', 0, 1)).toEqual(['jaeger-span-archive-read']);
  });

  it('uses the write and read aliases in rollover mode', () => {
    const names = new IndexNames({ ...DEFAULT_ES_OPTIONS, useAliases: true, indexPrefix: 'x-' });
    expect(names.writeIndex('span', 0)).toBe('x-jaeger-span-write');
    expect(names.readIndices('service', 0, Date.now())).toEqual(['x-jaeger-service-read']);
  });
});
