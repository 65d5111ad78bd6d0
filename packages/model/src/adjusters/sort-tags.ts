import type { KeyValue } from '../key-value.ts';
import type { Log, Process, Trace } from '../span.ts';
import { mapSpans } from './adjuster.ts';

/**
 * Jaeger's SortTagsAndLogFields: span and process tags by key; in each log the
 * string `event` field first, the other fields by key. Sorting is stable, so
 * repeated keys keep their relative order.
 */
export function sortTagsAndLogFields(trace: Trace): Trace {
  // Spans of one process usually share its object: sort each process once, and keep
  // every already-sorted span (and the trace) as it is.
  const processes = new Map<Process, Process>();
  const sortProcess = (process: Process): Process => {
    let sorted = processes.get(process);
    if (sorted === undefined) {
      sorted = isSortedByKey(process.tags) ? process : { ...process, tags: sortByKey(process.tags) };
      processes.set(process, sorted);
    }
    return sorted;
  };
  return mapSpans(trace, (span) => {
    const process = sortProcess(span.process);
    const tagsSorted = isSortedByKey(span.tags);
    const logsSorted = span.logs.every(isLogSorted);
    if (tagsSorted && logsSorted && process === span.process) return span;
    return {
      ...span,
      tags: tagsSorted ? span.tags : sortByKey(span.tags),
      process,
      logs: logsSorted ? span.logs : span.logs.map(sortLogFields),
    };
  });
}

function isSortedByKey(tags: readonly KeyValue[]): boolean {
  for (let i = 1; i < tags.length; i++) if (compareKeys(tags[i - 1]!, tags[i]!) > 0) return false;
  return true;
}

function isLogSorted(log: Log): boolean {
  const eventIndex = log.fields.findIndex((field) => field.key === 'event' && field.type === 'string');
  if (eventIndex > 0) return false;
  return isSortedByKey(eventIndex === 0 ? log.fields.slice(1) : log.fields);
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
