import { describe, expect, it } from 'vitest';
import { FULL, parseVsJaegerOptions, PARTS, QUICK, wantsVsJaeger } from './options.ts';

describe('--vs-jaeger options', () => {
  it('is asked for with or without a list of parts', () => {
    expect(wantsVsJaeger(['--vs-jaeger'])).toBe(true);
    expect(wantsVsJaeger(['--vs-jaeger=query'])).toBe(true);
    expect(wantsVsJaeger(['--only', 'collector'])).toBe(false);
  });

  it('runs every part at full scale by default', () => {
    const options = parseVsJaegerOptions(['--vs-jaeger'], 'out.json');
    expect(options).toEqual({ parts: PARTS, quick: false, scale: FULL, out: 'out.json' });
  });

  it('runs the named parts in the bench order, quick, with a chosen number of runs', () => {
    const options = parseVsJaegerOptions(['--vs-jaeger=query,collector', '--quick', '--runs', '3'], 'x');
    expect(options.parts).toEqual(['collector', 'query']);
    expect(options.scale).toEqual({ ...QUICK, collectorRuns: 3 });
  });

  it('refuses an unknown part and a bad run count', () => {
    expect(() => parseVsJaegerOptions(['--vs-jaeger=colector'], 'x')).toThrow(
      /unknown --vs-jaeger part colector/,
    );
    expect(() => parseVsJaegerOptions(['--vs-jaeger', '--runs', '0'], 'x')).toThrow(/--runs/);
  });
});
