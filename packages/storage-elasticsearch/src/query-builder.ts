import type { TraceId } from '@spanstream/model';
import type { TraceQuery } from '@spanstream/storage-api';
import { isLiteralSearchValue, luceneRegexpToRegExp } from '@spanstream/storage-api';
import { traceIdForms } from './document.ts';

type Query = Record<string, unknown>;

/**
 * The `FindTraceIDs` search of Jaeger's ES reader (`spanstore/reader.go`): every condition in one
 * `bool.must` (nested tag conditions match inside one span document, i.e. one span), then a
 * `terms` aggregation on traceID ordered by the newest matching span.
 */
export function buildFindTraceIdsBody(query: TraceQuery, dotReplacement: string): Query {
  const must: Query[] = [
    {
      range: {
        startTimeMillis: {
          gte: Math.floor(query.startTimeMin / 1000),
          lte: Math.ceil(query.startTimeMax / 1000),
        },
      },
    },
    // µs bounds too: startTimeMillis alone would let spans a few µs outside the window in.
    { range: { startTime: { gte: query.startTimeMin, lte: query.startTimeMax } } },
  ];
  if (query.durationMin || query.durationMax) {
    // Whole µs as Jaeger's `DurationAsMicroseconds` (truncation): `minDuration=1500ns` is 1 µs.
    const min = Math.trunc(query.durationMin ?? 0);
    const max = Math.trunc(query.durationMax ?? 0);
    must.push({
      range: { duration: { ...(min ? { gte: min } : {}), ...(max ? { lte: max } : {}) } },
    });
  }
  must.push({ term: { 'process.serviceName': query.serviceName } });
  if (query.operationName) must.push({ term: { operationName: query.operationName } });
  for (const [key, value] of Object.entries(query.tags)) must.push(tagCondition(key, value, dotReplacement));
  return {
    size: 0,
    query: { bool: { must } },
    aggs: {
      traceIDs: {
        terms: {
          field: 'traceID',
          size: query.numTraces > 0 ? query.numTraces : 100,
          order: { startTime: 'desc' },
        },
        aggs: { startTime: { max: { field: 'startTime' } } },
      },
    },
  };
}

/**
 * A tag matches a span tag, a process tag, a log field or (Spanstream) a reference tag, in the
 * nested arrays or the tags-as-fields maps. The value matches when equal (`term`) or, when it is a
 * regexp the memory store can also evaluate, as an anchored `regexp`: so every backend agrees, and
 * a value ES would reject as a regexp (`a(b`) is still found literally instead of failing the search.
 */
export function tagCondition(key: string, value: string, dotReplacement: string): Query {
  // A literal needs no regexp clause (`term` is cheaper and equivalent).
  const isRegexp = !isLiteralSearchValue(value) && luceneRegexpToRegExp(value) !== undefined;
  const valueMatch = (field: string): Query[] => [
    { term: { [field]: value } },
    ...(isRegexp ? [{ regexp: { [field]: { value } } }] : []),
  ];
  const nested = (path: string, ignoreUnmapped = false): Query => ({
    nested: {
      path,
      ...(ignoreUnmapped ? { ignore_unmapped: true } : {}),
      query: {
        bool: {
          must: [{ term: { [`${path}.key`]: key } }],
          should: valueMatch(`${path}.value`),
          minimum_should_match: 1,
        },
      },
    },
  });
  const field = key.replaceAll('.', dotReplacement);
  return {
    bool: {
      should: [
        ...valueMatch(`tag.${field}`),
        ...valueMatch(`process.tag.${field}`),
        nested('tags'),
        nested('process.tags'),
        // Spanstream's extension fields (scope and link attributes): unmapped in indices Jaeger created.
        nested('otlpTags', true),
        nested('process.otlpTags', true),
        { nested: { path: 'logs', query: nested('logs.fields') } },
        { nested: { path: 'references', query: nested('references.tags', true) } },
      ],
      minimum_should_match: 1,
    },
  };
}

/** Every span of one trace, in start order; `searchAfter` pages past `size` (traces > max-doc-count). */
export function buildTraceByIdBody(traceId: TraceId, size: number, searchAfter?: readonly unknown[]): Query {
  return {
    size,
    track_total_hits: true,
    query: {
      bool: {
        should: traceIdForms(traceId).map((form) => ({ term: { traceID: form } })),
        minimum_should_match: 1,
      },
    },
    // Enough keys that ties between pages (which would drop or repeat spans) need identical spans.
    sort: [
      { startTime: 'asc' },
      { spanID: 'asc' },
      { duration: 'asc' },
      { 'process.serviceName': 'asc' },
      { operationName: 'asc' },
    ],
    ...(searchAfter ? { search_after: searchAfter } : {}),
  };
}
