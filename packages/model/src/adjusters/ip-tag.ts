import type { KeyValue } from '../key-value.ts';
import type { Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';
import { ipv4FromUint32 } from './clock-skew.ts';

const IP_TAG_KEYS = new Set(['ip', 'peer.ipv4']);

/**
 * Old Jaeger clients send IPv4 addresses packed into an int64 (`ip`, `peer.ipv4`);
 * Jaeger's IPTagAdjuster shows them dotted ("8.8.8.8"), in span and process tags.
 */
export function ipTagAdjuster(trace: Trace): Trace {
  return mapSpans(trace, (span) => {
    const tags = fixTags(span.tags);
    const processTags = fixTags(span.process.tags);
    if (tags === span.tags && processTags === span.process.tags) return span;
    return { ...span, tags, process: { ...span.process, tags: processTags } };
  });
}

function fixTags(tags: readonly KeyValue[]): readonly KeyValue[] {
  if (!tags.some(needsFix)) return tags;
  return tags.map((tag) =>
    needsFix(tag) && tag.type === 'int64'
      ? { key: tag.key, type: 'string', value: ipv4FromUint32(Number(BigInt.asUintN(32, tag.value))) }
      : tag,
  );
}

function needsFix(tag: KeyValue): boolean {
  return tag.type === 'int64' && IP_TAG_KEYS.has(tag.key);
}
