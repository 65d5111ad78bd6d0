import type { Micros } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEARCH_LIMIT,
  DEFAULT_SEARCH_LOOKBACK,
  parseTraceIdParam,
  parseTraceSearch,
} from './trace-search-params.ts';

const now = 1_700_000_000_000_000 as Micros;

describe('parseTraceSearch (GET /api/traces)', () => {
  it("applies Jaeger's defaults: 48 h window ending now, limit 100", () => {
    expect(parseTraceSearch({ service: 'svc' }, now)).toEqual({
      ok: true,
      value: {
        kind: 'query',
        query: {
          serviceName: 'svc',
          tags: {},
          startTimeMin: now - DEFAULT_SEARCH_LOOKBACK,
          startTimeMax: now,
          numTraces: DEFAULT_SEARCH_LIMIT,
        },
      },
    });
  });

  it('reads every parameter, merging logfmt-style tag= and JSON tags=', () => {
    const parsed = parseTraceSearch(
      {
        service: 'svc',
        operation: 'GET /x',
        tag: ['http.url:http://a:80/b', 'error:true'],
        tags: ['{"http.status_code":"200"}', '{"error":"false"}'],
        start: '1000',
        end: '2000',
        minDuration: '1.5ms',
        maxDuration: '2s',
        limit: '20',
        lookback: 'custom',
      },
      now,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'query',
        query: {
          serviceName: 'svc',
          operationName: 'GET /x',
          tags: { 'http.url': 'http://a:80/b', error: 'false', 'http.status_code': '200' },
          startTimeMin: 1000,
          startTimeMax: 2000,
          durationMin: 1500,
          durationMax: 2_000_000,
          numTraces: 20,
        },
      },
    });
  });

  it('uses lookback (UI units or a Go duration) for start when start is absent; custom changes nothing', () => {
    const startOf = (q: Record<string, string>) => {
      const parsed = parseTraceSearch({ service: 's', ...q }, now);
      return parsed.ok && parsed.value.kind === 'query' ? parsed.value.query.startTimeMin : undefined;
    };
    expect(startOf({ lookback: '2d' })).toBe(now - 2 * 86_400_000_000);
    expect(startOf({ lookback: '1h', end: '10000000000' })).toBe(10_000_000_000 - 3_600_000_000);
    expect(startOf({ lookback: '90m' })).toBe(now - 90 * 60_000_000);
    expect(startOf({ lookback: '1h30m' })).toBe(now - 90 * 60_000_000);
    expect(startOf({ lookback: 'custom' })).toBe(now - DEFAULT_SEARCH_LOOKBACK);
    expect(startOf({ lookback: '2d', start: '5' })).toBe(5);
    expect(parseTraceSearch({ service: 's', lookback: 'yesterday' }, now)).toEqual({
      ok: false,
      error: 'unable to parse param \'lookback\': time: invalid duration "yesterday"',
    });
  });

  it('with traceID params ignores the rest and passes only explicit time hints', () => {
    const parsed = parseTraceSearch({ traceID: ['abc', '00000000000000000000000000000def'], end: '99' }, now);
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'ids',
        traceIds: ['00000000000000000000000000000abc', '00000000000000000000000000000def'],
        hints: { endTime: 99 },
      },
    });
  });

  it.each([
    [{}, "parameter 'service' is required"],
    [
      { service: 's', minDuration: 'abc' },
      'unable to parse param \'minDuration\': time: invalid duration "abc"',
    ],
    [
      { service: 's', maxDuration: '10' },
      'unable to parse param \'maxDuration\': time: missing unit in duration "10"',
    ],
    [
      { service: 's', minDuration: '2s', maxDuration: '1s' },
      "'maxDuration' should be greater than 'minDuration'",
    ],
    [
      { service: 's', start: 'yesterday' },
      'unable to parse param \'start\': strconv.ParseInt: parsing "yesterday": invalid syntax',
    ],
    [
      { service: 's', end: '1.5' },
      'unable to parse param \'end\': strconv.ParseInt: parsing "1.5": invalid syntax',
    ],
    [
      { service: 's', limit: 'ten' },
      'unable to parse param \'limit\': strconv.ParseInt: parsing "ten": invalid syntax',
    ],
    [{ service: 's', limit: '-1' }, "unable to parse param 'limit': must not be negative, got -1"],
    [{ service: 's', start: '2000', end: '1000' }, "'start' should be before 'end'"],
    [{ service: 's', tag: 'novalue' }, "malformed 'tag' parameter, expecting key:value, received: novalue"],
    [
      { service: 's', tags: '{"a":1}' },
      'malformed \'tags\' parameter, cannot unmarshal JSON: json: cannot unmarshal number into Go value of type string (key "a")',
    ],
    [
      { service: 's', tags: '[]' },
      "malformed 'tags' parameter, cannot unmarshal JSON: json: cannot unmarshal array into Go value of type map[string]string",
    ],
    [{ traceID: 'xyz' }, 'cannot parse traceID param: strconv.ParseUint: parsing "xyz": invalid syntax'],
  ])('%j → 400 %s', (query, error) => {
    expect(parseTraceSearch(query, now)).toEqual({ ok: false, error });
  });

  it('rejects malformed JSON tags with the parser message', () => {
    const parsed = parseTraceSearch({ service: 's', tags: '{oops' }, now);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^malformed 'tags' parameter, cannot unmarshal JSON: /);
  });

  it('reads limit=0 as the default, as Jaeger backends do', () => {
    const parsed = parseTraceSearch({ service: 's', limit: '0' }, now);
    expect(parsed.ok && parsed.value.kind === 'query' && parsed.value.query.numTraces).toBe(
      DEFAULT_SEARCH_LIMIT,
    );
  });
});

describe('parseTraceIdParam', () => {
  it('accepts short and upper-case IDs and rejects long, non-hex and zero ones', () => {
    expect(parseTraceIdParam('ABC')).toEqual({ ok: true, value: '00000000000000000000000000000abc' });
    expect(parseTraceIdParam('a'.repeat(33))).toEqual({
      ok: false,
      error: `TraceID cannot be longer than 32 hex characters: ${'a'.repeat(33)}`,
    });
    expect(parseTraceIdParam('0')).toEqual({ ok: false, error: 'trace ID must not be zero' });
  });
});
