import type { KeyValue, Log, Process, RawSpan, RawTrace, SpanReference } from '../api/types.ts';

/** A span with its resolved process, tree position and trace-relative start. */
export interface Span {
  spanID: string;
  traceID: string;
  operationName: string;
  serviceName: string;
  process: Process;
  startTime: number;
  /** µs since the trace start. */
  relativeStart: number;
  duration: number;
  tags: KeyValue[];
  logs: Log[];
  references: SpanReference[];
  warnings: string[];
  parentID: string | null;
  childIDs: string[];
  depth: number;
  hasError: boolean;
}

export interface Trace {
  traceID: string;
  spans: Span[];
  /** Spans in depth-first order (children by start time): the timeline row order. */
  ordered: Span[];
  byID: Map<string, Span>;
  rootIDs: string[];
  startTime: number;
  endTime: number;
  duration: number;
  services: { name: string; count: number }[];
  maxDepth: number;
  errorCount: number;
  rootService: string;
  rootOperation: string;
  raw: RawTrace;
}

const UNKNOWN_PROCESS: Process = { serviceName: 'unknown-service', tags: [] };

function isErrorSpan(tags: readonly KeyValue[]): boolean {
  return tags.some((t) => t.key === 'error' && (t.value === true || t.value === 'true'));
}

function parentOf(span: RawSpan, ids: ReadonlySet<string>): string | null {
  const refs = span.references ?? [];
  // CHILD_OF wins over FOLLOWS_FROM, as in Jaeger UI; a parent outside the trace makes this a root.
  const childOf = refs.find(
    (r) => r.refType === 'CHILD_OF' && r.traceID === span.traceID && ids.has(r.spanID),
  );
  const any = childOf ?? refs.find((r) => r.traceID === span.traceID && ids.has(r.spanID));
  if (any) return any.spanID;
  if (span.parentSpanID && ids.has(span.parentSpanID)) return span.parentSpanID;
  return null;
}

function toSpan(raw: RawSpan, processes: Record<string, Process>, ids: ReadonlySet<string>): Span {
  const process = processes[raw.processID] ?? UNKNOWN_PROCESS;
  const tags = raw.tags ?? [];
  return {
    spanID: raw.spanID,
    traceID: raw.traceID,
    operationName: raw.operationName,
    serviceName: process.serviceName,
    process,
    startTime: raw.startTime,
    relativeStart: 0,
    duration: raw.duration,
    tags,
    logs: raw.logs ?? [],
    references: raw.references ?? [],
    warnings: raw.warnings ?? [],
    parentID: parentOf(raw, ids),
    childIDs: [],
    depth: 0,
    hasError: isErrorSpan(tags),
  };
}

/** Depth-first order without recursion: 10,000-span chains must not blow the stack. */
function orderDepthFirst(rootIDs: readonly string[], byID: ReadonlyMap<string, Span>): Span[] {
  const out: Span[] = [];
  const stack: { id: string; depth: number }[] = [...rootIDs].reverse().map((id) => ({ id, depth: 0 }));
  const seen = new Set<string>();
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const span = byID.get(id);
    if (!span || seen.has(id)) continue;
    seen.add(id);
    span.depth = depth;
    out.push(span);
    for (let i = span.childIDs.length - 1; i >= 0; i--)
      stack.push({ id: span.childIDs[i]!, depth: depth + 1 });
  }
  return out;
}

function byStart(byID: ReadonlyMap<string, Span>): (a: string, b: string) => number {
  return (a, b) => byID.get(a)!.startTime - byID.get(b)!.startTime;
}

/** Builds the span tree and trace summary from the API's JSON. Duplicate span IDs keep the first. */
export function buildTrace(raw: RawTrace): Trace {
  const ids = new Set(raw.spans.map((s) => s.spanID));
  const byID = new Map<string, Span>();
  for (const rawSpan of raw.spans) {
    if (!byID.has(rawSpan.spanID)) byID.set(rawSpan.spanID, toSpan(rawSpan, raw.processes, ids));
  }
  const spans = [...byID.values()];
  const startTime = spans.reduce((m, s) => Math.min(m, s.startTime), Number.POSITIVE_INFINITY);
  const endTime = spans.reduce((m, s) => Math.max(m, s.startTime + s.duration), Number.NEGATIVE_INFINITY);
  const rootIDs: string[] = [];
  for (const span of spans) {
    span.relativeStart = span.startTime - startTime;
    // A span whose parent chain loops back is treated as a root so it stays visible.
    if (span.parentID === null || span.parentID === span.spanID) rootIDs.push(span.spanID);
    else byID.get(span.parentID)!.childIDs.push(span.spanID);
  }
  const cmp = byStart(byID);
  rootIDs.sort(cmp);
  for (const span of spans) span.childIDs.sort(cmp);
  let ordered = orderDepthFirst(rootIDs, byID);
  if (ordered.length < spans.length) {
    // Spans caught in a reference cycle were never reached from a root: list them at top level.
    const reached = new Set(ordered.map((s) => s.spanID));
    const orphans = spans.filter((s) => !reached.has(s.spanID)).map((s) => s.spanID);
    for (const id of orphans) byID.get(id)!.parentID = null;
    rootIDs.push(...orphans);
    ordered = orderDepthFirst(rootIDs, byID);
  }
  return summarize(raw, spans, ordered, byID, rootIDs, startTime, endTime);
}

function summarize(
  raw: RawTrace,
  spans: Span[],
  ordered: Span[],
  byID: Map<string, Span>,
  rootIDs: string[],
  startTime: number,
  endTime: number,
): Trace {
  const serviceCounts = new Map<string, number>();
  let maxDepth = 0;
  let errorCount = 0;
  for (const span of spans) {
    serviceCounts.set(span.serviceName, (serviceCounts.get(span.serviceName) ?? 0) + 1);
    maxDepth = Math.max(maxDepth, span.depth);
    if (span.hasError) errorCount++;
  }
  const root = rootIDs.length > 0 ? byID.get(rootIDs[0]!) : undefined;
  const empty = spans.length === 0;
  return {
    traceID: raw.traceID || (spans[0]?.traceID ?? ''),
    spans,
    ordered,
    byID,
    rootIDs,
    startTime: empty ? 0 : startTime,
    endTime: empty ? 0 : endTime,
    duration: empty ? 0 : endTime - startTime,
    services: [...serviceCounts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    maxDepth: empty ? 0 : maxDepth + 1,
    errorCount,
    rootService: root?.serviceName ?? '',
    rootOperation: root?.operationName ?? '',
    raw,
  };
}
