import type { Span } from '@spanstream/model';
import { findTag, tagValueAsString } from '@spanstream/model';
import type { SpanWriter } from '@spanstream/storage-api';
import type { BulkDocument, BulkWriter } from './bulk-writer.ts';
import { toEsDocument, type EsServiceDocument, type TagsAsFields } from './document.ts';
import { fnv64a } from './fnv.ts';
import type { IndexNames } from './index-names.ts';

const SERVICE_CACHE_SIZE = 100_000;
const KINDS = new Set(['server', 'client', 'producer', 'consumer', 'internal']);

/**
 * Jaeger's ES span writer: one span document per span in the index of its start time, and a
 * service/operation document the first time a (service, operation, kind) is seen within the
 * cache TTL. Document IDs are deterministic (`<traceID>_<spanID>_<fnv64a of the document>`, as
 * Jaeger v2), so a redelivered span overwrites itself instead of being duplicated.
 */
export class ElasticsearchSpanWriter implements SpanWriter {
  readonly #bulk: BulkWriter;
  readonly #names: IndexNames;
  readonly #fields: TagsAsFields;
  readonly #cacheTtlMs: number;
  readonly #archive: boolean;
  readonly #now: () => number;
  /** key → expiry (ms); insertion order gives LRU-ish eviction at SERVICE_CACHE_SIZE. */
  readonly #serviceCache = new Map<string, number>();

  constructor(deps: {
    bulk: BulkWriter;
    names: IndexNames;
    tagsAsFields: TagsAsFields;
    serviceCacheTtlMs: number;
    /** The archive writes no service documents (Jaeger's archive has no service index). */
    archive?: boolean;
    now?: () => number;
  }) {
    this.#bulk = deps.bulk;
    this.#names = deps.names;
    this.#fields = deps.tagsAsFields;
    this.#cacheTtlMs = deps.serviceCacheTtlMs;
    this.#archive = deps.archive ?? false;
    this.#now = deps.now ?? Date.now;
  }

  writeSpans(spans: readonly Span[]): Promise<void> {
    const docs: BulkDocument[] = [];
    const cached: string[] = [];
    for (const span of spans) {
      const source = JSON.stringify(toEsDocument(span, this.#fields));
      const startMs = Math.floor(span.startTime / 1000);
      docs.push({
        index: this.#names.writeIndex('span', startMs),
        id: `${span.traceId}_${span.spanId}_${fnv64a(source)}`,
        source,
      });
      const service = this.#archive ? undefined : this.#serviceDocument(span, startMs);
      if (service) {
        docs.push(service.doc);
        cached.push(service.key);
      }
    }
    // A service document that failed must be written again by a later span.
    return this.#bulk.add(docs, (doc) => {
      if (doc.index.includes('jaeger-service')) for (const key of cached) this.#serviceCache.delete(key);
    });
  }

  #serviceDocument(span: Span, startMs: number): { doc: BulkDocument; key: string } | undefined {
    const kindTag = findTag(span.tags, 'span.kind');
    const kindText = kindTag ? tagValueAsString(kindTag) : '';
    const spanKind = KINDS.has(kindText) ? kindText : '';
    const serviceName = span.process.serviceName;
    const operationName = span.operationName;
    const key = `${serviceName}\u0000${operationName}\u0000${spanKind}`;
    const now = this.#now();
    const expiry = this.#serviceCache.get(key);
    if (expiry !== undefined && expiry > now) return undefined;
    this.#serviceCache.delete(key);
    this.#serviceCache.set(key, now + this.#cacheTtlMs);
    if (this.#serviceCache.size > SERVICE_CACHE_SIZE)
      this.#serviceCache.delete(this.#serviceCache.keys().next().value!);
    const body: EsServiceDocument = { serviceName, operationName, spanKind };
    // Jaeger's ID: fnv64a(service ‖ operation) printed with %x; the kind is appended when known.
    const id = fnv64a(`${serviceName}${operationName}${spanKind}`).replace(/^0+(?=.)/, '');
    return {
      doc: { index: this.#names.writeIndex('service', startMs), id, source: JSON.stringify(body) },
      key,
    };
  }
}
