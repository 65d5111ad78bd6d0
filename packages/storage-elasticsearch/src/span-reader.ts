import type { Process, Span, Trace, TraceId } from '@spanstream/model';
import { parseTraceId } from '@spanstream/model';
import type {
  GetTraceOptions,
  Operation,
  OperationQuery,
  SpanKind,
  SpanReader,
  TraceQuery,
} from '@spanstream/storage-api';
import { StorageError } from '@spanstream/storage-api';
import type { EsRequest, EsTransport } from './client.ts';
import { fromEsDocument, hasInexactInteger, type EsSpanDocument } from './document.ts';
import type { IndexNames } from './index-names.ts';
import { parseJsonLossless } from './lossless-json.ts';
import type { EsMetrics } from './metrics.ts';
import type { EsOptions } from './options.ts';
import { buildFindTraceIdsBody, buildTraceByIdBody } from './query-builder.ts';

interface Hit {
  _id: string;
  _source: EsSpanDocument;
  sort?: unknown[];
}
interface SearchResponse {
  /** Optional: `filter_path` drops what is empty. */
  hits?: { total?: { value: number } | number; hits?: Hit[] };
  aggregations?: Record<string, { buckets: { key: string; doc_count: number; [sub: string]: unknown }[] }>;
}

const HOUR_MS = 3_600_000;

/**
 * Hits per trace-read page (at most `max-doc-count`): a 10k-span trace is read in five pages, so
 * only one page's text and documents are held at a time next to the spans (docs/adr/0108).
 */
const TRACE_PAGE_SIZE = 2000;

/**
 * Jaeger's ES span reader. Differences, all in the direction of returning whole traces: a trace
 * found by a search is read across the indices of `max-span-age` around the search window (Jaeger
 * reads only ±1 h, missing older spans of long traces), and traces above `max-doc-count` spans are
 * paged with `search_after` on a multi-key sort.
 */
export class ElasticsearchSpanReader implements SpanReader {
  readonly #transport: EsTransport;
  readonly #names: IndexNames;
  readonly #options: EsOptions;
  readonly #metrics: EsMetrics;
  readonly #now: () => number;

  constructor(deps: {
    transport: EsTransport;
    names: IndexNames;
    options: EsOptions;
    metrics: EsMetrics;
    now?: () => number;
  }) {
    this.#transport = deps.transport;
    this.#names = deps.names;
    this.#options = deps.options;
    this.#metrics = deps.metrics;
    this.#now = deps.now ?? Date.now;
  }

  getServices(): Promise<string[]> {
    return this.#timed('get_services', async () => {
      const body = {
        size: 0,
        aggs: { services: { terms: { field: 'serviceName', size: this.#options.maxDocCount } } },
      };
      const response = await this.#search(this.#recentIndices('service'), body);
      return (response.aggregations?.['services']?.buckets ?? []).map((b) => b.key).sort();
    });
  }

  getOperations(query: OperationQuery): Promise<Operation[]> {
    return this.#timed('get_operations', async () => {
      const filter: unknown[] = [{ term: { serviceName: query.serviceName } }];
      const kind = query.spanKind === 'unspecified' ? '' : query.spanKind;
      // Jaeger-written service documents have no spanKind: listed with kind '' whatever kind is
      // asked for, as Jaeger's ES reader answers every GetOperations (it ignores the kind).
      if (kind || query.spanKind === 'unspecified') {
        filter.push({
          bool: {
            should: [{ term: { spanKind: kind } }, { bool: { must_not: { exists: { field: 'spanKind' } } } }],
          },
        });
      }
      const size = this.#options.maxDocCount;
      const body = {
        size: 0,
        query: { bool: { filter } },
        aggs: {
          ops: {
            terms: { field: 'operationName', size },
            aggs: { kinds: { terms: { field: 'spanKind', missing: '', size: 10 } } },
          },
        },
      };
      const response = await this.#search(this.#recentIndices('service'), body);
      const operations: Operation[] = [];
      for (const bucket of response.aggregations?.['ops']?.buckets ?? []) {
        const kinds = (bucket['kinds'] as { buckets: { key: string }[] } | undefined)?.buckets ?? [];
        for (const k of kinds) operations.push({ name: bucket.key, spanKind: k.key as SpanKind });
      }
      return operations.sort((a, b) => compare(a.name, b.name) || compare(a.spanKind, b.spanKind));
    });
  }

  async getTrace(traceId: TraceId, options?: GetTraceOptions): Promise<Trace | undefined> {
    const [trace] = await this.getTraces([traceId], options);
    return trace;
  }

  getTraces(traceIds: readonly TraceId[], options?: GetTraceOptions): Promise<Trace[]> {
    return this.#timed('get_trace', () => {
      const end = options?.endTime !== undefined ? options.endTime / 1000 + HOUR_MS : this.#now();
      const start =
        options?.startTime !== undefined
          ? options.startTime / 1000 - HOUR_MS
          : end - this.#options.maxSpanAgeMs;
      return this.#multiRead([...new Set(traceIds)], start, end);
    });
  }

  findTraces(query: TraceQuery): Promise<Trace[]> {
    return this.#timed('find_traces', async () => {
      const ids = await this.#findTraceIds(query);
      const age = this.#options.maxSpanAgeMs;
      return this.#multiRead(
        ids,
        query.startTimeMin / 1000 - age,
        Math.min(query.startTimeMax / 1000 + age, this.#now() + HOUR_MS),
      );
    });
  }

  findTraceIds(query: TraceQuery): Promise<TraceId[]> {
    return this.#timed('find_trace_ids', () => this.#findTraceIds(query));
  }

  async #findTraceIds(query: TraceQuery): Promise<TraceId[]> {
    if (query.startTimeMax < query.startTimeMin)
      throw new StorageError('invalid', 'start time minimum is above maximum');
    const indices = this.#names.readIndices('span', query.startTimeMin / 1000, query.startTimeMax / 1000);
    const response = await this.#search(
      indices,
      buildFindTraceIdsBody(query, this.#options.tagsAsFields.dotReplacement),
    );
    // A trace written partly by Jaeger v1 (16-digit IDs) and partly in 32 digits has two buckets.
    const ids = new Set<TraceId>();
    for (const bucket of response.aggregations?.['traceIDs']?.buckets ?? []) {
      const id = parseTraceId(bucket.key);
      if (id) ids.add(id);
    }
    return [...ids];
  }

  /** Every span of each trace: one `_msearch` for all, then `search_after` pages for the largest. */
  async #multiRead(traceIds: readonly TraceId[], startMs: number, endMs: number): Promise<Trace[]> {
    if (traceIds.length === 0) return [];
    const indices = this.#names.readIndices('span', startMs, endMs).join(',');
    const size = Math.min(this.#options.maxDocCount, TRACE_PAGE_SIZE);
    const lines = traceIds.flatMap((id) => [
      JSON.stringify({ index: indices, ignore_unavailable: true, allow_no_indices: true }),
      JSON.stringify(buildTraceByIdBody(id, size)),
    ]);
    const { responses } = await this.#readHits<{ responses: (SearchResponse & { error?: unknown })[] }>({
      method: 'POST',
      path: '/_msearch',
      bulkBody: `${lines.join('\n')}\n`,
    });
    const traces: Trace[] = [];
    for (const [i, result] of responses.entries()) {
      if (result.error)
        throw new StorageError('internal', `trace search failed: ${JSON.stringify(result.error)}`);
      const total = totalHits(result);
      const reading = new TraceSpans(this.#options.tagsAsFields.dotReplacement);
      let page = hitsOf(result);
      // Each page becomes spans and is let go (also from the msearch response) before the next is
      // parsed: the documents of a large trace are never all held next to its spans. The next page
      // is asked for before this one is converted, so Elasticsearch fetches it meanwhile.
      delete result.hits;
      while (page.length > 0) {
        const read = reading.hits + page.length;
        const next =
          read < total && !pagedDone(page)
            ? this.#readHits<SearchResponse>({
                method: 'POST',
                path: `/${indices}/_search`,
                querystring: { ignore_unavailable: true, allow_no_indices: true },
                body: buildTraceByIdBody(traceIds[i]!, size, page.at(-1)!.sort),
              })
            : undefined;
        next?.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
        reading.add(page);
        page = [];
        if (next !== undefined) page = hitsOf(await next);
      }
      if (reading.spans.length > 0) traces.push({ spans: reading.spans, warnings: [] });
    }
    return traces;
  }

  #recentIndices(kind: 'service'): string[] {
    const now = this.#now();
    return this.#names.readIndices(kind, now - this.#options.maxSpanAgeMs, now);
  }

  async #search(indices: readonly string[], body: unknown): Promise<SearchResponse> {
    const response = await this.#transport.request<SearchResponse>({
      method: 'POST',
      path: `/${indices.join(',')}/_search`,
      querystring: { ignore_unavailable: true, allow_no_indices: true },
      body,
    });
    return response.body;
  }

  /**
   * A search or msearch whose hits are span documents, read as text and parsed here with one
   * `JSON.parse` (docs/adr/0108): no `filter_path` (filtering makes Elasticsearch re-parse every
   * `_source`, +60 % of its CPU for a 10k-span trace) and none of the serializer's whole-text scans;
   * int64 tags beyond 2^53 are found on the parsed documents instead, and only then is the text
   * parsed again losslessly.
   */
  async #readHits<T extends SearchResponse | { responses: SearchResponse[] }>(
    request: EsRequest,
  ): Promise<T> {
    if (this.#transport.requestText === undefined) return (await this.#transport.request<T>(request)).body;
    const text = (await this.#transport.requestText(request)).body;
    const parsed = JSON.parse(text) as SearchResponse | { responses: SearchResponse[] };
    const results = 'responses' in parsed ? parsed.responses : [parsed];
    const inexact = results.some((result) => hitsOf(result).some((hit) => hasInexactInteger(hit._source)));
    return (inexact ? parseJsonLossless(text) : parsed) as T;
  }

  async #timed<T>(operation: string, run: () => Promise<T>): Promise<T> {
    const end = this.#metrics.readLatency.startTimer({ operation });
    try {
      const result = await run();
      end({ result: 'ok' });
      return result;
    } catch (error) {
      end({ result: 'err' });
      if (error instanceof StorageError) this.#metrics.errors.inc({ code: error.code });
      throw error;
    }
  }
}

/** The spans of one trace, read page by page; a document met twice (two indices) counts once. */
class TraceSpans {
  readonly spans: Span[] = [];
  /** Hits read so far, duplicates included (what `hits.total` counts). */
  hits = 0;
  readonly #seen = new Set<string>(); // the same document in two indices (aliases mode after rollover)
  readonly #dotReplacement: string;
  /** Equal stored processes → one model `Process` per trace (see `fromEsDocument`). */
  readonly #processes = new Map<string, Process>();

  constructor(dotReplacement: string) {
    this.#dotReplacement = dotReplacement;
  }

  add(hits: readonly Hit[]): void {
    this.hits += hits.length;
    for (const hit of hits) {
      if (this.#seen.has(hit._id)) continue;
      this.#seen.add(hit._id);
      const span = fromEsDocument(hit._source, this.#dotReplacement, this.#processes);
      if (span) this.spans.push(span);
    }
  }
}

/** A page without sort values (not sorted) cannot be followed. */
function pagedDone(page: readonly Hit[]): boolean {
  return page.at(-1)?.sort === undefined;
}

/** `filter_path` leaves out `hits.hits` when nothing matched. */
function hitsOf(result: SearchResponse): Hit[] {
  return result.hits?.hits ?? [];
}

function totalHits(result: SearchResponse): number {
  const total = result.hits?.total;
  return typeof total === 'number' ? total : (total?.value ?? hitsOf(result).length);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
