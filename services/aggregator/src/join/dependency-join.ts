/**
 * The streaming half of spark-dependencies' derivation, for one partition: every reference of a span
 * to another span of its trace is a call from the referenced span's service to the span's own service.
 * Parent and child may arrive in either order, minutes apart: spans are remembered for `joinWaitMs` of
 * event time (Kafka record timestamps, so a replay evicts exactly as the first run did), children wait
 * that long for a missing parent, and the whole state is bounded by `maxEntries`.
 */
export interface JoinOptions {
  readonly joinWaitMs: number;
  /** Spans remembered plus children waiting, at most. */
  readonly maxEntries: number;
}

/** A call found: emitted when the second of the two spans arrives. */
export type EdgeSink = (parent: string, child: string) => void;

export interface JoinInput {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentIds: readonly string[];
  readonly service: string;
}

interface Known {
  service: string;
  readonly offset: number;
  readonly timeMs: number;
}

interface Waiting {
  readonly children: { readonly service: string; readonly offset: number }[];
  readonly offset: number;
  readonly timeMs: number;
}

export interface EvictionCounts {
  /** Children whose parent never arrived within the join wait. */
  expired: number;
  /** Children dropped because the state was full. */
  overflow: number;
}

export class DependencyJoin {
  // Maps keep insertion order = arrival order = offset order: the oldest entry is always first.
  private readonly known = new Map<string, Known>();
  private readonly waiting = new Map<string, Waiting>();
  private waitingChildren = 0;
  private watermarkMs = Number.NEGATIVE_INFINITY;
  readonly evicted: EvictionCounts = { expired: 0, overflow: 0 };

  private readonly options: JoinOptions;

  constructor(options: JoinOptions) {
    this.options = options;
  }

  /** Adds a span of the record at `offset` with Kafka timestamp `timeMs`; found calls go to `emit`. */
  add(span: JoinInput, offset: number, timeMs: number, emit: EdgeSink): void {
    if (timeMs > this.watermarkMs) {
      this.watermarkMs = timeMs;
      this.expire();
    }
    const prefix = `${span.traceId}/`;
    const key = prefix + span.spanId;
    const pending = this.waiting.get(key);
    if (pending !== undefined) {
      this.waiting.delete(key);
      this.waitingChildren -= pending.children.length;
      for (const child of pending.children) emitEdge(span.service, child.service, emit);
    }
    for (const parentId of span.parentIds) {
      const parentKey = prefix + parentId;
      const parent = this.known.get(parentKey);
      if (parent !== undefined) {
        emitEdge(parent.service, span.service, emit);
        continue;
      }
      let entry = this.waiting.get(parentKey);
      if (entry === undefined) this.waiting.set(parentKey, (entry = { children: [], offset, timeMs }));
      entry.children.push({ service: span.service, offset });
      this.waitingChildren++;
    }
    // A span ID seen twice (Zipkin's shared client/server span) keeps its first service.
    if (!this.known.has(key)) this.known.set(key, { service: span.service, offset, timeMs });
    if (this.size() > this.options.maxEntries) this.expire();
  }

  /** Entries held: spans remembered plus children waiting. */
  size(): number {
    return this.known.size + this.waitingChildren;
  }

  /** Offset of the oldest record still needed (undefined when empty): a restart must replay from there. */
  oldestOffset(): number | undefined {
    const known = first(this.known)?.offset;
    const waiting = first(this.waiting)?.offset;
    if (known === undefined) return waiting;
    return waiting === undefined ? known : Math.min(known, waiting);
  }

  private expire(): void {
    const horizon = this.watermarkMs - this.options.joinWaitMs;
    for (const [key, entry] of this.known) {
      if (entry.timeMs >= horizon) break;
      this.known.delete(key);
    }
    for (const [key, entry] of this.waiting) {
      if (entry.timeMs >= horizon) break;
      this.dropWaiting(key, entry, 'expired');
    }
    // Over the bound: drop the oldest entry, remembered span or waiting children.
    while (this.size() > this.options.maxEntries) {
      const known = firstEntry(this.known);
      const waiting = firstEntry(this.waiting);
      if (waiting === undefined || (known !== undefined && known[1].offset <= waiting[1].offset)) {
        this.known.delete(known![0]);
      } else {
        this.dropWaiting(waiting[0], waiting[1], 'overflow');
      }
    }
  }

  private dropWaiting(key: string, entry: Waiting, reason: keyof EvictionCounts): void {
    this.waiting.delete(key);
    this.waitingChildren -= entry.children.length;
    this.evicted[reason] += entry.children.length;
  }
}

/** Calls within one service are left out. */
function emitEdge(parent: string, child: string, emit: EdgeSink): void {
  if (parent !== child) emit(parent, child);
}

function first<V>(map: Map<string, V>): V | undefined {
  return firstEntry(map)?.[1];
}

function firstEntry<V>(map: Map<string, V>): [string, V] | undefined {
  for (const entry of map) return entry;
  return undefined;
}
