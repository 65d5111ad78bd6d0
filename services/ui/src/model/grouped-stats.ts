import { selfTime } from './self-time.ts';
import type { Span, Trace } from './trace.ts';

/**
 * What spans are grouped by in Trace Statistics: service, service + operation, or the value of a tag
 * key (`tag:http.status_code`), as Jaeger UI's "Group By" and "Sub-group" menus.
 */
export type StatsDimension = 'service' | 'operation' | `tag:${string}`;

export interface Aggregate {
  count: number;
  total: number;
  avg: number;
  min: number;
  max: number;
  selfTotal: number;
  selfAvg: number;
  selfMin: number;
  selfMax: number;
  /** Self time as a share of the trace duration, 0..100. */
  selfPercent: number;
}

export interface StatGroup extends Aggregate {
  /** Unique among its siblings. */
  key: string;
  /** `service: operation`, a service name, a tag value, or "Without <key>". */
  label: string;
  /** Sub-groups (second dimension); empty without one. */
  children: StatGroup[];
}

export function isStatsDimension(s: string): s is StatsDimension {
  return s === 'service' || s === 'operation' || (s.startsWith('tag:') && s.length > 4);
}

/** Every span tag key in the trace, sorted: the tag dimensions offered. */
export function tagKeys(trace: Trace): string[] {
  const keys = new Set<string>();
  for (const span of trace.spans) for (const tag of span.tags) keys.add(tag.key);
  return [...keys].sort();
}

function tagValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The group of a span along a dimension: [key, label]. */
function groupOf(span: Span, dimension: StatsDimension): [string, string] {
  if (dimension === 'service') return [span.serviceName, span.serviceName];
  if (dimension === 'operation')
    return [`${span.serviceName}\u0000${span.operationName}`, `${span.serviceName}: ${span.operationName}`];
  const key = dimension.slice(4);
  const tag = span.tags.find((t) => t.key === key);
  // Spans without the tag stay visible in a group of their own, as in Jaeger UI.
  if (!tag) return ['\u0000none', `Without ${key}`];
  const value = tagValue(tag.value);
  return [`=${value}`, value];
}

interface Acc {
  key: string;
  label: string;
  spans: { duration: number; self: number }[];
  children: Map<string, Acc>;
}

function aggregate(spans: readonly { duration: number; self: number }[], traceDuration: number): Aggregate {
  let total = 0;
  let selfTotal = 0;
  let min = Infinity;
  let max = -Infinity;
  let selfMin = Infinity;
  let selfMax = -Infinity;
  for (const s of spans) {
    total += s.duration;
    selfTotal += s.self;
    min = Math.min(min, s.duration);
    max = Math.max(max, s.duration);
    selfMin = Math.min(selfMin, s.self);
    selfMax = Math.max(selfMax, s.self);
  }
  const count = spans.length;
  return {
    count,
    total,
    avg: total / count,
    min,
    max,
    selfTotal,
    selfAvg: selfTotal / count,
    selfMin,
    selfMax,
    selfPercent: traceDuration > 0 ? (selfTotal / traceDuration) * 100 : 0,
  };
}

function finish(acc: Acc, traceDuration: number): StatGroup {
  return {
    key: acc.key,
    label: acc.label,
    ...aggregate(acc.spans, traceDuration),
    children: [...acc.children.values()].map((c) => finish(c, traceDuration)),
  };
}

function accOf(groups: Map<string, Acc>, [key, label]: [string, string]): Acc {
  let acc = groups.get(key);
  if (!acc) {
    acc = { key, label, spans: [], children: new Map() };
    groups.set(key, acc);
  }
  return acc;
}

/**
 * Jaeger UI's Trace Statistics: spans grouped by `primary`, each group optionally split by `secondary`,
 * with count, total/avg/min/max duration and self time. Groups come in first-seen order; the table sorts.
 */
export function groupStats(
  trace: Trace,
  primary: StatsDimension,
  secondary: StatsDimension | null = null,
): StatGroup[] {
  const groups = new Map<string, Acc>();
  for (const span of trace.ordered) {
    const entry = { duration: span.duration, self: selfTime(span, trace) };
    const acc = accOf(groups, groupOf(span, primary));
    acc.spans.push(entry);
    if (secondary !== null) accOf(acc.children, groupOf(span, secondary)).spans.push(entry);
  }
  return [...groups.values()].map((g) => finish(g, trace.duration));
}
