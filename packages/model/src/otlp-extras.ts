import type { KeyValue } from './key-value.ts';

/**
 * Tag keys of `packages/codec/src/otlp/keys.ts` that Jaeger v2's OTLP translator does not write (it
 * drops these OTLP fields). Storages keep them where Jaeger's reader does not look.
 */
const OTLP_EXTRA_KEYS: ReadonlySet<string> = new Set([
  'otlp.scope.attribute_keys',
  'otlp.scope.dropped_attributes_count',
  'otlp.scope.schema_url',
  'otlp.resource.schema_url',
  'otlp.span.flags',
  'otel.dropped_attributes_count',
  'otel.dropped_events_count',
  'otel.dropped_links_count',
]);
const SCOPE_ATTRIBUTE_KEYS = 'otlp.scope.attribute_keys';

/**
 * Positions of the tags Jaeger v2 does not store: the OTLP extras above and the scope attributes (the
 * first tag of each key `otlp.scope.attribute_keys` lists; the OTLP translator puts them first).
 */
export function otlpExtraPositions(tags: readonly KeyValue[]): Set<number> {
  const positions = new Set<number>();
  const scopeKeys = new Set(scopeAttributeKeys(tags));
  tags.forEach((tag, at) => {
    if (OTLP_EXTRA_KEYS.has(tag.key) || scopeKeys.delete(tag.key)) positions.add(at);
  });
  return positions;
}

/** The tags Jaeger v2 stores and the others (`otlpExtraPositions`), each in its original order. */
export function splitOtlpExtras(tags: readonly KeyValue[]): { jaeger: KeyValue[]; extras: KeyValue[] } {
  const positions = otlpExtraPositions(tags);
  const jaeger: KeyValue[] = [];
  const extras: KeyValue[] = [];
  tags.forEach((tag, at) => (positions.has(at) ? extras : jaeger).push(tag));
  return { jaeger, extras };
}

function scopeAttributeKeys(tags: readonly KeyValue[]): string[] {
  const list = tags.find((tag) => tag.key === SCOPE_ATTRIBUTE_KEYS && tag.type === 'string');
  if (list === undefined) return [];
  try {
    const keys: unknown = JSON.parse(list.value as string);
    return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}
