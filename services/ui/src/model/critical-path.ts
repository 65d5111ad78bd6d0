import type { Span, Trace } from './trace.ts';

export interface Segment {
  start: number;
  end: number;
}

interface Window {
  start: number;
  end: number;
  /** CHILD_OF children by clipped end, latest first. */
  children: Span[];
  next: number;
}

function childOf(span: Span): boolean {
  const ref = span.references.find((r) => r.spanID === span.parentID);
  return ref === undefined || ref.refType === 'CHILD_OF';
}

/** Each span's window clipped to its parent's; children outside the parent are dropped (Jaeger's sanitizing). */
function clipWindows(trace: Trace): Map<string, Window> {
  const windows = new Map<string, Window>();
  for (const span of trace.ordered) {
    const parent = span.parentID === null ? undefined : windows.get(span.parentID);
    let start = span.startTime;
    let end = span.startTime + span.duration;
    if (parent) {
      start = Math.max(start, parent.start);
      end = Math.min(end, parent.end);
    }
    windows.set(span.spanID, { start, end, children: [], next: 0 });
    if (parent && start <= end && childOf(span)) parent.children.push(span);
  }
  for (const w of windows.values())
    w.children.sort((a, b) => windows.get(b.spanID)!.end - windows.get(a.spanID)!.end);
  return windows;
}

/** The child that finished last before `barrier` and has not been walked yet; advances monotonically. */
function lastFinishingChild(w: Window, windows: Map<string, Window>, barrier: number): Span | undefined {
  while (w.next < w.children.length) {
    const child = w.children[w.next]!;
    if (windows.get(child.spanID)!.end <= barrier) {
      w.next++;
      return child;
    }
    w.next++;
  }
  return undefined;
}

function addSegment(path: Map<string, Segment[]>, id: string, start: number, end: number): void {
  if (end <= start) return;
  const list = path.get(id);
  if (list) list.push({ start, end });
  else path.set(id, [{ start, end }]);
}

/**
 * Critical path (Jaeger UI's algorithm): walking back from the end of the root, the path is on the
 * child that finished last; between children it is the parent's own work. Iterative, so deep traces
 * do not overflow the stack, and linear apart from sorting children.
 * Returns absolute µs segments per span ID.
 */
export function computeCriticalPath(trace: Trace): Map<string, Segment[]> {
  const path = new Map<string, Segment[]>();
  const rootID = trace.rootIDs[0];
  if (rootID === undefined) return path;
  const windows = clipWindows(trace);
  let current: Span | undefined = trace.byID.get(rootID);
  let barrier = windows.get(rootID)!.end;
  while (current) {
    const w = windows.get(current.spanID)!;
    const child = lastFinishingChild(w, windows, barrier);
    if (child) {
      const cw = windows.get(child.spanID)!;
      addSegment(path, current.spanID, cw.end, barrier);
      current = child;
      barrier = cw.end;
      continue;
    }
    addSegment(path, current.spanID, w.start, barrier);
    if (current.parentID === null || current.spanID === rootID) break;
    barrier = w.start;
    current = trace.byID.get(current.parentID);
  }
  return path;
}
