import type { SpanFacts } from '../span-facts.ts';
import { DependencyJoin, type JoinOptions } from '../join/dependency-join.ts';
import { Segment } from './segment.ts';

export interface WindowOptions {
  readonly windowMs: number;
  /** A window's segment of an idle partition is closed this long after the window ended (wall clock). */
  readonly graceMs: number;
  readonly join: JoinOptions;
}

/** Where a partition resumes: read from `offset`, count from `countFrom`, date after `lastWindow`. */
export interface ResumePoint {
  /** Records below it were counted before: they only rebuild the join state. -1 = count everything. */
  readonly countFrom: number;
  /** Window of the last segment written (-Infinity when none). */
  readonly lastWindow: number;
}

/** Idle this long (wall clock) before an open segment past its window is closed. */
const IDLE_MS = 1_000;

/**
 * The windowing of one partition. Records arrive in offset order; each record's Kafka timestamp puts it
 * in a window; a record of a later window closes the open segment (a cut decided by the data, so a
 * replay cuts at the same offsets). A segment's window is never earlier than the one after the last
 * segment's: late records and edges are counted in the next window. Closed segments wait in `closed`
 * until the caller has written and committed them.
 */
export class PartitionAggregator {
  readonly join: DependencyJoin;
  readonly closed: Segment[] = [];
  private open: Segment | undefined;
  private nextStart: number | undefined;
  private lastWindow: number;
  private lastOffset = -1;
  private lastRecordAtMs = 0;
  /** Records counted in a later window than their timestamp's. */
  late = 0;
  /** Calls found in counted records. */
  edgesFound = 0;
  /** Eviction and late counts already exported as metrics (see markReported). */
  readonly reported = { expired: 0, overflow: 0, late: 0 };

  readonly partition: number;
  private readonly options: WindowOptions;
  private readonly resume: ResumePoint;

  constructor(partition: number, options: WindowOptions, resume: ResumePoint) {
    this.partition = partition;
    this.options = options;
    this.resume = resume;
    this.join = new DependencyJoin(options.join);
    this.lastWindow = resume.lastWindow;
    if (resume.countFrom >= 0) this.nextStart = resume.countFrom;
  }

  /** The spans of the record at `offset` (Kafka timestamp `timestampMs`), at wall-clock `nowMs`. */
  addRecord(offset: number, timestampMs: number, spans: readonly SpanFacts[], nowMs: number): void {
    this.lastRecordAtMs = nowMs;
    if (offset < this.resume.countFrom) {
      for (const span of spans) this.join.add(span, offset, timestampMs, ignore);
      return;
    }
    const recordWindow = Math.floor(timestampMs / this.options.windowMs);
    if (this.open !== undefined && recordWindow > this.open.window) this.close(offset);
    const segment = (this.open ??= this.startSegment(offset, recordWindow));
    if (recordWindow < segment.window) this.late++;
    const addEdge = (parent: string, child: string) => {
      segment.addEdge(parent, child);
      this.edgesFound++;
    };
    for (const span of spans) {
      this.join.add(span, offset, timestampMs, addEdge);
      segment.red.add(span.service, span.kind, span.operation, span.startMs, span.durationMs, span.error);
    }
    segment.spans += spans.length;
    segment.endOffset = offset + 1;
    this.lastOffset = offset;
  }

  /** Closes the open segment once its window is over and the partition idle (or a window late). */
  closeIfDue(nowMs: number): void {
    const open = this.open;
    if (open === undefined) return;
    const windowEnd = (open.window + 1) * this.options.windowMs;
    if (nowMs < windowEnd + this.options.graceMs) return;
    if (nowMs - this.lastRecordAtMs < IDLE_MS && nowMs < windowEnd + this.options.windowMs) return;
    this.close(this.lastOffset + 1);
  }

  /** Closes the open segment now (shutdown). */
  closeAll(): void {
    if (this.open !== undefined) this.close(this.lastOffset + 1);
  }

  /** The offset to commit with a segment ending at `endOffset`: the join's oldest needed record, or the end. */
  commitOffset(endOffset: number): number {
    const oldest = this.join.oldestOffset();
    return oldest === undefined ? endOffset : Math.min(oldest, endOffset);
  }

  /** Records below this offset only rebuild the join (-1: every record is counted). */
  countFrom(): number {
    return this.resume.countFrom;
  }

  /** Remembers the current counts as exported, so the next export adds only what is new. */
  markReported(): void {
    this.reported.expired = this.join.evicted.expired;
    this.reported.overflow = this.join.evicted.overflow;
    this.reported.late = this.late;
  }

  private startSegment(offset: number, recordWindow: number): Segment {
    const window = Math.max(recordWindow, this.lastWindow + 1);
    return new Segment(this.partition, this.nextStart ?? offset, window);
  }

  private close(endOffset: number): void {
    const segment = this.open!;
    segment.endOffset = endOffset;
    this.closed.push(segment);
    this.nextStart = endOffset;
    this.lastWindow = segment.window;
    this.open = undefined;
  }
}

function ignore(): void {
  // Replayed records rebuild the join state; their edges were counted before the restart.
}
