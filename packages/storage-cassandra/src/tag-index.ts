import { tagValueAsString, type KeyValue, type Span } from '@spanstream/model';
import type { CassandraOptions } from './options.ts';

export interface IndexedTag {
  readonly key: string;
  readonly value: string;
}

const MAX_INDEXED_LENGTH = 256;

/**
 * The (key, value) pairs of a span written to `tag_index`, as Jaeger does: process tags, span tags and
 * log fields (each switchable), binary values left out, de-duplicated, and values that would make
 * poor index keys (256+ bytes, or JSON objects) skipped.
 */
export function indexedTags(
  span: Span,
  options: Pick<
    CassandraOptions,
    'indexTags' | 'indexLogs' | 'indexProcessTags' | 'tagAllowList' | 'tagDenyList'
  >,
): IndexedTag[] {
  const allow = options.tagAllowList.length > 0 ? new Set(options.tagAllowList) : undefined;
  const deny = new Set(options.tagDenyList);
  const seen = new Set<string>();
  const out: IndexedTag[] = [];
  const consider = (tags: readonly KeyValue[]): void => {
    for (const tag of tags) {
      if (tag.type === 'binary') continue;
      if (allow !== undefined ? !allow.has(tag.key) : deny.has(tag.key)) continue;
      const value = tagValueAsString(tag);
      if (Buffer.byteLength(tag.key) >= MAX_INDEXED_LENGTH || Buffer.byteLength(value) >= MAX_INDEXED_LENGTH)
        continue;
      if (value.startsWith('{') && value.endsWith('}')) continue;
      const id = `${tag.key}\u0000${value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ key: tag.key, value });
    }
  };
  if (options.indexProcessTags) consider(span.process.tags);
  if (options.indexTags) {
    consider(span.tags);
    for (const ref of span.references) if (ref.tags !== undefined) consider(ref.tags);
  }
  if (options.indexLogs) for (const log of span.logs) consider(log.fields);
  return out;
}
