import type { KeyValue } from '../key-value.ts';
import type { Log, Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';

/**
 * Jaeger's SortTagsAndLogFields: span and process tags by key; in each log the
 * string `event` field first, the other fields by key. Sorting is stable, so
 * repeated keys keep their relative order.
 */
export function sortTagsAndLogFields(trace: Trace): Trace {
  return mapSpans(trace, (span) => ({
    ...span,
    tags: sortByKey(span.tags),
    process: { ...span.process, tags: sortByKey(span.process.tags) },
    logs: span.logs.map(sortLogFields),
  }));
}

export function sortByKey(tags: readonly KeyValue[]): KeyValue[] {
  return [...tags].sort(compareKeys);
}

function compareKeys(a: KeyValue, b: KeyValue): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function sortLogFields(log: Log): Log {
  const eventIndex = log.fields.findIndex((field) => field.key === 'event' && field.type === 'string');
  if (eventIndex < 0) return { ...log, fields: sortByKey(log.fields) };
  const rest = log.fields.filter((_, i) => i !== eventIndex);
  return { ...log, fields: [log.fields[eventIndex]!, ...sortByKey(rest)] };
}
