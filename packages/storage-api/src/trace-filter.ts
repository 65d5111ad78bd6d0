import { tagValueAsString, type KeyValue, type Span, type Trace } from '@spanstream/model';
import type { TraceQuery } from './query.ts';

/** Characters that make a tag value a regular expression (Lucene's regexp syntax, as Elasticsearch reads it). */
const REGEX_SYNTAX = /[.?+*|{}[\]()"#@&<>~]/;

/**
 * How a query's tag value matches. Jaeger's Elasticsearch reader sends tag values as `regexp`
 * queries, so `same.*` matches any value starting with `same` and `same\*` only the literal
 * `same*`. Spanstream gives every backend those semantics: a value without regex syntax (after
 * removing backslash escapes) is an exact match, usable with exact-match indexes.
 */
export type TagValuePattern = { readonly literal: string } | { readonly regex: RegExp };

export function tagValuePattern(value: string): TagValuePattern {
  let unescaped = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      unescaped += value[++i]!;
      continue;
    }
    if (REGEX_SYNTAX.test(char)) return { regex: toRegExp(value) };
    unescaped += char;
  }
  return { literal: unescaped };
}

function toRegExp(value: string): RegExp {
  try {
    return new RegExp(`^(?:${value})$`, 'su');
  } catch {
    // Not valid as a JavaScript regex: match it literally rather than fail the search.
    return new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'su');
  }
}

export function matchesPattern(pattern: TagValuePattern, value: string): boolean {
  return 'literal' in pattern ? pattern.literal === value : pattern.regex.test(value);
}

export interface CompiledTraceQuery {
  /** Jaeger's rule: a trace matches when one of its spans matches every criterion. */
  matchesTrace(trace: Trace): boolean;
  matchesSpan(span: Span): boolean;
}

/**
 * A searched tag matches a span tag, a process tag, a log field, or an OTLP link attribute kept on a
 * reference (as Jaeger v2 searches them).
 *
 * The exact search predicate Jaeger's memory store applies, shared by backends that narrow
 * candidates with indexes and then check them (Cassandra) and by the memory store.
 */
export function compileTraceQuery(query: TraceQuery): CompiledTraceQuery {
  const tags = Object.entries(query.tags).map(([key, value]) => ({ key, pattern: tagValuePattern(value) }));
  const hasTag = (kvs: readonly KeyValue[], key: string, pattern: TagValuePattern): boolean =>
    kvs.some((kv) => kv.key === key && matchesPattern(pattern, tagValueAsString(kv)));
  const spanHasTag = (span: Span, key: string, pattern: TagValuePattern): boolean =>
    hasTag(span.tags, key, pattern) ||
    hasTag(span.process.tags, key, pattern) ||
    span.logs.some((log) => hasTag(log.fields, key, pattern)) ||
    span.references.some((ref) => ref.tags !== undefined && hasTag(ref.tags, key, pattern));
  const matchesSpan = (span: Span): boolean => {
    if (query.serviceName !== '' && span.process.serviceName !== query.serviceName) return false;
    if (
      query.operationName !== undefined &&
      query.operationName !== '' &&
      span.operationName !== query.operationName
    )
      return false;
    if (query.durationMin !== undefined && query.durationMin > 0 && span.duration < query.durationMin)
      return false;
    if (query.durationMax !== undefined && query.durationMax > 0 && span.duration > query.durationMax)
      return false;
    if (query.startTimeMin > 0 && span.startTime < query.startTimeMin) return false;
    if (query.startTimeMax > 0 && span.startTime > query.startTimeMax) return false;
    return tags.every(({ key, pattern }) => spanHasTag(span, key, pattern));
  };
  return { matchesSpan, matchesTrace: (trace) => trace.spans.some(matchesSpan) };
}
