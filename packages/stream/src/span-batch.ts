import type { Span } from '@spanstream/model';

/** One decodable record and its spans. */
export interface SpanRecord {
  readonly offset: number;
  /** The record key (the trace ID in hex as Spanstream and Jaeger write it), or null. */
  readonly key: string | null;
  /** Producer or broker timestamp, ms since the epoch. */
  readonly timestamp: number;
  readonly spans: readonly Span[];
}

/**
 * The spans of consecutive records of one partition. Its offsets are committed when you ask for the
 * next batch (the loop body finished) or when you call `commit()`; never before.
 */
export interface SpanBatch {
  readonly topic: string;
  readonly partition: number;
  /** Every span of `records`, in record order. */
  readonly spans: readonly Span[];
  readonly records: readonly SpanRecord[];
  /** First and last offsets the batch covers, undecodable records included. */
  readonly firstOffset: number;
  readonly lastOffset: number;
  /**
   * Commits `lastOffset + 1` now (idempotent). Needed only to commit before `break` or `return`,
   * which leave the current batch uncommitted (it is redelivered to the group). When a rebalance
   * already gave the partition to another member, the commit is skipped (logged), not thrown: that
   * member reads the batch again (at-least-once). Other commit errors reject.
   */
  commit(): Promise<void>;
}
