import type { Span } from '@spanstream/model';
import type { EsTransport } from './client.ts';
import { fromEsDocument, type EsSpanDocument } from './document.ts';
import type { IndexNames } from './index-names.ts';

/**
 * A slice of the trace-ID space: IDs whose partition key is in [`from`, `to`) (4 hex digits each;
 * no `from` = from the start, no `to` = to the end). Every span of a trace lands in the same range.
 */
export interface TraceIdRange {
  readonly from?: string;
  readonly to?: string;
}

/** [startMs, endMs): the span start times a scan covers. */
export interface ScanWindow {
  readonly startMs: number;
  readonly endMs: number;
}

export interface ScanOptions {
  readonly signal?: AbortSignal;
  /** Documents per scroll page (default 2000). */
  readonly pageSize?: number;
}

const KEY_DIGITS = 4;
const KEY_SPACE = 16 ** KEY_DIGITS;
/** Jaeger v1 clients' 64-bit trace IDs, stored in 32 digits by Jaeger v2 and Spanstream. */
const ZERO_HIGH = '0'.repeat(16);
const SCROLL_KEEP_ALIVE = '2m';

/**
 * `n` contiguous ranges covering every trace ID. The key is the ID's first 4 hex digits, or the 4
 * after 16 leading zeros (a 64-bit ID written in 32 digits), so both stored forms of one trace (Jaeger
 * v1's 16 digits and the 32-digit form) fall in one range and random IDs spread evenly.
 */
export function traceIdRanges(n: number): TraceIdRange[] {
  if (!Number.isSafeInteger(n) || n < 1 || n > KEY_SPACE)
    throw new RangeError(`partitions must be 1..${KEY_SPACE}, got ${n}`);
  const key = (i: number): string =>
    Math.floor((i * KEY_SPACE) / n)
      .toString(16)
      .padStart(KEY_DIGITS, '0');
  return Array.from({ length: n }, (_, i) => ({
    ...(i > 0 && { from: key(i) }),
    ...(i < n - 1 && { to: key(i + 1) }),
  }));
}

/** The query clause selecting the trace IDs of `range` (Elasticsearch and OpenSearch alike). */
export function traceIdRangeQuery(range: TraceIdRange): object {
  if (range.from === undefined && range.to === undefined) return { match_all: {} };
  const bounds = (prefix: string): Record<string, string> => ({
    ...(range.from !== undefined && { gte: prefix + range.from }),
    ...(range.to !== undefined && { lt: prefix + range.to }),
  });
  return {
    bool: {
      minimum_should_match: 1,
      should: [
        {
          bool: {
            filter: [{ range: { traceID: bounds('') } }],
            must_not: [{ prefix: { traceID: ZERO_HIGH } }],
          },
        },
        {
          bool: {
            filter: [{ prefix: { traceID: ZERO_HIGH } }, { range: { traceID: bounds(ZERO_HIGH) } }],
          },
        },
      ],
    },
  };
}

interface ScrollResponse {
  _scroll_id?: string;
  hits?: { hits?: { _source: EsSpanDocument }[] };
}

/**
 * Reads every span of a time window, one trace-ID range at a time, with scrolls in `_doc` order (the
 * cheapest full read, the same REST on Elasticsearch 7/8 and OpenSearch 1/2). Keyword `slice.field`
 * cannot do this: Elasticsearch hashes per-segment ordinals (one trace lands in several slices) and
 * OpenSearch slices only numeric fields. Spans come without logs and process tags (a batch job that
 * needs them is not this scanner's user), which keeps the transfer and the parse small.
 */
export class ElasticsearchSpanScanner {
  readonly #transport: EsTransport;
  readonly #names: IndexNames;
  readonly #dotReplacement: string;

  constructor(deps: { transport: EsTransport; names: IndexNames; dotReplacement?: string }) {
    this.#transport = deps.transport;
    this.#names = deps.names;
    this.#dotReplacement = deps.dotReplacement ?? '@';
  }

  /** Spans in the window (and range), for progress. */
  async count(window: ScanWindow, range: TraceIdRange = {}): Promise<number> {
    const response = await this.#transport.request<{ count?: number }>({
      method: 'POST',
      path: `/${this.#indices(window)}/_count`,
      querystring: { ignore_unavailable: true, allow_no_indices: true },
      body: { query: this.#query(window, range) },
    });
    return response.body.count ?? 0;
  }

  /**
   * Calls `onPage` with each page of spans of `range` in the window (awaiting it: backpressure) and
   * resolves with the number of spans read.
   */
  async scan(
    window: ScanWindow,
    range: TraceIdRange,
    onPage: (spans: Span[]) => void | Promise<void>,
    options: ScanOptions = {},
  ): Promise<number> {
    const filterPath = '_scroll_id,hits.hits._source';
    let response = await this.#transport.request<ScrollResponse>({
      method: 'POST',
      path: `/${this.#indices(window)}/_search`,
      querystring: {
        scroll: SCROLL_KEEP_ALIVE,
        ignore_unavailable: true,
        allow_no_indices: true,
        filter_path: filterPath,
      },
      body: {
        size: options.pageSize ?? 2000,
        sort: ['_doc'],
        _source: [
          'traceID',
          'spanID',
          'parentSpanID',
          'references',
          'flags',
          'operationName',
          'startTime',
          'duration',
          'tags',
          'tag',
          'process.serviceName',
        ],
        query: this.#query(window, range),
      },
    });
    let scanned = 0;
    let scrollId = response.body._scroll_id;
    try {
      for (;;) {
        options.signal?.throwIfAborted();
        const hits = response.body.hits?.hits ?? [];
        if (hits.length === 0) return scanned;
        const spans: Span[] = [];
        for (const hit of hits) {
          const span = fromEsDocument(hit._source, this.#dotReplacement);
          if (span) spans.push(span);
        }
        scanned += hits.length;
        await onPage(spans);
        if (scrollId === undefined) return scanned;
        response = await this.#transport.request<ScrollResponse>({
          method: 'POST',
          path: '/_search/scroll',
          querystring: { filter_path: filterPath },
          body: { scroll: SCROLL_KEEP_ALIVE, scroll_id: scrollId },
        });
        scrollId = response.body._scroll_id ?? scrollId;
      }
    } finally {
      if (scrollId !== undefined)
        await this.#transport
          .request({ method: 'DELETE', path: '/_search/scroll', body: { scroll_id: scrollId } }, [404])
          .catch(() => undefined); // The scroll expires on its own; a failed clear must not hide the outcome.
    }
  }

  #indices(window: ScanWindow): string {
    return this.#names.readIndices('span', window.startMs, window.endMs - 1).join(',');
  }

  #query(window: ScanWindow, range: TraceIdRange): object {
    return {
      bool: {
        filter: [
          { range: { startTimeMillis: { gte: window.startMs, lt: window.endMs, format: 'epoch_millis' } } },
          traceIdRangeQuery(range),
        ],
      },
    };
  }
}
