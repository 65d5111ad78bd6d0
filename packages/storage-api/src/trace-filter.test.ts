import { micros, parseSpanId, parseTraceId, stringTag, int64Tag, type Span } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { compileTraceQuery, matchesPattern, tagValuePattern } from './trace-filter.ts';

const span = (overrides: Partial<Span> = {}): Span => ({
  traceId: parseTraceId('1')!,
  spanId: parseSpanId('2')!,
  operationName: 'op',
  references: [],
  flags: 1,
  startTime: micros(1_000_000),
  duration: micros(500),
  tags: [stringTag('http.method', 'GET'), int64Tag('big', 9_007_199_254_740_993n)],
  logs: [{ timestamp: micros(1_000_100), fields: [stringTag('event', 'retry')] }],
  process: { serviceName: 'svc', tags: [stringTag('hostname', 'host-1')] },
  warnings: [],
  ...overrides,
});

const query = {
  serviceName: 'svc',
  tags: {},
  startTimeMin: micros(0),
  startTimeMax: micros(2_000_000),
  numTraces: 20,
};

describe('tagValuePattern', () => {
  it('treats escaped operators as literals and regex syntax as an anchored regex', () => {
    expect(tagValuePattern('same\\*')).toEqual({ literal: 'same*' });
    const regex = tagValuePattern('same.*');
    expect(matchesPattern(regex, 'sameplacevalue')).toBe(true);
    expect(matchesPattern(regex, 'notsame')).toBe(false);
    expect(tagValuePattern('plain')).toEqual({ literal: 'plain' });
  });

  it('falls back to a literal match for an invalid regex', () => {
    expect(matchesPattern(tagValuePattern('a(b'), 'a(b')).toBe(true);
  });
});

describe('compileTraceQuery', () => {
  it('matches tags in span tags, process tags and log fields, int64 beyond 2^53 exactly', () => {
    const tags = { 'http.method': 'GET', hostname: 'host-1', event: 'retry', big: '9007199254740993' };
    expect(compileTraceQuery({ ...query, tags }).matchesSpan(span())).toBe(true);
    expect(compileTraceQuery({ ...query, tags: { big: '9007199254740992' } }).matchesSpan(span())).toBe(
      false,
    );
  });

  it('applies service, operation, duration and time bounds', () => {
    expect(compileTraceQuery({ ...query, serviceName: 'other' }).matchesSpan(span())).toBe(false);
    expect(compileTraceQuery({ ...query, operationName: 'op2' }).matchesSpan(span())).toBe(false);
    expect(compileTraceQuery({ ...query, durationMin: micros(501) }).matchesSpan(span())).toBe(false);
    expect(compileTraceQuery({ ...query, durationMax: micros(499) }).matchesSpan(span())).toBe(false);
    expect(compileTraceQuery({ ...query, startTimeMin: micros(1_000_001) }).matchesSpan(span())).toBe(false);
    expect(
      compileTraceQuery({ ...query, durationMin: micros(500), durationMax: micros(500) }).matchesSpan(span()),
    ).toBe(true);
  });

  it('requires all criteria to hold within one span of the trace', () => {
    const a = span({ tags: [stringTag('k1', 'v1')] });
    const b = span({ spanId: parseSpanId('3')!, tags: [stringTag('k2', 'v2')] });
    const compiled = compileTraceQuery({ ...query, tags: { k1: 'v1', k2: 'v2' } });
    expect(compiled.matchesTrace({ spans: [a, b], warnings: [] })).toBe(false);
    expect(
      compileTraceQuery({ ...query, tags: { k2: 'v2' } }).matchesTrace({ spans: [a, b], warnings: [] }),
    ).toBe(true);
  });
});
