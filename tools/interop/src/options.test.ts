import { describe, expect, it } from 'vitest';
import { jaegerCacheDir } from './jaeger-binary.ts';
import { ENCODINGS, PARTS, parseInteropOptions } from './options.ts';

describe('parseInteropOptions', () => {
  it('runs everything by default', () => {
    expect(parseInteropOptions([])).toEqual({ parts: PARTS, encodings: ENCODINGS, keep: false });
  });

  it('takes --only, --encodings (with = or a separate value) and --keep', () => {
    expect(parseInteropOptions(['--only', 'cassandra,kafka', '--encodings=otlp_json', '--keep'])).toEqual({
      parts: ['cassandra', 'kafka'],
      encodings: ['otlp_json'],
      keep: true,
    });
  });

  it('refuses unknown parts, encodings and flags', () => {
    expect(() => parseInteropOptions(['--only', 'mysql'])).toThrow(/--only: expected some of/);
    expect(() => parseInteropOptions(['--encodings', 'avro'])).toThrow(/--encodings/);
    expect(() => parseInteropOptions(['--fast'])).toThrow(/unknown argument --fast/);
  });
});

describe('jaegerCacheDir', () => {
  it('is per version, under SPANSTREAM_CACHE_DIR, XDG_CACHE_HOME or ~/.cache', () => {
    expect(jaegerCacheDir('v1', { SPANSTREAM_CACHE_DIR: '/c' })).toBe('/c/jaeger/v1');
    expect(jaegerCacheDir('v1', { XDG_CACHE_HOME: '/x' })).toBe('/x/spanstream/jaeger/v1');
    expect(jaegerCacheDir('v1', {})).toMatch(/\/\.cache\/spanstream\/jaeger\/v1$/);
  });
});
