import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  isGoDuration,
  lookbackMicros,
  queryFromUrl,
  queryToUrl,
  toApiParams,
} from './search-query.ts';

const NOW = 1_700_000_000_000_000;

describe('search query', () => {
  it('round-trips through the URL (deep links)', () => {
    const q = {
      ...EMPTY_QUERY,
      service: 'svc',
      operation: 'GET /',
      tags: 'error=true',
      lookback: '2d',
      minDuration: '10ms',
      limit: 50,
    };
    expect(queryFromUrl(queryToUrl(q))).toEqual(q);
    const custom = { ...EMPTY_QUERY, service: 's', lookback: 'custom', start: 1, end: 2 };
    expect(queryFromUrl(queryToUrl(custom))).toEqual(custom);
  });

  it("reads Jaeger UI's JSON tags from its deep links as logfmt", () => {
    const q = queryFromUrl(new URLSearchParams({ service: 's', tags: '{"error":"true","http.url":"/a b"}' }));
    expect(q.tags).toBe('error=true http.url="/a b"');
    expect(queryFromUrl(new URLSearchParams({ tags: '{oops' })).tags).toBe('{oops');
  });

  it('reads repeated traceID params and ignores a bad limit', () => {
    const q = queryFromUrl(new URLSearchParams('traceID=a&traceID=b&limit=x'));
    expect(q.traceIDs).toEqual(['a', 'b']);
    expect(q.limit).toBe(20);
  });

  it('builds Jaeger /api/traces params: µs start/end from lookback, tags as JSON', () => {
    const r = toApiParams(
      {
        ...EMPTY_QUERY,
        service: 'svc',
        tags: 'http.status_code=200 error',
        lookback: '1h',
        maxDuration: '1.5s',
      },
      NOW,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.params.get('service')).toBe('svc');
    expect(r.params.get('start')).toBe(String(NOW - 3600e6));
    expect(r.params.get('end')).toBe(String(NOW));
    expect(JSON.parse(r.params.get('tags')!)).toEqual({ 'http.status_code': '200', error: 'true' });
    expect(r.params.get('maxDuration')).toBe('1.5s');
    expect(r.params.get('limit')).toBe('20');
    expect(r.params.has('operation')).toBe(false);
  });

  it('sends only trace IDs when looking traces up by ID', () => {
    const r = toApiParams({ ...EMPTY_QUERY, traceIDs: ['a', 'b'] }, NOW);
    expect(r.ok && r.params.toString()).toBe('traceID=a&traceID=b');
  });

  it('rejects bad input with a message instead of sending it', () => {
    expect(toApiParams({ ...EMPTY_QUERY }, NOW)).toEqual({ ok: false, error: 'Choose a service' });
    expect(toApiParams({ ...EMPTY_QUERY, service: 's', minDuration: '10 parsecs' }, NOW)).toMatchObject({
      ok: false,
    });
    expect(toApiParams({ ...EMPTY_QUERY, service: 's', tags: 'a="x' }, NOW)).toMatchObject({ ok: false });
    expect(
      toApiParams({ ...EMPTY_QUERY, service: 's', lookback: 'custom', start: 5, end: 1 }, NOW),
    ).toMatchObject({ ok: false });
  });

  it('knows Go durations and lookbacks', () => {
    expect(['1.2s', '100ms', '500us', '500µs', '1h30m', '3ns'].every(isGoDuration)).toBe(true);
    expect(['', '1', 'ms', '1d'].some(isGoDuration)).toBe(false);
    expect(lookbackMicros('2w')).toBe(14 * 86400e6);
    expect(lookbackMicros('custom')).toBeUndefined();
  });
});
