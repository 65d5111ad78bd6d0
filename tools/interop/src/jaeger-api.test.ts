import { micros } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './read-checks.ts';
import type { InteropQuery } from './fixtures.ts';
import { v1SearchParams, v1SpanIds, v1TraceIds, v3SpanIds } from './jaeger-api.ts';

describe('answer parsers', () => {
  it('reads span IDs of a v1 trace answer', () => {
    const text = JSON.stringify({ data: [{ traceID: '01', spans: [{ spanID: 'b' }, { spanID: 'a' }] }] });
    expect(v1SpanIds(text)).toEqual(['a', 'b']);
  });

  it('reads trace IDs of a v1 search, in the 32-digit form', () => {
    const text = JSON.stringify({ data: [{ traceID: '0000000000000002' }, { traceID: 'ab'.repeat(16) }] });
    expect(v1TraceIds(text)).toEqual(['00000000000000000000000000000002', 'ab'.repeat(16)]);
    expect(v1TraceIds('{"data":null}')).toEqual([]);
  });

  it('reads api_v3 span IDs given in hex or in proto3 base64', () => {
    const text = JSON.stringify({
      result: {
        resourceSpans: [
          { scopeSpans: [{ spans: [{ spanId: '00000000000000FF' }, { spanId: 'AAAAAAAAAAE=' }] }] },
        ],
      },
    });
    expect(v3SpanIds(text)).toEqual(['0000000000000001', '00000000000000ff']);
  });

  it('shows the message of a v1 error answer', () => {
    expect(errorMessage('{"data":null,"errors":[{"code":500,"msg":"no such index"}]}')).toBe('no such index');
    expect(errorMessage('{"error":{"httpCode":500,"message":"bad duration"}}')).toBe('bad duration');
    expect(errorMessage('Bad Gateway')).toBe('Bad Gateway');
  });
});

describe('v1SearchParams', () => {
  const query: InteropQuery = {
    file: 'queries.json',
    caption: 'Tags + Duration range',
    query: {
      serviceName: 'query15-service',
      tags: { sameplacetag1: 'sameplacevalue' },
      startTimeMin: micros(1_000),
      startTimeMax: micros(2_000),
      numTraces: 1000,
    },
    expectedFixtures: ['tags_dur_trace'],
    durationNanos: { min: 4500, max: 5500 },
  };

  it('sends times in µs, tags as JSON and the fixture durations in ns', () => {
    expect(Object.fromEntries(v1SearchParams(query))).toEqual({
      service: 'query15-service',
      start: '1000',
      end: '2000',
      limit: '1000',
      tags: '{"sameplacetag1":"sameplacevalue"}',
      minDuration: '4500ns',
      maxDuration: '5500ns',
    });
  });

  it('leaves out what the query does not set', () => {
    const bare: InteropQuery = {
      ...query,
      query: { ...query.query, tags: {}, operationName: 'op', numTraces: 0 },
      durationNanos: { min: 0, max: 0 },
    };
    expect([...v1SearchParams(bare).keys()].sort()).toEqual(['end', 'operation', 'service', 'start']);
  });
});
