import { micros, parseTraceId } from '@spanstream/model';
import { describe, expect, it } from 'vitest';
import { toStorageError } from './client.ts';
import { buildFindTraceIdsBody, buildTraceByIdBody, tagCondition } from './query-builder.ts';

describe('Elasticsearch queries', () => {
  it('searches all conditions in one bool.must and aggregates trace IDs newest first', () => {
    const body = buildFindTraceIdsBody(
      {
        serviceName: 'svc',
        operationName: 'op',
        tags: { 'http.method': 'GET' },
        startTimeMin: micros(1_000_000_000),
        startTimeMax: micros(2_000_000_000),
        durationMin: micros(5),
        numTraces: 7,
      },
      '@',
    );
    expect(body).toMatchObject({
      size: 0,
      query: {
        bool: {
          must: [
            { range: { startTimeMillis: { gte: 1_000_000, lte: 2_000_000 } } },
            { range: { startTime: { gte: 1_000_000_000, lte: 2_000_000_000 } } },
            { range: { duration: { gte: 5 } } },
            { term: { 'process.serviceName': 'svc' } },
            { term: { operationName: 'op' } },
            { bool: { minimum_should_match: 1 } },
          ],
        },
      },
      aggs: { traceIDs: { terms: { field: 'traceID', size: 7, order: { startTime: 'desc' } } } },
    });
  });

  it('matches a tag value literally, and as an anchored regexp only when it is one', () => {
    const literal = JSON.stringify(tagCondition('k.x', 'a(b', '@'));
    expect(literal).toContain('"tag.k@x":"a(b"');
    expect(literal).not.toContain('regexp');
    const regexp = JSON.stringify(tagCondition('k', 'same.*', '@'));
    expect(regexp).toContain('{"regexp":{"tags.value":{"value":"same.*"}}}');
    expect(regexp).toContain('"path":"references.tags"');
  });

  it('looks a trace up under every stored form of its ID', () => {
    const body = buildTraceByIdBody(parseTraceId('ab')!, 10, [1, 'x']);
    expect(JSON.stringify(body.query)).toContain('"00000000000000ab"');
    expect(body['search_after']).toEqual([1, 'x']);
  });

  it('maps client errors to StorageError codes', () => {
    const request = { method: 'POST' as const, path: '/_bulk' };
    expect(toStorageError({ name: 'ResponseError', statusCode: 429 }, request).code).toBe('overloaded');
    expect(toStorageError({ name: 'ResponseError', statusCode: 503 }, request)).toMatchObject({
      code: 'unavailable',
      retriable: true,
    });
    expect(toStorageError({ name: 'ResponseError', meta: { statusCode: 400 } }, request)).toMatchObject({
      code: 'invalid',
      retriable: false,
    });
    expect(toStorageError({ name: 'ConnectionError' }, request).code).toBe('unavailable');
    expect(toStorageError({ name: 'TimeoutError' }, request).code).toBe('timeout');
    expect(toStorageError(new Error('boom'), request).code).toBe('internal');
  });
});
