import { hash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { KeyValue, Span } from '@spanstream/model';
import { findTag, tagValueAsString } from '@spanstream/model';
import type { SpanKind } from '@spanstream/storage-api';

/** Longer tag values are not indexed (SQL statements, stack traces); a search still matches them. */
export const MAX_INDEXED_VALUE_LENGTH = 256;

const KNOWN_KINDS = new Set(['server', 'client', 'producer', 'consumer', 'internal']);

/**
 * The span as stored: v8's structured serialization keeps `bigint` int64 values, `Uint8Array`
 * binary values and OTLP structured values without a hand-written format, and is faster than JSON
 * with a replacer. Its digest (of the same bytes) identifies a span for idempotent writes.
 */
export function encodeSpan(span: Span): { body: Uint8Array; digest: Uint8Array } {
  const body = serialize(span);
  return { body, digest: hash('sha1', body, 'buffer') };
}

export function decodeSpan(body: Uint8Array): Span {
  return deserialize(body) as Span;
}

/** The span's `span.kind` tag as Jaeger's GetOperations reports it ('' when absent or unknown). */
export function spanKindOf(span: Span): Exclude<SpanKind, 'unspecified'> {
  const tag = findTag(span.tags, 'span.kind');
  const text = tag ? tagValueAsString(tag) : '';
  return KNOWN_KINDS.has(text) ? (text as Exclude<SpanKind, 'unspecified'>) : '';
}

/**
 * Every key=value a tag search may match on this span (span tags, process tags, log fields,
 * reference tags), each once, values rendered as Jaeger renders them in a search.
 */
export function indexedTags(span: Span): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const each = (kvs: readonly KeyValue[] | undefined): void => {
    if (!kvs) return;
    for (const kv of kvs) {
      const value = tagValueAsString(kv);
      if (value.length > MAX_INDEXED_VALUE_LENGTH) continue;
      let values = out.get(kv.key);
      if (!values) {
        values = new Set();
        out.set(kv.key, values);
      }
      values.add(value);
    }
  };
  each(span.tags);
  each(span.process.tags);
  for (const log of span.logs) each(log.fields);
  for (const ref of span.references) each(ref.tags);
  return out;
}
