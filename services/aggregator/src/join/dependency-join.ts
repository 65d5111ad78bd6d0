import { OrderedEntries } from './ordered-entries.ts';

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
  private readonly known = new OrderedEntries<Known>();
  private readonly waiting = new OrderedEntries<Waiting>();
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
      if (entry === undefined) this.waiting.add(parentKey, (entry = { children: [], offset, timeMs }));
      entry.children.push({ service: span.service, offset });
      this.waitingChildren++;
    }
    // A span ID seen twice (Zipkin's shared client/server span) keeps its first service.
    if (!this.known.has(key)) this.known.add(key, { service: span.service, offset, timeMs });
    if (this.size() > this.options.maxEntries) this.expire();
  }

  /** Entries held: spans remembered plus children waiting. */
  size(): number {
    return this.known.size + this.waitingChildren;
  }

  /** Offset of the oldest record still needed (undefined when empty): a restart must replay from there. */
  oldestOffset(): number | undefined {
    const known = this.known.oldest()?.value.offset;
    const waiting = this.waiting.oldest()?.value.offset;
    if (known === undefined) return waiting;
    return waiting === undefined ? known : Math.min(known, waiting);
  }

  private expire(): void {
    const horizon = this.watermarkMs - this.options.joinWaitMs;
    for (
      let oldest = this.known.oldest();
      oldest && oldest.value.timeMs < horizon;
      oldest = this.known.oldest()
    )
      this.known.deleteOldest();
    for (
      let oldest = this.waiting.oldest();
      oldest && oldest.value.timeMs < horizon;
      oldest = this.waiting.oldest()
    )
      this.dropWaiting(oldest.value, 'expired');
    // Over the bound: drop the oldest entry, remembered span or waiting children.
    while (this.size() > this.options.maxEntries) {
      const known = this.known.oldest();
      const waiting = this.waiting.oldest();
      if (waiting === undefined || (known !== undefined && known.value.offset <= waiting.value.offset)) {
        this.known.deleteOldest();
      } else {
        this.dropWaiting(waiting.value, 'overflow');
      }
    }
  }

  /** Drops the oldest waiting entry (`entry`) and counts its children as unmatched. */
  private dropWaiting(entry: Waiting, reason: keyof EvictionCounts): void {
    this.waiting.deleteOldest();
    this.waitingChildren -= entry.children.length;
    this.evicted[reason] += entry.children.length;
  }
}

/** Calls within one service are left out. */
function emitEdge(parent: string, child: string, emit: EdgeSink): void {
  if (parent !== child) emit(parent, child);
}
