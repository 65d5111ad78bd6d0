import { describe, expect, it } from 'vitest';
import { lookbackReferenceMs, parseConditions } from './conditions.ts';

describe('parseConditions', () => {
  it('takes a JSON object', () => {
    expect(parseConditions('{"max_age":"2d","max_docs":1}')).toEqual({ max_age: '2d', max_docs: 1 });
  });

  it('refuses invalid JSON or a non-object, naming the flag and the value', () => {
    expect(() => parseConditions('{max_age:2d}')).toThrow(/^--conditions: invalid JSON "\{max_age:2d\}"/);
    expect(() => parseConditions('[1]', '--es-rollover.conditions')).toThrow(
      /^--es-rollover.conditions: expected a JSON object .* got "\[1\]"/,
    );
  });
});

describe('lookbackReferenceMs (Jaeger getTimeReference, in UTC)', () => {
  const now = Date.parse('2024-03-10T15:30:45.500Z');
  const at = (unit: Parameters<typeof lookbackReferenceMs>[1], count: number) =>
    new Date(lookbackReferenceMs(now, unit, count)).toISOString();

  it('counts days and weeks back from tomorrow midnight, smaller units from now', () => {
    expect(at('days', 1)).toBe('2024-03-10T00:00:00.000Z');
    expect(at('days', 3)).toBe('2024-03-08T00:00:00.000Z');
    expect(at('weeks', 1)).toBe('2024-03-04T00:00:00.000Z');
    expect(at('hours', 2)).toBe('2024-03-10T13:00:00.000Z');
    expect(at('minutes', 1)).toBe('2024-03-10T15:29:00.000Z');
    expect(at('seconds', 1)).toBe('2024-03-10T15:30:44.000Z');
    expect(at('months', 1)).toBe('2024-02-10T00:00:00.000Z');
    expect(at('years', 1)).toBe('2023-03-10T00:00:00.000Z');
  });
});
