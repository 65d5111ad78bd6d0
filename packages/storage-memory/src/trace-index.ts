import type { KeyValue, Span, TraceId } from '@spanstream/model';
import { tagValueAsString } from '@spanstream/model';
import { isLiteralSearchValue } from '@spanstream/storage-api';

interface ServiceEntry {
  readonly traces: Set<TraceId>;
  readonly operations: Map<string, Set<TraceId>>;
  /** tag key → value (as a string) → traces */
  readonly tags: Map<string, Map<string, Set<TraceId>>>;
}

/**
 * Inverted indexes per service: to trace IDs, by operation and by tag=value, so a search only
 * checks candidate traces. The tag index covers every place a searched tag may match (span tags,
 * process tags, log fields, reference tags); it narrows searches for literal values only, since a
 * regexp value may match values it does not name. Nested maps, not concatenated keys: the write
 * path allocates no strings for string tags.
 */
export class TraceIndex {
  readonly #services = new Map<string, ServiceEntry>();

  add(span: Span): void {
    const service = span.process.serviceName;
    let entry = this.#services.get(service);
    if (!entry) {
      entry = { traces: new Set(), operations: new Map(), tags: new Map() };
      this.#services.set(service, entry);
    }
    const id = span.traceId;
    entry.traces.add(id);
    addTo(entry.operations, span.operationName, id);
    forEachTag(span, (key, value) => {
      let values = entry.tags.get(key);
      if (!values) {
        values = new Map();
        entry.tags.set(key, values);
      }
      addTo(values, value, id);
    });
  }

  /** Removes an evicted trace from every entry its spans created. */
  remove(traceId: TraceId, spans: Iterable<Span>): void {
    for (const span of spans) {
      const entry = this.#services.get(span.process.serviceName);
      if (!entry) continue;
      entry.traces.delete(traceId);
      removeFrom(entry.operations, span.operationName, traceId);
      forEachTag(span, (key, value) => {
        const values = entry.tags.get(key);
        if (!values) return;
        removeFrom(values, value, traceId);
        if (values.size === 0) entry.tags.delete(key);
      });
      if (entry.traces.size === 0) this.#services.delete(span.process.serviceName);
    }
  }

  /**
   * The smallest indexed superset of the traces that can match: by service (and operation), then
   * narrowed by the rarest literal tag. Undefined means no trace can match.
   */
  candidates(
    service: string,
    operation: string | undefined,
    tags: Readonly<Record<string, string>>,
  ): ReadonlySet<TraceId> | undefined {
    const entry = this.#services.get(service);
    if (!entry) return undefined;
    let best = operation ? entry.operations.get(operation) : entry.traces;
    for (const [key, value] of Object.entries(tags)) {
      if (!best || !isLiteralSearchValue(value)) continue;
      const ids = entry.tags.get(key)?.get(value);
      if (!ids) return undefined;
      if (ids.size < best.size) best = ids;
    }
    return best;
  }
}

function forEachTag(span: Span, visit: (key: string, value: string) => void): void {
  const each = (kvs: readonly KeyValue[] | undefined): void => {
    if (kvs) for (const kv of kvs) visit(kv.key, tagValueAsString(kv));
  };
  each(span.tags);
  each(span.process.tags);
  for (const log of span.logs) each(log.fields);
  for (const ref of span.references) each(ref.tags);
}

function addTo(index: Map<string, Set<TraceId>>, key: string, id: TraceId): void {
  const ids = index.get(key);
  if (ids) ids.add(id);
  else index.set(key, new Set([id]));
}

function removeFrom(index: Map<string, Set<TraceId>>, key: string, id: TraceId): void {
  const ids = index.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}
