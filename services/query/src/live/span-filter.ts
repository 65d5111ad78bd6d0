import type { KeyValue, Span } from '@spanstream/model';
import { tagValueAsString } from '@spanstream/model';
import type { ValueMatcher } from '@spanstream/storage-api';
import { compileValueMatcher } from '@spanstream/storage-api';
import type { GoParsed } from '../http/go-parse.ts';
import { parseGoDuration } from '../http/go-parse.ts';
import type { QueryValues } from '../http/query-params.ts';
import { all, first } from '../http/query-params.ts';
import { parseTags } from '../http/trace-search-params.ts';

/** What one live tail client asked for; every part is optional. Durations in µs. */
export interface LiveFilter {
  readonly service: string | undefined;
  readonly operation: string | undefined;
  readonly tags: readonly (readonly [string, ValueMatcher])[];
  readonly minDuration: number | undefined;
  readonly maxDuration: number | undefined;
}

/**
 * `service`, `operation`, `tag=k:v` / `tags={"k":"v"}` (Jaeger's search syntax and value matching,
 * as `/api/traces`), `minDuration` / `maxDuration` (Go durations). Errors worded as `/api/traces`'s.
 */
export function parseLiveFilter(query: QueryValues): GoParsed<LiveFilter> {
  const tags = parseTags(all(query, 'tag'), all(query, 'tags'));
  if (!tags.ok) return tags;
  const min = durationParam(query, 'minDuration');
  if (!min.ok) return min;
  const max = durationParam(query, 'maxDuration');
  if (!max.ok) return max;
  if (min.value !== undefined && max.value !== undefined && max.value < min.value) {
    return { ok: false, error: "'maxDuration' should be greater than 'minDuration'" };
  }
  return {
    ok: true,
    value: {
      service: first(query, 'service') || undefined,
      operation: first(query, 'operation') || undefined,
      tags: Object.entries(tags.value).map(([key, value]) => [key, compileValueMatcher(value)] as const),
      minDuration: min.value,
      maxDuration: max.value,
    },
  };
}

function durationParam(query: QueryValues, name: string): GoParsed<number | undefined> {
  const text = first(query, name);
  if (text === '') return { ok: true, value: undefined };
  const parsed = parseGoDuration(text);
  if (!parsed.ok) return { ok: false, error: `unable to parse param '${name}': ${parsed.error}` };
  return { ok: true, value: Number(parsed.value) / 1000 };
}

/** Whether `span` passes `filter`; a tag matches in the span's tags, its process's, its logs' or its links'. */
export function matchesLiveFilter(filter: LiveFilter, span: Span): boolean {
  if (filter.service !== undefined && span.process.serviceName !== filter.service) return false;
  if (filter.operation !== undefined && span.operationName !== filter.operation) return false;
  if (filter.minDuration !== undefined && span.duration < filter.minDuration) return false;
  if (filter.maxDuration !== undefined && span.duration > filter.maxDuration) return false;
  return filter.tags.every(([key, matches]) => hasTag(span, key, matches));
}

function hasTag(span: Span, key: string, matches: ValueMatcher): boolean {
  const inList = (kvs: readonly KeyValue[] | undefined): boolean =>
    kvs !== undefined && kvs.some((kv) => kv.key === key && matches(tagValueAsString(kv)));
  return (
    inList(span.tags) ||
    inList(span.process.tags) ||
    span.logs.some((log) => inList(log.fields)) ||
    span.references.some((ref) => inList(ref.tags))
  );
}
