import type { Span } from '@spanstream/model';
import { Client } from 'cassandra-driver';
import { spanFromDb, type DbSpan } from './dbmodel.ts';
import { missingKeyspaceError, toStorageError } from './errors.ts';
import type { CassandraOptions } from './options.ts';
import { clientOptions } from './store.ts';

/** An inclusive range of Murmur3 tokens, as decimal strings (JSON-safe: BullMQ job data). */
export interface TokenRange {
  readonly from: string;
  readonly to: string;
}

/** [startMicros, endMicros): the span start times a scan keeps. */
export interface TokenScanWindow {
  readonly startMicros: number;
  readonly endMicros: number;
}

export interface TokenScanOptions {
  readonly signal?: AbortSignal;
  /** Rows per page (default 2000). */
  readonly pageSize?: number;
}

const MIN_TOKEN = -(2n ** 63n);
const MAX_TOKEN = 2n ** 63n - 1n;

/** `n` contiguous inclusive ranges covering the Murmur3 ring, [-2^63, 2^63 − 1]. */
export function tokenRanges(n: number): TokenRange[] {
  if (!Number.isSafeInteger(n) || n < 1 || n > 65_536)
    throw new RangeError(`partitions must be 1..65536, got ${n}`);
  const width = (MAX_TOKEN - MIN_TOKEN + 1n) / BigInt(n);
  return Array.from({ length: n }, (_, i) => {
    const from = MIN_TOKEN + BigInt(i) * width;
    const to = i === n - 1 ? MAX_TOKEN : from + width - 1n;
    return { from: String(from), to: String(to) };
  });
}

// No logs and no extras column: what a batch job over spans reads, without the heaviest columns.
const SCAN =
  'SELECT trace_id, span_id, span_hash, parent_id, operation_name, flags, start_time, duration, tags, refs, process ' +
  'FROM traces WHERE token(trace_id) >= ? AND token(trace_id) <= ?';

/**
 * Reads the `traces` table one token range at a time. The partition key is `trace_id`, so every span
 * of a trace is in one range; `start_time` is a regular column, filtered here (as Jaeger's
 * spark-dependencies job does, client-side) rather than with ALLOW FILTERING.
 */
export class CassandraSpanScanner {
  readonly #client: Client;

  private constructor(client: Client) {
    this.#client = client;
  }

  static async connect(options: CassandraOptions): Promise<CassandraSpanScanner> {
    const client = new Client({ ...clientOptions(options), keyspace: options.keyspace });
    try {
      await client.connect();
    } catch (error) {
      await client.shutdown();
      throw (
        missingKeyspaceError(error, options.keyspace, options.flagNamespace ?? 'cassandra') ??
        toStorageError(error, 'connect')
      );
    }
    return new CassandraSpanScanner(client);
  }

  /**
   * Calls `onPage` with each page's spans that start in the window (awaiting it: backpressure) and
   * resolves with the number of rows read.
   */
  async scan(
    window: TokenScanWindow,
    range: TokenRange,
    onPage: (spans: Span[]) => void | Promise<void>,
    options: TokenScanOptions = {},
  ): Promise<number> {
    const params = [BigInt(range.from), BigInt(range.to)];
    let pageState: string | undefined;
    let scanned = 0;
    do {
      options.signal?.throwIfAborted();
      let result;
      try {
        result = await this.#client.execute(SCAN, params, {
          prepare: true,
          fetchSize: options.pageSize ?? 2000,
          ...(pageState !== undefined && { pageState }),
        });
      } catch (error) {
        throw toStorageError(error, 'scan traces');
      }
      const spans: Span[] = [];
      for (const row of result.rows as unknown as DbSpan[]) {
        const start = Number(row.start_time);
        if (start >= window.startMicros && start < window.endMicros) spans.push(spanFromDb(row));
      }
      scanned += result.rows.length;
      await onPage(spans);
      pageState = result.pageState ?? undefined;
    } while (pageState !== undefined);
    return scanned;
  }

  close(): Promise<void> {
    return this.#client.shutdown();
  }
}
